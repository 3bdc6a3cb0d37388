#include "app/thread_databases.h"

#include <chrono>

#include "app/text_tools.h"

namespace gongkai::app {

Result<ThreadDatabases::Desk*> ThreadDatabases::ThreadDesk() {
  const std::thread::id me = std::this_thread::get_id();
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = open_.find(me);
    if (it != open_.end()) return it->second.get();
  }
  // Opened outside the lock: a slow connect holds up no other thread.
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag_);
  if (!db.ok()) return db.status();
  auto desk = std::make_unique<Desk>();
  desk->db = std::move(*db);
  desk->cases = std::make_unique<service::CaseService>(*desk->db, desk->calendars,
                                                       settings_.clock, NewQueryCode);
  desk->mail = std::make_unique<service::MessageService>(*desk->db, desk->calendars, NewQueryCode,
                                                         settings_.screen, settings_.mailbox);
  desk->guard = std::make_unique<service::FormGuard>(*desk->db, settings_.forms.guard);
  desk->apply = std::make_unique<service::OnlineApplications>(*desk->db, *desk->cases, files_,
                                                              *desk->guard, settings_.forms.limits);
  std::lock_guard<std::mutex> lock(mu_);
  return (open_[me] = std::move(desk)).get();
}

Result<service::Database*> ThreadDatabases::ThreadDatabase() {
  Result<Desk*> desk = ThreadDesk();
  if (!desk.ok()) return desk.status();
  return (*desk)->db.get();
}

Result<web::PortalServices> ThreadDatabases::ThreadServices() {
  Result<Desk*> desk = ThreadDesk();
  if (!desk.ok()) return desk.status();
  Desk& d = **desk;
  return web::PortalServices{d.db.get(), d.cases.get(), d.mail.get(), d.guard.get(),
                             d.apply.get(), &d.facets};
}

std::string ThreadDatabases::NewToken() { return NewQueryCode() + NewQueryCode(); }

service::Moment ThreadDatabases::Now() { return NowInChina(); }

int64_t ThreadDatabases::UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace gongkai::app
