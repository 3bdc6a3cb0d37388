// What the suite's mailbox tests share: a MessageService over the suite's
// database on the shipped calendar, a city (市长信箱) with two departments
// and a township's department, a screen that knows one ID number and one
// mobile number, and the whole content of the database with every message.
#pragma once

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "service/message_service.h"
#include "storage/suite/store_suite.h"
#include "storage/suite/use_cases.h"

namespace gongkai::storage::testing {

// Finds 11010519491231002X (身份证号码), 13912345678 (手机号码) and the
// sensitive word 内部资料, as search/pii_screen would mask them.
class MailScreen final : public service::TextScreen {
 public:
  std::vector<service::ScreenHit> Scan(std::string_view text) const override {
    std::vector<service::ScreenHit> out;
    struct Known {
      std::string_view needle;
      service::ScreenHitKind kind;
      const char* masked;
    };
    for (const Known& k :
         {Known{"11010519491231002X", service::ScreenHitKind::kResidentId, "110105********002X"},
          Known{"13912345678", service::ScreenHitKind::kMobile, "139****5678"},
          Known{"内部资料", service::ScreenHitKind::kSensitiveWord, "内部资料"}}) {
      for (size_t at = text.find(k.needle); at != std::string_view::npos;
           at = text.find(k.needle, at + 1)) {
        service::ScreenHit h;
        h.kind = k.kind;
        h.begin = at;
        h.end = at + k.needle.size();
        h.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
        h.masked = k.masked;
        h.context = k.masked;
        out.push_back(h);
      }
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.begin < b.begin; });
    return out;
  }
};

inline service::Moment At(const char* date) {
  return service::Moment{std::string(date) + "T02:00:00Z", D(date)};
}

class MailDesk {
 public:
  explicit MailDesk(StoreSuite& suite, bool with_screen = true)
      : db(suite.db()),
        city(
            suite.AddAgency("某市人民政府", "city", std::nullopt, domain::AgencyKind::kGovernment)),
        dept(suite.AddAgency("某市教育局", "jy", city)),
        other(suite.AddAgency("某市卫生健康委员会", "wj", city)),
        outside(suite.AddAgency("另一市人民政府", "other", std::nullopt,
                                domain::AgencyKind::kGovernment)),
        mail(
            db, calendars, [this] { return "Q" + std::to_string(++codes); },
            with_screen ? &screen : nullptr) {}

  service::NewMessage Letter(const std::string& title = "学区划分咨询", bool consent = true) const {
    service::NewMessage m;
    m.agency_id = city;
    m.category = domain::MessageCategory::kConsultation;
    m.title = title;
    m.body = "我叫王小明，身份证11010519491231002X，电话13912345678。\n请问今年的学区如何划分？";
    m.contact = {"王小明", "139-1234-5678", "wxm@example.cn"};
    m.consent = consent;
    return m;
  }

  // Submitted on `on` (0 after a test failure).
  int64_t Submit(const char* on, bool consent = true) {
    Result<service::SubmittedMessage> s =
        mail.Submit(Letter("留言" + std::string(on), consent), writer, At(on));
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? s->id : 0;
  }

  // Everything through the ports: ContentOf and every message, its contact
  // and its log.
  std::string Content() {
    std::ostringstream out;
    out << ContentOf(db);
    Result<std::vector<domain::Message>> all = db.messages().List({});
    if (!all.ok()) return out.str() + "messages: " + all.status().message();
    for (const domain::Message& m : *all) {
      out << "message " << m.id << " " << m.agency_id << " " << domain::MessageStateName(m.state)
          << " " << m.title << " " << m.query_code << " " << m.received_on.ToString() << " handler "
          << (m.handler_id ? std::to_string(*m.handler_id) : "-") << " " << m.assigned_by << " due "
          << m.ack_due_on.ToString() << " " << m.alert_on.ToString() << " "
          << m.reply_due_on.ToString() << " ext " << m.extended << " " << m.extension_reason
          << " reply " << m.reply << " " << m.replied_by << " "
          << (m.replied_on ? m.replied_on->ToString() : "-") << " closed "
          << (m.closed_on ? m.closed_on->ToString() : "-") << " " << m.close_reason << " published "
          << (m.published ? m.published->body + "|" + m.published->reply : "-") << "\n";
      Result<domain::MessageContact> c = db.messages().Contact(m.id);
      if (c.ok()) out << "  contact " << c->name << " " << c->phone << " " << c->email << "\n";
      Result<std::vector<domain::MessageEvent>> events = db.messages().Events(m.id);
      if (!events.ok()) continue;
      for (const domain::MessageEvent& e : *events) {
        out << "  " << e.seq << " " << domain::MessageActionName(e.action) << " " << e.actor << " "
            << e.at << " " << e.on.ToString() << " " << e.reason << " " << e.data << "\n";
      }
    }
    return out.str();
  }

  service::Database& db;
  ShippedCalendars calendars;
  MailScreen screen;
  int codes = 0;
  int64_t city;
  int64_t dept;
  int64_t other;
  int64_t outside;
  service::MessageService mail;
  service::Actor writer{"网民"};
  service::Actor office{"市长信箱管理员"};
  service::Actor clerk{"教育局经办人"};
};

}  // namespace gongkai::storage::testing
