// /ysqgk/query: the applicant follows an application by its 查询码 and the
// phone number given with it. The form is POSTed (the code and the phone
// stay out of URLs, histories and logs), each look-up counts against the
// client's limit, and a wrong code or phone gets one answer for both.
#include <string>
#include <utility>
#include <vector>

#include "service/application_tracking.h"
#include "web/form_views.h"
#include "web/multipart.h"
#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

View TrackedView(const service::TrackedApplication& t) {
  View v;
  v.Set("agency", t.agency);
  v.Set("subject", t.subject);
  v.Set("channel", t.channel);
  v.Set("submitted_on", t.submitted_on ? t.submitted_on->ToString() : std::string());
  v.Set("received_on", t.received_on ? t.received_on->ToString() : std::string());
  v.Set("state", t.state);
  v.Set("closed", t.closed);
  v.Set("due_on", t.due_on ? t.due_on->ToString() : std::string());
  v.Set("due_provisional", t.due_provisional);
  v.Set("due_explanation", t.due_explanation);
  v.Set("correction_deadline",
        t.correction_deadline ? t.correction_deadline->ToString() : std::string());
  v.Set("closed_on", t.closed_on ? t.closed_on->ToString() : std::string());
  v.Set("reply", t.reply);
  std::vector<View> steps;
  for (const service::TrackedStep& s : t.steps) {
    View sv;
    sv.Set("on", s.on.ToString());
    sv.Set("text", s.text);
    steps.push_back(std::move(sv));
  }
  v.Set("steps", std::move(steps));
  return v;
}

Response ShowForm(Site& site, const Request& request, PortalServices& s, View v, int status) {
  return FormPage(site, request, *s.guard, "track", std::move(v), status, "track",
                  "申请办理进度查询", "依申请公开", "依申请公开");
}

}  // namespace

Response TrackPage(Site& site, const Request& request, std::string_view) {
  Result<PortalServices> s = site.backend().ThreadServices();
  if (!s.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (request.method != "POST") return ShowForm(site, request, *s, View(), 200);
  Result<PostedForm> posted = ParsePostedForm(request);
  if (!posted.ok()) return site.Error(400, "表单无法读取", posted.status().message());
  const FormData& f = posted->fields;
  View v;
  v.Set("v_code", f.GetOr("code", ""));
  Result<service::GuardVerdict> token = AdmitLookUp(site.backend(), *s->guard, request, f);
  if (!token.ok()) return site.Error(503, "服务暂不可用", "请稍后再试。");
  if (*token != service::GuardVerdict::kOk) {
    v.Set("notice", service::GuardMessage(*token));
    return ShowForm(site, request, *s, std::move(v),
                    *token == service::GuardVerdict::kTooMany ? 429 : 422);
  }
  Result<service::TrackedApplication> t =
      service::TrackApplication(*s->db, *s->cases, f.GetOr("code", ""), f.GetOr("phone", ""));
  if (!t.ok()) {
    if (t.status().code() != StatusCode::kNotFound) {
      return site.Error(500, "查询未成功", "请稍后再试。");
    }
    v.Set("notice", t.status().message());
    return ShowForm(site, request, *s, std::move(v), 404);
  }
  v.Set("found", true);
  v.Set("application", TrackedView(*t));
  return ShowForm(site, request, *s, std::move(v), 200);
}

}  // namespace gongkai::web
