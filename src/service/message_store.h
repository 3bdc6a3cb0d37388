// Port: the leader's-mailbox messages (领导信箱), the writers' contacts kept
// apart, and the append-only event log of each message. Adapters:
// storage/sql (SQLite, PostgreSQL) and storage/memory.
//
// Contract for every adapter:
// - A message's content (mailbox agency, category, title, body, submission
//   time, 收到之日, query code, consent) never changes once stored; Update
//   writes only the handling fields. Messages, contacts and events are never
//   deleted; events are never changed.
// - The contact is returned only by Contact(): lists and Get never carry it.
// - Query codes are unique: Create fails with kConflict when the code is
//   taken (the use case runs again with a new code).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/message.h"

namespace gongkai::service {

// List filters; every set field must hold. Results are ordered by id.
struct MessageFilter {
  // The mailbox agency or the 受理单位 is one of these (empty: all).
  std::vector<int64_t> agency_ids;
  std::optional<domain::MessageState> state;
  bool open_only = false;   // received or assigned (domain::IsOpen)
  std::optional<int> year;  // of 收到之日
  // Open messages with reply_due_on < as_of.
  bool overdue = false;
  // Open messages with reply_due_on in [as_of, as_of + N calendar days].
  std::optional<int> due_within_days;
  // Open messages in their alert window: alert_on ≤ as_of ≤ reply_due_on.
  bool due_soon = false;
  // The day the deadline filters are evaluated on; required with them.
  std::optional<CivilDate> as_of;
};

class MessageStore {
 public:
  virtual ~MessageStore() = default;

  // Stores a new message (id ignored), its writer's contact and its first
  // event (seq 1); returns the id. kInvalidInput for an unknown agency,
  // kConflict for a query code already taken.
  virtual Result<int64_t> Create(const domain::Message& message,
                                 const domain::MessageContact& contact,
                                 const domain::MessageEvent& first) = 0;
  // kNotFound naming the message when there is none.
  virtual Result<domain::Message> Get(int64_t id) = 0;
  // As Get, and the row stays locked until the transaction ends.
  virtual Result<domain::Message> GetForUpdate(int64_t id) = 0;
  // The writer's personal data: only for the clerks handling it.
  virtual Result<domain::MessageContact> Contact(int64_t id) = 0;
  // The message with this query code, if any.
  virtual Result<std::optional<int64_t>> FindByQueryCode(const std::string& code) = 0;
  // Writes the handling fields of `message` (state, 受理单位, deadlines,
  // extension, reply, closing, published exchange). kNotFound.
  virtual Status Update(const domain::Message& message) = 0;
  // Appends to the message's log; returns the seq given (last + 1).
  virtual Result<int64_t> AppendEvent(int64_t id, const domain::MessageEvent& event) = 0;
  virtual Result<std::vector<domain::MessageEvent>> Events(int64_t id) = 0;
  virtual Result<std::vector<domain::Message>> List(const MessageFilter& filter) = 0;
};

}  // namespace gongkai::service
