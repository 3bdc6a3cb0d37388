#include "storage/suite/use_cases.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace gongkai::storage::testing {
namespace {

std::string ReadCalendar() {
  std::ifstream in(std::string(GONGKAI_SOURCE_DIR) + "/data/cn-workdays.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Opt(const std::optional<CivilDate>& d) { return d ? d->ToString() : "-"; }

}  // namespace

ShippedCalendars::ShippedCalendars()
    : calendar_(law::WorkdayCalendar::FromJson(ReadCalendar(), "cn-workdays.json")) {}

Result<const law::WorkdayCalendar*> ShippedCalendars::ForAgency(const domain::Agency&) {
  if (!calendar_.ok()) return calendar_.status();
  return static_cast<const law::WorkdayCalendar*>(&*calendar_);
}

law::ProcedureEvent Ev(law::ProcedureEventKind kind, const char* iso) {
  law::ProcedureEvent e;
  e.kind = kind;
  e.on = D(iso);
  return e;
}

law::ProcedureEvent Reply(const char* iso, law::ReplyType type) {
  law::ProcedureEvent e = Ev(law::ProcedureEventKind::kReplied, iso);
  e.reply_type = type;
  return e;
}

std::string ContentOf(service::Database& db) {
  std::ostringstream out;
  Result<std::vector<domain::Agency>> agencies = db.agencies().List();
  if (!agencies.ok()) return "agencies: " + agencies.status().message();
  for (const domain::Agency& a : *agencies) {
    out << "agency " << a.id << " " << a.name << " " << a.code << " parent "
        << (a.parent_id ? std::to_string(*a.parent_id) : "-") << "\n";
    Result<std::vector<int>> years = db.locks().LockedYears(a.id);
    out << "  locked";
    if (years.ok()) {
      for (int y : *years) out << " " << y;
    }
    Result<std::vector<service::LockLogEntry>> log = db.locks().Log(a.id);
    if (log.ok()) {
      for (const service::LockLogEntry& e : *log) {
        out << "\n  lock-log " << e.year << " " << static_cast<int>(e.kind) << " " << e.action.actor << " "
            << e.action.at << " " << e.action.reason;
      }
    }
    out << "\n";
  }
  Result<std::vector<domain::Application>> apps = db.applications().List({});
  if (!apps.ok()) return "applications: " + apps.status().message();
  for (const domain::Application& a : *apps) {
    Result<domain::Applicant> who = db.applicants().GetWithContact(a.applicant_id);
    out << "application " << a.id << " agency " << a.agency_id << " applicant " << a.applicant_id << " "
        << (who.ok() ? who->contact.name + "/" + who->contact.id_document + "/" + who->contact.phone : "?")
        << " " << domain::ApplicationStateName(a.state) << " " << Opt(a.submitted_on) << " "
        << Opt(a.received_on) << " " << Opt(a.due_on) << " " << Opt(a.closed_on) << " "
        << (a.outcome ? law::ReplyTypeName(*a.outcome) : "-") << " ext " << a.external_id << " "
        << a.subject << "\n";
    if (Result<std::optional<domain::ApplicationRequest>> q = db.requests().Get(a.id);
        q.ok() && q->has_value()) {
      const domain::ApplicationRequest& rq = **q;
      out << "  request " << rq.organization << " " << rq.id_document_type << " "
          << domain::DeliveryMethodName(rq.delivery_method) << " "
          << domain::DeliveryFormName(rq.delivery_form) << " " << rq.purpose << " "
          << (rq.proof ? rq.proof->type + " " + rq.proof->file_id : "-") << "\n";
    }
    Result<service::ApplicationRecord> r = db.applications().Get(a.id);
    if (!r.ok()) continue;
    for (const domain::ApplicationEvent& e : r->events) {
      out << "  " << e.seq << " " << e.kind << " " << e.occurred_on.ToString() << " " << e.actor << " "
          << e.recorded_at << " " << e.data << " " << e.note << " "
          << (e.corrects_seq ? std::to_string(*e.corrects_seq) : "-") << "\n";
    }
  }
  Result<std::vector<domain::Appeal>> appeals = db.appeals().List({});
  if (!appeals.ok()) return "appeals: " + appeals.status().message();
  for (const domain::Appeal& x : *appeals) {
    out << "appeal " << x.id << " " << x.agency_id << " " << domain::AppealKindName(x.kind) << " "
        << x.filed_on.ToString() << " " << Opt(x.decided_on) << " "
        << (x.outcome ? domain::AppealOutcomeName(*x.outcome) : "-") << " " << x.recorded_by << " "
        << x.decided_by << "\n";
  }
  return out.str();
}

void ExpectVersion3WorksOnUpgradedData(service::Database& db) {
  ShippedCalendars calendars;
  service::CaseService cases(db, calendars, {}, [] { return std::string("Q9"); });
  service::LedgerEntry e;
  e.row = 2;
  e.external_id = "CZ-7";
  e.received_on = CivilDate{2024, 5, 6};
  e.subject = "台账";
  Result<service::ImportSummary> first = cases.Import({e}, 2, {"clerk"});
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->imported, 1);
  EXPECT_EQ(cases.Import({e}, 2, {"clerk"})->skipped, 1);
}

UseCaseDesk::UseCaseDesk(StoreSuite& suite)
    : db(suite.db()),
      city(suite.AddAgency("某市人民政府", "city", std::nullopt, domain::AgencyKind::kGovernment)),
      dept(suite.AddAgency("某市财政局", "cz", city)),
      cases(db, calendars, law::ClockSettings{}, [this] { return "Q" + std::to_string(++codes_); }) {}

service::NewCase UseCaseDesk::Case(const char* submitted, std::optional<const char*> received) const {
  service::NewCase c;
  c.agency_id = dept;
  c.contact = {"张三", "110101199003070011", "13800000000", "", ""};
  c.subject = "2024年部门预算";
  c.submitted_on = D(submitted);
  if (received) c.received_on = D(*received);
  return c;
}

int64_t UseCaseDesk::Registered(const char* received) {
  Result<int64_t> id = cases.Register(Case(received, received), {"王五"});
  EXPECT_TRUE(id.ok()) << id.status().message();
  return id.ok() ? *id : 0;
}

service::Table3Grid UseCaseDesk::T3(int year) {
  Result<service::Table3Grid> g = db.applications().CountTable3({city, dept}, year);
  EXPECT_TRUE(g.ok()) << g.status().message();
  return g.ok() ? *g : service::Table3Grid{};
}

}  // namespace gongkai::storage::testing
