// Use cases of the leader's mailbox (领导信箱, portal-and-catalogue.md §5):
// a message comes in, is assigned to a 受理单位, answered (or extended once,
// transferred to the 信访 channel, closed) and — with the writer's consent —
// published with personal data masked; the writer follows it by query code
// and phone; the office watches the deadlines and counts the year.
//
// Every write is one Database::Transaction: the message is read with
// GetForUpdate, the rules of domain/message_workflow.h decide, then the
// message's handling fields and one line of its append-only event log (who,
// when, what, why) are written together — or, when anything is refused,
// nothing is.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/message.h"
#include "domain/message_workflow.h"
#include "service/actor.h"
#include "service/calendar_provider.h"
#include "service/database.h"
#include "service/message_masking.h"
#include "service/message_store.h"
#include "service/moment.h"
#include "service/text_screen.h"

namespace gongkai::service {

// What a writer (or the clerk entering a letter) gives.
struct NewMessage {
  int64_t agency_id = 0;  // the mailbox
  domain::MessageCategory category = domain::MessageCategory::kConsultation;
  std::string title;
  std::string body;
  domain::MessageContact contact;  // name and phone required, e-mail optional
  bool consent = false;            // agrees that the exchange is published (masked)
};

struct SubmittedMessage {
  int64_t id = 0;
  std::string query_code;  // shown once to the writer
  domain::MessageDeadlines deadlines;
};

struct MessageView {
  domain::Message message;  // without the contact (ContactOf)
  std::vector<domain::MessageEvent> events;
  std::string agency_name;   // the mailbox
  std::string handler_name;  // 受理单位 (empty before assignment)
};

// What the writer sees when following a message: no clerk names, no log.
struct TrackedMessage {
  std::string title;
  domain::MessageCategory category = domain::MessageCategory::kConsultation;
  std::string mailbox;  // the agency written to
  CivilDate received_on;
  domain::MessageState state = domain::MessageState::kReceived;
  std::string handler;  // 受理单位
  CivilDate reply_due_on;
  std::string extension_reason;  // when extended
  std::string reply;
  std::optional<CivilDate> replied_on;
  std::string closing;  // why closed or transferred
  bool published = false;
};

// The list filters of a use case: the agency's subtree (0: all agencies)
// and the store's filters (as_of defaults to the caller's "today").
struct MessageQuery {
  int64_t agency_id = 0;
  MessageFilter filter;
};

struct MessageReminder {
  domain::Message message;
  domain::MessageUrgency urgency;
};

// The dashboard of one 受理单位 (for messages not yet assigned: the mailbox
// agency, which has to assign them).
struct DepartmentReminders {
  int64_t agency_id = 0;
  std::string agency_name;
  int open = 0;
  int ack_overdue = 0;
  int due_soon = 0;
  int overdue = 0;
  int veto_risk = 0;
  int veto = 0;
  std::vector<MessageReminder> items;  // open messages with any flag, oldest first
};

struct MailboxReminders {
  CivilDate as_of;
  std::vector<DepartmentReminders> departments;  // by agency id
  DepartmentReminders total;                     // agency_id 0, items empty
};

// Messages received in a year (by 收到之日), as they stand now.
struct MessageYearCounts {
  int64_t received = 0;
  int64_t replied = 0;          // answered (published or not)
  int64_t replied_on_time = 0;  // answered by reply_due_on
  int64_t published = 0;
  int64_t closed = 0;       // closed without a reply (not valid) or after it
  int64_t transferred = 0;  // to the 信访 channel
  int64_t pending = 0;      // still open
  // Finished by reply_due_on: answered then, or closed or transferred then.
  int64_t finished_on_time = 0;
  int64_t finished() const { return received - pending; }  // 已办结
};

// The counts of `messages` (those received in one year).
MessageYearCounts CountMessages(const std::vector<domain::Message>& messages);
// The sentence for the annual report's narrative, e.g.
// 全年共收到领导信箱留言394件，均已办结，按期办结率98.5%。
std::string MailboxSentence(const MessageYearCounts& counts);

// The outcome of Publish: what was masked, for the clerk.
struct PublishedMessage {
  domain::PublishedExchange exchange;
  std::vector<MaskedItem> masked;
};

class MessageService {
 public:
  // `make_query_code` gives a fresh unguessable code; `screen` (may be null:
  // Publish then refuses) masks personal data on publication.
  MessageService(Database& db, CalendarProvider& calendars,
                 std::function<std::string()> make_query_code, const TextScreen* screen,
                 domain::MailboxSettings settings = {});

  // 收到之日 is now.date. The contact goes to its own record.
  Result<SubmittedMessage> Submit(const NewMessage& in, const Actor& actor, const Moment& now);
  // To the mailbox agency itself or an agency below it; again while open (改派).
  Status Assign(const Actor& actor, int64_t id, int64_t handler_id, const Moment& now);
  Status Reply(const Actor& actor, int64_t id, const std::string& text, const Moment& now);
  // Once, within the reply period; the reason is published with the exchange.
  Status Extend(const Actor& actor, int64_t id, const std::string& reason, const Moment& now);
  // A 信访 matter goes to the 信访 channel (《信访工作条例》).
  Status Transfer(const Actor& actor, int64_t id, const std::string& reason, const Moment& now);
  // Without publication: not valid, the writer refused consent, not suitable.
  Status Close(const Actor& actor, int64_t id, const std::string& reason, const Moment& now);
  // With the writer's consent: title, body and reply masked. A sensitive
  // word refuses it unless `override_reason` says why it may stay (logged).
  Result<PublishedMessage> Publish(const Actor& actor, int64_t id,
                                   const std::string& override_reason, const Moment& now);

  Result<MessageView> Show(int64_t id);
  // The writer's personal data (a separate call: Show never has it).
  Result<domain::MessageContact> ContactOf(int64_t id);
  // The writer's view; kNotFound, the same message, for an unknown code
  // and for a phone that does not match.
  Result<TrackedMessage> Track(const std::string& query_code, const std::string& phone);
  Result<std::vector<domain::Message>> List(const MessageQuery& query);
  Result<MailboxReminders> Reminders(int64_t agency_id, CivilDate as_of);
  Result<MessageYearCounts> YearCounts(int64_t agency_id, int year);

  const domain::MailboxSettings& settings() const { return settings_; }

 private:
  // Reads `id` for update, checks `action` and the date, lets `apply` change
  // the message (it may refuse; it returns the event's data JSON), stores
  // the message in its new state and appends the event.
  Status Step(const Actor& actor, int64_t id, domain::MessageAction action,
              const std::string& reason, const Moment& now,
              const std::function<Result<std::string>(domain::Message&)>& apply);
  Result<domain::MessageDeadlines> DeadlinesOf(int64_t agency_id, CivilDate received_on,
                                               bool extended);
  Result<std::vector<int64_t>> AgencyScope(int64_t agency_id);

  Database& db_;
  CalendarProvider& calendars_;
  std::function<std::string()> make_query_code_;
  const TextScreen* screen_;
  domain::MailboxSettings settings_;
};

}  // namespace gongkai::service
