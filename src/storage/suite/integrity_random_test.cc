// Shared suite: long random histories of the use cases — registrations,
// events, corrections, ledger imports, appeals and their decisions, publish
// and unlock — on every adapter. After every step, db check finds nothing
// (every stored summary is the replay of its log; Tables 3 and 4 as stored,
// the trigger-kept counts included, equal a recount of the rows), and every
// refused step left the content exactly as it was.
#include <gmock/gmock.h>

#include <algorithm>
#include <map>
#include <random>

#include "service/appeal_service.h"
#include "service/integrity_service.h"
#include "service/report_service.h"
#include "storage/suite/use_cases.h"

namespace gongkai::storage::testing {
namespace {

using K = law::ProcedureEventKind;

class RandomHistory {
 public:
  RandomHistory(StoreSuite& suite, uint64_t seed)
      : suite_(suite), desk_(suite), db_(suite.db()), rng_(seed), reports_(db_), appeals_(db_) {
    agencies_ = {desk_.dept, suite.AddAgency("某市教育局", "jy", desk_.city),
                 suite.AddAgency("某镇人民政府", "zhen", desk_.city, domain::AgencyKind::kGovernment)};
  }

  // One random use case; returns what it did and its status.
  std::pair<std::string, Status> Step() {
    const int op = Below(100);
    if (op < 20 || apps_.empty()) return Register();
    if (op < 55) return RecordEvent();
    if (op < 65) return CorrectEvent();
    if (op < 73) return Import();
    if (op < 81) return AddAppeal();
    if (op < 88) return DecideAppeal();
    if (op < 92) return Publish();
    return op < 96 ? Unlock() : Register();
  }

 private:
  int Below(int n) { return static_cast<int>(rng_() % static_cast<uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }
  CivilDate Day(const char* from, int span) { return CivilDate::FromDays(D(from).ToDays() + Below(span)); }
  CivilDate After(CivilDate d, int max) { return CivilDate::FromDays(d.ToDays() + Below(max + 1)); }
  int64_t Agency() { return agencies_[Below(static_cast<int>(agencies_.size()))]; }

  std::pair<std::string, Status> Register() {
    service::NewCase c;
    c.agency_id = Agency();
    c.applicant_kind = static_cast<domain::ApplicantKind>(Below(domain::kApplicantKindCount));
    c.contact = {"申请人" + std::to_string(Below(5)), Chance(50) ? "ID" + std::to_string(Below(5)) : "",
                 "1380000000" + std::to_string(Below(3)), "", ""};
    c.channel = static_cast<law::Channel>(Below(5));
    c.subject = "随机申请";
    c.submitted_on = Day("2024-10-01", 540);
    if (Chance(85)) c.received_on = After(c.submitted_on, c.channel == law::Channel::kInPerson ? 0 : 3);
    Result<int64_t> id = desk_.cases.Register(c, {"随机"});
    if (id.ok()) apps_.push_back(*id);
    return {"register " + c.submitted_on.ToString(), id.status()};
  }

  law::ProcedureEvent RandomEvent(CivilDate last) {
    static constexpr K kKinds[] = {
        K::kReceiptConfirmed,   K::kSignedFor,          K::kHandedIn,        K::kArrived,
        K::kCorrectionRequested, K::kCorrectionReceived, K::kCorrectionLapsed, K::kConsultationSent,
        K::kConsultationAnswered, K::kConsultationLapsed, K::kExtensionApproved, K::kFeeNoticeReceived,
        K::kFeePaid,            K::kFeeLapsed,          K::kReasonsRequested, K::kReasonsAccepted,
        K::kReplied,            K::kReplied,            K::kReplied,         K::kWithdrawn,
        K::kAnsweredOnSpot};
    law::ProcedureEvent e;
    e.kind = kKinds[Below(static_cast<int>(std::size(kKinds)))];
    e.on = After(last, e.kind == K::kCorrectionLapsed || e.kind == K::kFeeLapsed ||
                               e.kind == K::kConsultationLapsed
                           ? 40
                           : 12);
    e.reply_type = static_cast<law::ReplyType>(Below(law::kReplyTypeCount));
    e.approver = "李主任";
    e.days = 1 + Below(20);
    e.party = "第三方" + std::to_string(Below(2));
    if (e.kind == K::kFeeNoticeReceived) {
      e.fee_method = Chance(50) ? law::FeeMethod::kPerPage : law::FeeMethod::kPerItem;
      e.fee_quantity = e.fee_method == law::FeeMethod::kPerPage ? 20 + Below(200) : Below(15);
    }
    if (e.kind == K::kReasonsAccepted && Chance(50)) e.deadline = After(e.on, 30);
    return e;
  }

  // Mostly an event the case's state admits (so that histories grow long),
  // sometimes any event at all (so that refusals are exercised).
  law::ProcedureEvent LikelyEvent(const service::CaseView& v) {
    const law::ClockResult& c = v.clock;
    law::ProcedureEvent e = RandomEvent(v.record.events.back().occurred_on);
    if (Chance(20)) return e;
    const auto pick = [&](std::initializer_list<K> kinds) {
      e.kind = *(kinds.begin() + Below(static_cast<int>(kinds.size())));
    };
    switch (c.state) {
      case law::ProcedureState::kSubmitted:
        e.kind = service::CaseService::ReceiptKind(v.record.application.channel);
        if (e.kind == K::kHandedIn && v.record.application.submitted_on) e.on = *v.record.application.submitted_on;
        break;
      case law::ProcedureState::kInReview:
        pick({K::kReplied, K::kReplied, K::kReplied, K::kConsultationSent, K::kExtensionApproved,
              K::kCorrectionRequested, K::kFeeNoticeReceived, K::kReasonsRequested, K::kWithdrawn});
        if (e.kind == K::kFeeNoticeReceived) {
          e.fee_method = law::FeeMethod::kPerPage;
          e.fee_quantity = 40 + Below(200);
        }
        break;
      case law::ProcedureState::kCorrectionRequested:
        pick({K::kCorrectionReceived, K::kCorrectionReceived, K::kCorrectionLapsed});
        break;
      case law::ProcedureState::kConsulting:
        pick({K::kConsultationAnswered, K::kConsultationLapsed, K::kExtensionApproved});
        for (const law::Consultation& x : c.consultations) {
          if (!x.ended_on) e.party = x.party;
        }
        if (e.kind == K::kConsultationLapsed) {
          e.on = CivilDate::FromDays(std::max(e.on, c.consultations.back().window_end).ToDays() + 1);
        }
        break;
      case law::ProcedureState::kFeePending:
        pick({K::kFeePaid, K::kFeePaid, K::kFeeLapsed});
        if (e.kind == K::kFeeLapsed && c.fee_payment_due) e.on = CivilDate::FromDays(c.fee_payment_due->ToDays() + 1);
        break;
      case law::ProcedureState::kReasonsRequested:
        pick({K::kReasonsAccepted, K::kReplied});
        break;
      case law::ProcedureState::kDecided:
      case law::ProcedureState::kClosed:
        break;
    }
    return e;
  }

  std::pair<std::string, Status> RecordEvent() {
    const int64_t id = apps_[Below(static_cast<int>(apps_.size()))];
    Result<service::CaseView> v = desk_.cases.Show(id);
    if (!v.ok()) return {"show", v.status()};
    if (IsTerminal(v->clock.state) && Chance(70)) return CorrectEvent();
    const law::ProcedureEvent e = LikelyEvent(*v);
    Result<service::RecordedEvent> r = desk_.cases.Record(id, e, {"随机"});
    return {"record " + std::to_string(id) + " " + law::ProcedureEventKindName(e.kind) + " " + e.on.ToString(),
            r.status()};
  }

  std::pair<std::string, Status> CorrectEvent() {
    const int64_t id = apps_[Below(static_cast<int>(apps_.size()))];
    Result<service::ApplicationRecord> r = db_.applications().Get(id);
    if (!r.ok()) return {"get", r.status()};
    const domain::ApplicationEvent& target = r->events[Below(static_cast<int>(r->events.size()))];
    service::Correction c;
    c.seq = target.seq;
    c.reason = "随机更正";
    if (!Chance(25) && target.kind != domain::kVoidEventKind) {
      Result<law::ProcedureEvent> e = law::ParseProcedureEvent(target.kind, target.occurred_on, target.data);
      if (e.ok()) {
        law::ProcedureEvent fixed = *e;
        fixed.on = CivilDate::FromDays(fixed.on.ToDays() + Below(7) - 3);
        if (fixed.reply_type && Chance(60)) fixed.reply_type = static_cast<law::ReplyType>(Below(law::kReplyTypeCount));
        if (fixed.kind == K::kExtensionApproved) fixed.days = 1 + Below(20);
        c.replacement = fixed;
      }
    }
    Result<service::RecordedEvent> done = desk_.cases.Correct(id, c, {"随机"});
    return {"correct " + std::to_string(id) + " #" + std::to_string(c.seq) + (c.replacement ? "" : " void"),
            done.status()};
  }

  std::pair<std::string, Status> Import() {
    std::vector<service::LedgerEntry> rows;
    const int n = 1 + Below(3);
    for (int i = 0; i < n; ++i) {
      service::LedgerEntry e;
      e.row = 2 + i;
      e.external_id = Chance(80) ? "L" + std::to_string(Below(8)) : "";
      e.applicant_kind = static_cast<domain::ApplicantKind>(Below(2));
      e.channel = Chance(50) ? law::Channel::kOnline : law::Channel::kInPerson;
      e.received_on = Day("2024-11-01", 90 + Below(2) * 300);
      e.subject = "台账" + e.external_id;
      if (Chance(60)) {
        e.closed_on = After(e.received_on, 25);
        e.outcome = static_cast<law::ReplyType>(Below(12));
      }
      rows.push_back(e);
    }
    // Sometimes the very ledger imported before: nothing new may be written.
    if (!last_ledger_.empty() && Chance(40)) rows = last_ledger_;
    Result<service::ImportSummary> s = desk_.cases.Import(rows, desk_.dept, {"随机"});
    if (s.ok()) {
      last_ledger_ = rows;
      Result<std::vector<domain::Application>> all = db_.applications().List({});
      if (all.ok()) {
        apps_.clear();
        for (const domain::Application& a : *all) apps_.push_back(a.id);
      }
    }
    return {"import " + std::to_string(rows.size()), s.status()};
  }

  std::pair<std::string, Status> AddAppeal() {
    domain::Appeal a;
    a.agency_id = Agency();
    a.kind = static_cast<domain::AppealKind>(Below(3));
    a.case_number = "复" + std::to_string(Below(1000));
    a.filed_on = Day("2024-06-01", 700);
    if (Chance(30)) {
      a.decided_on = After(a.filed_on, 200);
      a.outcome = static_cast<domain::AppealOutcome>(Below(3));
    }
    if (Chance(30)) a.application_id = apps_[Below(static_cast<int>(apps_.size()))];
    Result<int64_t> id = appeals_.Add(a, {"随机"});
    if (id.ok()) appeal_ids_.push_back(*id);
    return {"appeal add " + a.filed_on.ToString(), id.status()};
  }

  std::pair<std::string, Status> DecideAppeal() {
    if (appeal_ids_.empty()) return AddAppeal();
    const int64_t id = appeal_ids_[Below(static_cast<int>(appeal_ids_.size()))];
    const CivilDate on = Day("2024-06-01", 800);
    return {"appeal decide " + std::to_string(id) + " " + on.ToString(),
            appeals_.Decide(id, on, static_cast<domain::AppealOutcome>(Below(3)), {"随机"})};
  }

  service::ReportScope Scope() {
    return {Chance(50) ? desk_.city : Agency(), 2024 + Below(2), Chance(50)};
  }

  std::pair<std::string, Status> Publish() {
    const service::ReportScope s = Scope();
    return {"publish " + std::to_string(s.agency_id) + " " + std::to_string(s.year),
            reports_.Publish(s, {"科长"}).status()};
  }

  std::pair<std::string, Status> Unlock() {
    const service::ReportScope s = Scope();
    return {"unlock " + std::to_string(s.agency_id) + " " + std::to_string(s.year),
            reports_.Unlock(s, {"科长"}, "补录").status()};
  }

  StoreSuite& suite_;
  UseCaseDesk desk_;
  service::Database& db_;
  std::mt19937_64 rng_;
  service::ReportService reports_;
  service::AppealService appeals_;
  std::vector<int64_t> agencies_;
  std::vector<int64_t> apps_;
  std::vector<int64_t> appeal_ids_;
  std::vector<service::LedgerEntry> last_ledger_;
};

void RunRandomHistory(StoreSuite& suite, uint64_t seed, int steps) {
  RandomHistory history(suite, seed);
  ShippedCalendars calendars;
  service::IntegrityService integrity(suite.db(), calendars, {});
  int accepted = 0;
  std::map<std::string, int> accepted_by_kind;  // "register", "record", "correct", …
  for (int step = 0; step < steps; ++step) {
    const std::string before = ContentOf(suite.db());
    const auto [what, status] = history.Step();
    const std::string where = "seed " + std::to_string(seed) + " step " + std::to_string(step) + " " + what;
    if (status.ok()) {
      ++accepted;
      ++accepted_by_kind[what.substr(0, what.find(' '))];
    } else {
      // Refused by the rules, never a broken invariant …
      EXPECT_TRUE(status.code() == StatusCode::kInvalidInput || status.code() == StatusCode::kNotFound)
          << where << ": " << status.message();
      // … and nothing of it stays.
      ASSERT_EQ(ContentOf(suite.db()), before) << where << ": " << status.message();
    }
    Result<service::IntegrityReport> check = integrity.Check();
    ASSERT_TRUE(check.ok()) << where << ": " << check.status().message();
    std::string problems;
    for (const std::string& p : check->problems) problems += "\n  " + p;
    ASSERT_TRUE(check->problems.empty()) << where << ":" << problems;
  }
  // The history really exercised every write path, accepted and refused.
  EXPECT_GT(accepted, steps / 4);
  EXPECT_LT(accepted, steps);
  for (const char* kind : {"register", "record", "correct", "import", "appeal", "publish", "unlock"}) {
    EXPECT_GT(accepted_by_kind[kind], 0) << kind << " never succeeded (seed " << seed << ")";
  }
  Result<service::IntegrityReport> last = integrity.Check();
  ASSERT_TRUE(last.ok());
  EXPECT_GT(last->applications, steps / 20);
}

int Steps(const Backend& b) { return b.name == "Postgres" ? 250 : 600; }

TEST_P(StoreSuite, RandomHistoryKeepsDerivedDataEqualToARecountSeedA) {
  RunRandomHistory(*this, 20261203, Steps(GetParam()));
}

TEST_P(StoreSuite, RandomHistoryKeepsDerivedDataEqualToARecountSeedB) {
  RunRandomHistory(*this, 7, Steps(GetParam()));
}

}  // namespace
}  // namespace gongkai::storage::testing
