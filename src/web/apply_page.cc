// /ysqgk/apply: the online application form (条例第二十九条). GET shows it
// with a fresh token; POST checks it — every field's problem next to the
// field, the values kept (never the upload: browsers cannot refill a file
// field), a new token — or registers the application and shows the receipt
// with its 查询码.
#include <string>
#include <utility>
#include <vector>

#include "domain/application_request.h"
#include "web/form_views.h"
#include "web/multipart.h"
#include "web/pages.h"
#include "web/site.h"
#include "web/visitor.h"

namespace gongkai::web {
namespace {

const std::vector<std::string> kFields = {
    "agency",      "applicant_type", "person_name",  "id_type",  "id_number", "org_name",
    "org_kind",    "credit_code",    "legal_rep",    "contact_person", "phone", "email",
    "address",     "postal_code",    "subject",      "purpose",  "delivery_method",
    "delivery_form", "pledge"};

std::vector<View> IdTypeChoices(const std::string& chosen) {
  std::vector<View> out;
  for (const domain::IdDocumentType& t : domain::IdDocumentTypes()) {
    View v;
    v.Set("name", t.name);
    v.Set("label", t.label);
    v.Set("selected", chosen.empty() ? std::string(t.name) == "resident_id" : chosen == t.name);
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<View> OrgKindChoices(const std::string& chosen) {
  std::vector<View> out;
  for (int i = 1; i < domain::kApplicantKindCount; ++i) {
    const auto k = static_cast<domain::ApplicantKind>(i);
    View v;
    v.Set("name", domain::ApplicantKindName(k));
    v.Set("label", domain::ApplicantKindLabel(k));
    v.Set("selected", chosen == domain::ApplicantKindName(k));
    out.push_back(std::move(v));
  }
  return out;
}

Response ShowForm(Site& site, const Request& request, PortalServices& s, const FormData& form,
                  const std::vector<domain::FieldError>& errors, const std::string& notice) {
  View v;
  EchoFields(form, kFields, v);
  SetFieldErrors(errors, v);
  v.Set("notice", notice);
  Result<std::vector<View>> agencies = AgencyChoices(*s.db, form.GetOr("agency", ""));
  if (!agencies.ok()) return site.Error(503, "服务暂不可用", "请稍后再试。");
  v.Set("agencies", std::move(*agencies));
  v.Set("id_types", IdTypeChoices(form.GetOr("id_type", "")));
  v.Set("org_kinds", OrgKindChoices(form.GetOr("org_kind", "")));
  const std::string type = form.GetOr("applicant_type", "person");
  v.Set("sel_applicant_type_" + (type == "organization" ? type : std::string("person")), true);
  const std::string method = form.GetOr("delivery_method", "online");
  v.Set("sel_delivery_method_" + method, true);
  const std::string kind = form.GetOr("delivery_form", "electronic");
  v.Set("sel_delivery_form_" + kind, true);
  return FormPage(site, request, *s.guard, "apply", std::move(v),
                  errors.empty() && notice.empty() ? 200 : 422, "apply", "政府信息公开申请",
                  "依申请公开", "依申请公开");
}

domain::OnlineApplicationForm FormOf(const PostedForm& posted) {
  const FormData& f = posted.fields;
  domain::OnlineApplicationForm a;
  a.agency = f.GetOr("agency", "");
  a.applicant_type = f.GetOr("applicant_type", "");
  a.person_name = f.GetOr("person_name", "");
  a.id_type = f.GetOr("id_type", "");
  a.id_number = f.GetOr("id_number", "");
  a.org_name = f.GetOr("org_name", "");
  a.org_kind = f.GetOr("org_kind", "");
  a.credit_code = f.GetOr("credit_code", "");
  a.legal_rep = f.GetOr("legal_rep", "");
  a.contact_person = f.GetOr("contact_person", "");
  a.phone = f.GetOr("phone", "");
  a.email = f.GetOr("email", "");
  a.address = f.GetOr("address", "");
  a.postal_code = f.GetOr("postal_code", "");
  a.subject = f.GetOr("subject", "");
  a.purpose = f.GetOr("purpose", "");
  a.delivery_method = f.GetOr("delivery_method", "");
  a.delivery_form = f.GetOr("delivery_form", "");
  a.pledge = f.GetOr("pledge", "");
  if (const UploadedFile* proof = posted.File("proof")) {
    a.proof_name = proof->filename;
    a.proof_bytes = proof->bytes;
  }
  return a;
}

}  // namespace

Response ApplyPage(Site& site, const Request& request, std::string_view) {
  Result<PortalServices> s = site.backend().ThreadServices();
  if (!s.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (request.method != "POST") return ShowForm(site, request, *s, FormData(), {}, "");
  Result<PostedForm> posted = ParsePostedForm(request);
  if (!posted.ok()) return site.Error(400, "表单无法读取", posted.status().message());
  service::OnlineSubmission in;
  in.form = FormOf(*posted);
  in.token = posted->fields.GetOr("token", "");
  in.visitor = VisitorOf(request);
  in.client = request.remote;
  Result<service::OnlineOutcome> out =
      s->apply->Submit(in, site.backend().Now(), site.backend().UnixNow());
  if (!out.ok()) return site.Error(500, "提交未成功", "申请未能保存，请稍后重新提交。");
  if (!out->accepted()) {
    const std::string notice = out->guard == service::GuardVerdict::kOk
                                   ? ""
                                   : service::GuardMessage(out->guard);
    Response r = ShowForm(site, request, *s, posted->fields, out->errors, notice);
    if (out->guard == service::GuardVerdict::kTooMany) r.status = 429;
    return r;
  }
  View v;
  v.Set("query_code", out->query_code);
  v.Set("agency", out->agency_name);
  v.Set("submitted_on", out->submitted_on.ToString());
  View meta;
  meta.Set("column_name", "依申请公开");
  meta.Set("column_type", "依申请公开");
  Response r = site.Page(200, "apply_receipt", v, "申请已提交", std::move(meta));
  NoStore(r);
  return r;
}

}  // namespace gongkai::web
