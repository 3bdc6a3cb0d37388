// Internal to storage/sql: service::MessageStore over SqlConnection (the
// messages, message_contacts and message_events tables of migration 5).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/message_store.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

class SqlMessageStore final : public service::MessageStore {
 public:
  explicit SqlMessageStore(SqlConnection& c) : c_(c) {}

  Result<int64_t> Create(const domain::Message& message, const domain::MessageContact& contact,
                         const domain::MessageEvent& first) override;
  Result<domain::Message> Get(int64_t id) override;
  Result<domain::Message> GetForUpdate(int64_t id) override;
  Result<domain::MessageContact> Contact(int64_t id) override;
  Result<std::optional<int64_t>> FindByQueryCode(const std::string& code) override;
  Status Update(const domain::Message& message) override;
  Result<int64_t> AppendEvent(int64_t id, const domain::MessageEvent& event) override;
  Result<std::vector<domain::MessageEvent>> Events(int64_t id) override;
  Result<std::vector<domain::Message>> List(const service::MessageFilter& filter) override;

 private:
  Result<domain::Message> Load(int64_t id, bool for_update);
  Result<int64_t> AppendEventIn(SqlTx& tx, int64_t id, const domain::MessageEvent& e);

  SqlConnection& c_;
};

// "SELECT <message columns> FROM messages m " (callers append the rest) and
// the message a row of it gives.
extern const char* const kMessageSelect;
Result<domain::Message> MessageFromRow(const SqlRow& r);

}  // namespace gongkai::storage::sql
