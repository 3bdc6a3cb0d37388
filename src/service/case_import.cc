// Ledger import (台账导入): all rows or none, and never the same row twice.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "service/case_service.h"
#include "service/write_use_case.h"

namespace gongkai::service {
namespace {

using nlohmann::ordered_json;

// The fields of a row that decide what is registered, in a canonical form
// (personal data apart: it is compared with the applicant's own record).
struct RowFields {
  int64_t agency_id = 0;
  std::string kind, channel, received, subject, closed, outcome;
};

const char* const kFieldLabels[] = {"办理机关", "申请人类型", "申请方式", "收到申请日期",
                                    "申请内容", "答复日期",   "答复类型"};

std::vector<std::string> Values(const RowFields& f) {
  return {std::to_string(f.agency_id), f.kind, f.channel, f.received, f.subject, f.closed, f.outcome};
}

RowFields FieldsOf(const LedgerEntry& e, int64_t agency_id) {
  RowFields f;
  f.agency_id = agency_id;
  f.kind = domain::ApplicantKindName(e.applicant_kind);
  f.channel = law::ChannelName(e.channel);
  f.received = e.received_on.ToString();
  f.subject = e.subject;
  f.closed = e.closed_on ? e.closed_on->ToString() : "";
  f.outcome = e.outcome ? law::ReplyTypeName(*e.outcome) : "";
  return f;
}

std::string Canonical(const RowFields& f) {
  ordered_json j;
  const std::vector<std::string> v = Values(f);
  j["agency"] = f.agency_id;
  j["kind"] = v[1];
  j["channel"] = v[2];
  j["received_on"] = v[3];
  j["subject"] = v[4];
  j["closed_on"] = v[5];
  j["outcome"] = v[6];
  return j.dump();
}

// The fields of an application registered earlier under the same 申请编号:
// the row it was imported from, else (registered by hand) the application.
RowFields StoredFields(const domain::Application& a) {
  if (!a.imported_row.empty()) {
    const ordered_json j = ordered_json::parse(a.imported_row, nullptr, false);
    if (j.is_object()) {
      RowFields f;
      f.agency_id = j.value("agency", int64_t{0});
      f.kind = j.value("kind", "");
      f.channel = j.value("channel", "");
      f.received = j.value("received_on", "");
      f.subject = j.value("subject", "");
      f.closed = j.value("closed_on", "");
      f.outcome = j.value("outcome", "");
      return f;
    }
  }
  RowFields f;
  f.agency_id = a.agency_id;
  f.kind = domain::ApplicantKindName(a.applicant_kind);
  f.channel = law::ChannelName(a.channel);
  f.received = a.received_on ? a.received_on->ToString() : "";
  f.subject = a.subject;
  f.closed = a.closed_on ? a.closed_on->ToString() : "";
  f.outcome = a.outcome ? law::ReplyTypeName(*a.outcome) : "";
  return f;
}

std::string Shown(const std::string& v) { return v.empty() ? "空" : "“" + v + "”"; }

}  // namespace

Status CaseService::CheckImportRow(const LedgerEntry& e, const domain::Agency& agency,
                                   std::vector<std::string>& problems, bool& already) {
  const std::string row = "第" + std::to_string(e.row) + "行：";
  already = false;
  if (!e.external_id.empty()) {
    Result<std::optional<domain::Application>> found =
        db_.applications().FindByExternalId(agency.id, e.external_id);
    if (!found.ok()) return found.status();
    if (*found) {
      const RowFields stored = StoredFields(**found);
      const std::vector<std::string> now = Values(FieldsOf(e, agency.id));
      const std::vector<std::string> before = Values(stored);
      std::string diff;
      for (size_t i = 1; i < now.size(); ++i) {
        if (now[i] != before[i]) {
          diff += std::string(diff.empty() ? "" : "，") + kFieldLabels[i] + "为" + Shown(now[i]) +
                  "，已登记的为" + Shown(before[i]);
        }
      }
      Result<domain::Applicant> who = db_.applicants().GetWithContact((*found)->applicant_id);
      if (!who.ok()) return who.status();
      if (who->contact.name != e.contact.name || who->contact.id_document != e.contact.id_document ||
          who->contact.phone != e.contact.phone) {
        diff += std::string(diff.empty() ? "" : "，") + "申请人姓名、证件号码或联系电话与已登记的不同";
      }
      if (diff.empty()) {
        already = true;
      } else {
        problems.push_back(row + "申请编号“" + e.external_id + "”已登记为申请" +
                           std::to_string((*found)->id) + "，但内容不同：" + diff +
                           "。同一申请编号不能登记两次；如台账有误请改正台账，如登记有误请用 case correct 更正");
      }
      return Status::Ok();
    }
  }
  Result<const law::WorkdayCalendar*> calendar = calendars_.ForAgency(agency);
  if (!calendar.ok()) {
    problems.push_back(row + calendar.status().message());
    return Status::Ok();
  }
  std::vector<law::ProcedureEvent> events(2);
  events[0].kind = law::ProcedureEventKind::kSubmitted;
  events[0].on = e.received_on;
  events[1].kind = ReceiptKind(e.channel);
  events[1].on = e.received_on;
  if (e.closed_on) {
    law::ProcedureEvent reply;
    reply.kind = law::ProcedureEventKind::kReplied;
    reply.on = *e.closed_on;
    reply.reply_type = e.outcome;
    events.push_back(reply);
  }
  if (Result<law::ClockResult> c = law::ComputeClock(events, **calendar, e.channel, settings_);
      !c.ok()) {
    problems.push_back(row + c.status().message());
  }
  return Status::Ok();
}

Result<ImportSummary> CaseService::Import(const std::vector<LedgerEntry>& entries,
                                          int64_t default_agency_id, const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("导入台账须记录经办人");
  return RunWriteUseCase<ImportSummary>(db_, [&]() -> Result<ImportSummary> {
    Result<std::vector<domain::Agency>> agencies = db_.agencies().List();
    if (!agencies.ok()) return agencies.status();
    const auto resolve = [&](const LedgerEntry& e) -> const domain::Agency* {
      for (const domain::Agency& a : *agencies) {
        if (e.agency.empty() ? a.id == default_agency_id
                             : (a.code == e.agency || a.name == e.agency)) {
          return &a;
        }
      }
      return nullptr;
    };
    // Check every row before writing anything.
    std::vector<std::string> problems;
    std::vector<const domain::Agency*> agency_of(entries.size(), nullptr);
    std::vector<bool> skip(entries.size(), false);
    std::map<std::pair<int64_t, std::string>, int> first_row;  // (agency, 申请编号) → row
    for (size_t i = 0; i < entries.size(); ++i) {
      const LedgerEntry& e = entries[i];
      const domain::Agency* agency = resolve(e);
      agency_of[i] = agency;
      const std::string row = "第" + std::to_string(e.row) + "行：";
      if (agency == nullptr) {
        problems.push_back(row + (e.agency.empty()
                                      ? "找不到编号为" + std::to_string(default_agency_id) + "的机关。"
                                      : "找不到办理机关“" + e.agency + "”。"));
        continue;
      }
      if (!e.external_id.empty()) {
        auto [it, fresh] = first_row.emplace(std::make_pair(agency->id, e.external_id), e.row);
        if (!fresh) {
          problems.push_back(row + "申请编号“" + e.external_id + "”与第" + std::to_string(it->second) +
                             "行重复");
          continue;
        }
      }
      bool already = false;
      if (Status s = CheckImportRow(e, *agency, problems, already); !s.ok()) return s;
      skip[i] = already;
    }
    if (!problems.empty()) {
      std::string message = "有" + std::to_string(problems.size()) + "处错误：";
      for (const std::string& p : problems) message += "\n  " + p;
      return Status::InvalidInput(message);
    }
    ImportSummary summary;
    for (size_t i = 0; i < entries.size(); ++i) {
      const LedgerEntry& e = entries[i];
      if (skip[i]) {
        ++summary.skipped;
        continue;
      }
      NewCase c;
      c.agency_id = agency_of[i]->id;
      c.applicant_kind = e.applicant_kind;
      c.contact = e.contact;
      c.channel = e.channel;
      c.subject = e.subject;
      c.submitted_on = e.received_on;
      c.received_on = e.received_on;
      c.external_id = e.external_id;
      c.imported_row = Canonical(FieldsOf(e, agency_of[i]->id));
      const std::string where = "第" + std::to_string(e.row) + "行";
      Result<int64_t> id = Register(c, actor);
      if (!id.ok()) return id.status().WithContext(where);
      if (e.closed_on) {
        law::ProcedureEvent reply;
        reply.kind = law::ProcedureEventKind::kReplied;
        reply.on = *e.closed_on;
        reply.reply_type = e.outcome;
        Result<RecordedEvent> r = AppendInTransaction(*id, reply, actor, "台账导入");
        if (!r.ok()) return r.status().WithContext(where);
        ++summary.closed;
      }
      ++summary.imported;
      if (e.external_id.empty()) ++summary.without_id;
    }
    return summary;
  });
}

}  // namespace gongkai::service
