// /hdjl/: the leader's mailbox (领导信箱) — the published exchanges, newest
// first and paged, each at /hdjl/{id}.html, with links to write and to
// follow a letter. Only what MessageService::Publish masked is shown.
#include <charconv>
#include <string>
#include <utility>
#include <vector>

#include "service/public_mailbox.h"
#include "web/form_data.h"
#include "web/pages.h"
#include "web/site.h"

namespace gongkai::web {
namespace {

View LetterLine(const service::PublicLetter& l) {
  View v;
  v.Set("url", "/hdjl/" + std::to_string(l.id) + ".html");
  v.Set("title", l.exchange.title);
  v.Set("category", domain::MessageCategoryLabel(l.category));
  v.Set("mailbox", l.mailbox);
  v.Set("handler", l.handler);
  v.Set("received_on", l.received_on.ToString());
  v.Set("replied_on", l.replied_on ? l.replied_on->ToString() : std::string());
  return v;
}

View MailboxMeta() {
  View meta;
  meta.Set("column_name", "领导信箱");
  meta.Set("column_type", "互动交流");
  return meta;
}

Response ListPage(Site& site, const Request& request, service::Database& db) {
  const int page = FormData::Parse(request.query).IntOr("page", 1, 1, 100000);
  Result<service::PublicLetterPage> letters = service::ListPublicLetters(db, page);
  if (!letters.ok()) return site.Error(500, "服务器内部错误", "请稍后再试。");
  if (letters->pages > 0 && page > letters->pages) return site.NotFound(request);
  std::vector<View> lines;
  for (const service::PublicLetter& l : letters->letters) lines.push_back(LetterLine(l));
  View v;
  v.Set("letters", std::move(lines));
  v.Set("any", !letters->letters.empty());
  v.Set("total", std::to_string(letters->total));
  v.Set("page", std::to_string(page));
  v.Set("pages", std::to_string(std::max(letters->pages, 1)));
  v.Set("has_prev", page > 1);
  v.Set("prev_url", "/hdjl/?page=" + std::to_string(page - 1));
  v.Set("has_next", page < letters->pages);
  v.Set("next_url", "/hdjl/?page=" + std::to_string(page + 1));
  return site.Page(200, "mailbox", v, "领导信箱", MailboxMeta());
}

Response LetterPage(Site& site, const Request& request, service::Database& db, int64_t id) {
  Result<service::PublicLetter> l = service::GetPublicLetter(db, id);
  if (!l.ok()) {
    if (l.status().code() == StatusCode::kNotFound) return site.NotFound(request);
    return site.Error(500, "服务器内部错误", "请稍后再试。");
  }
  View v = LetterLine(*l);
  v.Set("body", l->exchange.body);
  v.Set("reply", l->exchange.reply);
  v.Set("published_on", l->exchange.published_on.ToString());
  v.Set("extension_reason", l->extension_reason);
  View meta = MailboxMeta();
  meta.Set("article_title", l->exchange.title);
  meta.Set("pub_date", l->exchange.published_on.ToString());
  meta.Set("content_source", l->handler);
  meta.Set("keywords", "领导信箱");
  meta.Set("description", l->exchange.title);
  meta.Set("url", "/hdjl/" + std::to_string(id) + ".html");
  return site.Page(200, "letter", v, l->exchange.title, std::move(meta));
}

}  // namespace

Response MailboxPage(Site& site, const Request& request, std::string_view rest) {
  Result<service::Database*> db = site.backend().ThreadDatabase();
  if (!db.ok()) return site.Error(503, "服务暂不可用", "数据库暂时无法访问，请稍后再试。");
  if (rest.empty()) return ListPage(site, request, **db);
  constexpr std::string_view kSuffix = ".html";
  if (rest.size() > kSuffix.size() && rest.substr(rest.size() - kSuffix.size()) == kSuffix) {
    const std::string_view digits = rest.substr(0, rest.size() - kSuffix.size());
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec == std::errc() && end == digits.data() + digits.size() && id > 0 && digits[0] != '0') {
      return LetterPage(site, request, **db, id);
    }
  }
  return site.NotFound(request);
}

}  // namespace gongkai::web
