// /hdjl/write: writing to the leader's mailbox. GET shows the form with a
// fresh token; POST checks it field by field or stores the letter and shows
// its 查询码 and the reply deadline (MailboxSettings: 10 工作日 by default).
#include <string>
#include <utility>
#include <vector>

#include "service/portal_letter.h"
#include "web/form_views.h"
#include "web/multipart.h"
#include "web/pages.h"
#include "web/site.h"
#include "web/visitor.h"

namespace gongkai::web {
namespace {

const std::vector<std::string> kFields = {"agency", "category", "title", "body",
                                          "name",   "phone",    "email", "consent"};

View MailMeta() {
  View meta;
  meta.Set("column_name", "领导信箱");
  meta.Set("column_type", "互动交流");
  return meta;
}

Response ShowForm(Site& site, const Request& request, PortalServices& s, const FormData& form,
                  const std::vector<domain::FieldError>& errors, const std::string& notice,
                  int status) {
  View v;
  EchoFields(form, kFields, v);
  SetFieldErrors(errors, v);
  v.Set("notice", notice);
  Result<std::vector<View>> agencies = AgencyChoices(*s.db, form.GetOr("agency", ""));
  if (!agencies.ok()) return site.Error(503, "服务暂不可用", "请稍后再试。");
  v.Set("agencies", std::move(*agencies));
  std::vector<View> categories;
  for (domain::MessageCategory c :
       {domain::MessageCategory::kConsultation, domain::MessageCategory::kSuggestion,
        domain::MessageCategory::kComplaint, domain::MessageCategory::kHelp,
        domain::MessageCategory::kOther}) {
    View cv;
    cv.Set("name", domain::MessageCategoryName(c));
    cv.Set("label", domain::MessageCategoryLabel(c));
    cv.Set("selected", form.GetOr("category", "") == domain::MessageCategoryName(c));
    categories.push_back(std::move(cv));
  }
  v.Set("categories", std::move(categories));
  v.Set("mailbox_days", std::to_string(s.mail->settings().reply_wd));
  return FormPage(site, request, *s.guard, "mail", std::move(v), status, "letter_form", "我要写信",
                  "领导信箱", "互动交流");
}

}  // namespace

Response LetterFormPage(Site& site, const Request& request, std::string_view) {
  Result<PortalServices> s = site.backend().ThreadServices();
  if (!s.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (request.method != "POST") return ShowForm(site, request, *s, FormData(), {}, "", 200);
  Result<PostedForm> posted = ParsePostedForm(request);
  if (!posted.ok()) return site.Error(400, "表单无法读取", posted.status().message());
  const FormData& f = posted->fields;
  service::PortalLetter in;
  in.form.agency = f.GetOr("agency", "");
  in.form.category = f.GetOr("category", "");
  in.form.title = f.GetOr("title", "");
  in.form.body = f.GetOr("body", "");
  in.form.name = f.GetOr("name", "");
  in.form.phone = f.GetOr("phone", "");
  in.form.email = f.GetOr("email", "");
  in.form.consent = f.GetOr("consent", "");
  in.token = f.GetOr("token", "");
  in.visitor = VisitorOf(request);
  in.client = request.remote;
  Result<service::LetterOutcome> out = service::SubmitPortalLetter(
      *s->db, *s->mail, *s->guard, in, site.backend().Now(), site.backend().UnixNow());
  if (!out.ok()) return site.Error(500, "提交未成功", "留言未能保存，请稍后重新提交。");
  if (!out->accepted()) {
    const bool guarded = out->guard != service::GuardVerdict::kOk;
    return ShowForm(site, request, *s, f, out->errors,
                    guarded ? service::GuardMessage(out->guard) : "",
                    out->guard == service::GuardVerdict::kTooMany ? 429 : 422);
  }
  View v;
  v.Set("query_code", out->query_code);
  v.Set("mailbox", out->mailbox);
  v.Set("reply_due_on", out->reply_due_on.ToString());
  Response r = site.Page(200, "letter_receipt", v, "留言已提交", MailMeta());
  NoStore(r);
  return r;
}

}  // namespace gongkai::web
