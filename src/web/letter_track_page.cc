// /hdjl/query: a writer follows a letter by its 查询码 and phone (POSTed, so
// neither is in a URL), each look-up counted against the client's limit; a
// wrong code or phone gets one answer for both (MessageService::Track).
#include <string>
#include <utility>

#include "web/form_views.h"
#include "web/multipart.h"
#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

const char* StateWords(domain::MessageState s) {
  switch (s) {
    case domain::MessageState::kReceived: return "已收到，待分办";
    case domain::MessageState::kAssigned: return "办理中";
    case domain::MessageState::kReplied: return "已答复";
    case domain::MessageState::kPublished: return "已答复并公开";
    case domain::MessageState::kClosed: return "已办结";
    case domain::MessageState::kTransferred: return "已转信访渠道办理";
  }
  return "";
}

Response ShowForm(Site& site, const Request& request, PortalServices& s, View v, int status) {
  return FormPage(site, request, *s.guard, "track", std::move(v), status, "letter_track",
                  "留言办理情况查询", "领导信箱", "互动交流");
}

}  // namespace

Response LetterTrackPage(Site& site, const Request& request, std::string_view) {
  Result<PortalServices> s = site.backend().ThreadServices();
  if (!s.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (request.method != "POST") return ShowForm(site, request, *s, View(), 200);
  Result<PostedForm> posted = ParsePostedForm(request);
  if (!posted.ok()) return site.Error(400, "表单无法读取", posted.status().message());
  const FormData& f = posted->fields;
  View v;
  v.Set("v_code", f.GetOr("code", ""));
  Result<service::GuardVerdict> verdict = AdmitLookUp(site.backend(), *s->guard, request, f);
  if (!verdict.ok()) return site.Error(503, "服务暂不可用", "请稍后再试。");
  if (*verdict != service::GuardVerdict::kOk) {
    v.Set("notice", service::GuardMessage(*verdict));
    return ShowForm(site, request, *s, std::move(v),
                    *verdict == service::GuardVerdict::kTooMany ? 429 : 422);
  }
  Result<service::TrackedMessage> t = s->mail->Track(f.GetOr("code", ""), f.GetOr("phone", ""));
  if (!t.ok()) {
    if (t.status().code() != StatusCode::kNotFound) return site.Error(500, "查询未成功", "请稍后再试。");
    v.Set("notice", "查询码或联系电话不正确，请核对后重新输入。");
    return ShowForm(site, request, *s, std::move(v), 404);
  }
  View m;
  m.Set("title", t->title);
  m.Set("category", domain::MessageCategoryLabel(t->category));
  m.Set("mailbox", t->mailbox);
  m.Set("received_on", t->received_on.ToString());
  m.Set("state", StateWords(t->state));
  m.Set("handler", t->handler);
  m.Set("reply_due_on", t->reply_due_on.ToString());
  m.Set("extension_reason", t->extension_reason);
  m.Set("reply", t->reply);
  m.Set("replied_on", t->replied_on ? t->replied_on->ToString() : std::string());
  m.Set("closing", t->closing);
  m.Set("published", t->published);
  v.Set("found", true);
  v.Set("letter", std::move(m));
  return ShowForm(site, request, *s, std::move(v), 200);
}

}  // namespace gongkai::web
