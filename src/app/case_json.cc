#include "app/case_json.h"

#include <map>
#include <nlohmann/json.hpp>

#include "report/labels.h"

namespace gongkai::app {
namespace {

using J = nlohmann::ordered_json;

J Date(const std::optional<CivilDate>& d) { return d ? J(d->ToString()) : J(nullptr); }

J RowId(const std::optional<law::ReplyType>& r) {
  return r ? J(std::string(report::kT3RowSpecs[law::Table3Row(*r)].id)) : J(nullptr);
}

// The fields every listing shows of an application (the stored summary).
J Summary(const domain::Application& a) {
  J j;
  j["id"] = a.id;
  j["agency_id"] = a.agency_id;
  j["external_id"] = a.external_id.empty() ? J(nullptr) : J(a.external_id);
  j["applicant_kind"] = domain::ApplicantKindName(a.applicant_kind);
  j["applicant_kind_label"] = domain::ApplicantKindLabel(a.applicant_kind);
  j["channel"] = law::ChannelName(a.channel);
  j["channel_label"] = law::ChannelLabel(a.channel);
  j["subject"] = a.subject;
  j["submitted_on"] = Date(a.submitted_on);
  j["state"] = domain::ApplicationStateName(a.state);
  j["state_label"] = domain::ApplicationStateLabel(a.state);
  j["received_on"] = Date(a.received_on);
  j["due_on"] = Date(a.due_on);
  j["closed_on"] = Date(a.closed_on);
  j["outcome"] = a.outcome ? J(law::ReplyTypeName(*a.outcome)) : J(nullptr);
  j["outcome_label"] = a.outcome ? J(law::ReplyTypeLabel(*a.outcome)) : J(nullptr);
  j["table3_row"] = RowId(a.outcome);
  return j;
}

J Clock(const law::ClockResult& c) {
  J j;
  j["state"] = law::ProcedureStateName(c.state);
  j["state_label"] = law::ProcedureStateLabel(c.state);
  j["submitted_on"] = Date(c.submitted_on);
  j["received_on"] = Date(c.received_on);
  j["receipt_unconfirmed"] = c.receipt_unconfirmed;
  j["clock_start"] = Date(c.clock_start);
  j["due_on"] = Date(c.due_on);
  j["due_provisional"] = c.due_provisional;
  j["correction_notice_due"] = Date(c.correction_notice_due);
  j["fee_payment_due"] = Date(c.fee_payment_due);
  j["extension_days"] = c.extension_days;
  j["extensions"] = c.extensions;
  J consultations = J::array();
  for (const law::Consultation& x : c.consultations) {
    J k;
    k["consultee"] = law::ConsulteeName(x.consultee);
    k["party"] = x.party;
    k["sent_on"] = x.sent_on.ToString();
    k["window_end"] = x.window_end.ToString();
    k["ended_on"] = Date(x.ended_on);
    k["lapsed"] = x.lapsed;
    consultations.push_back(std::move(k));
  }
  j["consultations"] = std::move(consultations);
  J pauses = J::array();
  for (const law::DateRange& p : c.pauses) pauses.push_back({p.first.ToString(), p.last.ToString()});
  j["pauses"] = std::move(pauses);
  j["closed_on"] = Date(c.closed_on);
  j["reply"] = c.reply ? J(law::ReplyTypeName(*c.reply)) : J(nullptr);
  j["reply_label"] = c.reply ? J(law::ReplyTypeLabel(*c.reply)) : J(nullptr);
  j["table3_row"] = RowId(c.reply);
  j["answered_late"] = c.answered_late;
  j["explanation"] = c.explanation;
  return j;
}

}  // namespace

std::string CaseJson(const service::CaseView& view, const domain::Agency& agency,
                     const std::optional<domain::ApplicantContact>& contact) {
  const domain::Application& a = view.record.application;
  J j = Summary(a);
  j["agency_name"] = agency.name;
  j["query_code"] = a.query_code;
  j["clock"] = Clock(view.clock);
  // Which event superseded which (corrections point at the original).
  std::map<int64_t, int64_t> superseded_by;
  for (const domain::ApplicationEvent& e : view.record.events) {
    if (e.corrects_seq) superseded_by[*e.corrects_seq] = e.seq;
  }
  J events = J::array();
  for (const domain::ApplicationEvent& e : view.record.events) {
    J k;
    k["seq"] = e.seq;
    k["kind"] = e.kind;
    const auto kind = law::ParseProcedureEventKind(e.kind);
    k["label"] = e.kind == domain::kVoidEventKind ? "作废" : kind ? law::ProcedureEventKindLabel(*kind) : e.kind;
    k["on"] = e.occurred_on.ToString();
    k["data"] = J::parse(e.data.empty() ? "{}" : e.data, nullptr, false);
    if (k["data"].is_discarded()) k["data"] = e.data;
    k["actor"] = e.actor;
    k["recorded_at"] = e.recorded_at;
    k["note"] = e.note;
    k["corrects_seq"] = e.corrects_seq ? J(*e.corrects_seq) : J(nullptr);
    const auto s = superseded_by.find(e.seq);
    k["superseded_by"] = s == superseded_by.end() ? J(nullptr) : J(s->second);
    events.push_back(std::move(k));
  }
  j["events"] = std::move(events);
  if (contact) {
    J c;
    c["name"] = contact->name;
    c["id_document"] = contact->id_document;
    c["phone"] = contact->phone;
    c["address"] = contact->address;
    c["email"] = contact->email;
    j["contact"] = std::move(c);
  }
  return j.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

std::string CaseListJson(const std::vector<domain::Application>& list,
                         const std::optional<CivilDate>& as_of) {
  J j;
  j["as_of"] = Date(as_of);
  j["count"] = list.size();
  J apps = J::array();
  for (const domain::Application& a : list) apps.push_back(Summary(a));
  j["applications"] = std::move(apps);
  return j.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

}  // namespace gongkai::app
