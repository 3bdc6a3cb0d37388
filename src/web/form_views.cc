#include "web/form_views.h"

#include <utility>

#include "web/site.h"
#include "web/visitor.h"

namespace gongkai::web {

Result<FormTicket> IssueForm(Backend& backend, service::FormGuard& guard, const Request& request,
                             const std::string& purpose) {
  FormTicket t;
  t.visitor = VisitorOf(request);
  if (t.visitor.empty()) {
    t.visitor = backend.NewToken();
    t.new_visitor = true;
  }
  t.token = backend.NewToken();
  if (Status st = guard.Issue(purpose, t.token, t.visitor, backend.UnixNow()); !st.ok()) return st;
  return t;
}

Result<service::GuardVerdict> AdmitLookUp(Backend& backend, service::FormGuard& guard,
                                          const Request& request, const FormData& form) {
  const int64_t now = backend.UnixNow();
  Result<service::GuardVerdict> verdict =
      guard.Redeem("track", form.GetOr("token", ""), VisitorOf(request), now);
  if (verdict.ok() && (*verdict == service::GuardVerdict::kOk ||
                       *verdict == service::GuardVerdict::kTooFast)) {
    verdict = guard.Hit("track", request.remote, now);
  }
  return verdict;
}

void NoStore(Response& response) { response.headers.Set("Cache-Control", "no-store"); }

void FinishFormPage(const Request& request, const FormTicket& ticket, Response& response) {
  if (ticket.new_visitor) SetVisitorCookie(request, response, ticket.visitor);
  NoStore(response);
}

Response FormPage(Site& site, const Request& request, service::FormGuard& guard,
                  const std::string& purpose, View view, int status, const std::string& name,
                  const std::string& title, const std::string& column, const std::string& type) {
  Result<FormTicket> ticket = IssueForm(site.backend(), guard, request, purpose);
  if (!ticket.ok()) return site.Error(503, "服务暂不可用", "请稍后再试。");
  view.Set("token", ticket->token);
  View meta;
  meta.Set("column_name", column);
  meta.Set("column_type", type);
  Response r = site.Page(status, name, view, title, std::move(meta));
  FinishFormPage(request, *ticket, r);
  return r;
}

Result<std::vector<View>> AgencyChoices(service::Database& db, const std::string& chosen) {
  Result<std::vector<domain::Agency>> agencies = db.agencies().List();
  if (!agencies.ok()) return agencies.status();
  std::vector<View> out;
  for (const domain::Agency& a : *agencies) {
    View v;
    v.Set("id", std::to_string(a.id));
    v.Set("name", a.name);
    v.Set("selected", std::to_string(a.id) == chosen);
    out.push_back(std::move(v));
  }
  return out;
}

void EchoFields(const FormData& form, const std::vector<std::string>& names, View& view) {
  for (const std::string& name : names) {
    const std::string value = form.GetOr(name, "");
    view.Set("v_" + name, value);
    if (!value.empty() && value.size() <= 40) view.Set("sel_" + name + "_" + value, true);
  }
}

void SetFieldErrors(const std::vector<domain::FieldError>& errors, View& view) {
  std::vector<View> list;
  for (const domain::FieldError& e : errors) {
    if (!e.field.empty()) view.Set("err_" + e.field, e.message);
    View item;
    item.Set("field", e.field);
    item.Set("message", e.message);
    list.push_back(std::move(item));
  }
  view.Set("has_errors", !errors.empty());
  view.Set("errors", std::move(list));
}

}  // namespace gongkai::web
