#include "app/thread_databases.h"

#include "app/workspace.h"

namespace gongkai::app {

Result<service::Database*> ThreadDatabases::ThreadDatabase() {
  const std::thread::id me = std::this_thread::get_id();
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = open_.find(me);
    if (it != open_.end()) return it->second.get();
  }
  // Opened outside the lock: a slow connect holds up no other thread.
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag_);
  if (!db.ok()) return db.status();
  std::lock_guard<std::mutex> lock(mu_);
  return (open_[me] = std::move(*db)).get();
}

}  // namespace gongkai::app
