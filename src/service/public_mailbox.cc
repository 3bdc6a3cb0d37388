#include "service/public_mailbox.h"

#include <algorithm>
#include <map>

namespace gongkai::service {
namespace {

Result<std::string> AgencyName(Database& db, std::map<int64_t, std::string>& cache, int64_t id) {
  auto it = cache.find(id);
  if (it != cache.end()) return it->second;
  Result<domain::Agency> a = db.agencies().Get(id);
  if (!a.ok()) return a.status();
  return cache[id] = a->name;
}

Result<PublicLetter> ToPublic(Database& db, std::map<int64_t, std::string>& names,
                              const domain::Message& m) {
  PublicLetter p;
  p.id = m.id;
  p.category = m.category;
  Result<std::string> mailbox = AgencyName(db, names, m.agency_id);
  if (!mailbox.ok()) return mailbox.status();
  p.mailbox = *mailbox;
  Result<std::string> handler = AgencyName(db, names, m.handler_id.value_or(m.agency_id));
  if (!handler.ok()) return handler.status();
  p.handler = *handler;
  p.received_on = m.received_on;
  p.replied_on = m.replied_on;
  p.exchange = *m.published;
  if (m.extended) p.extension_reason = m.extension_reason;
  return p;
}

}  // namespace

Result<PublicLetterPage> ListPublicLetters(Database& db, int page) {
  MessageFilter filter;
  filter.state = domain::MessageState::kPublished;
  Result<std::vector<domain::Message>> all = db.messages().List(filter);
  if (!all.ok()) return all.status();
  std::erase_if(*all, [](const domain::Message& m) { return !m.published.has_value(); });
  std::sort(all->begin(), all->end(), [](const domain::Message& a, const domain::Message& b) {
    if (a.published->published_at != b.published->published_at) {
      return a.published->published_at > b.published->published_at;
    }
    return a.id > b.id;
  });
  PublicLetterPage out;
  out.total = static_cast<int64_t>(all->size());
  out.pages = static_cast<int>((out.total + kLettersPerPage - 1) / kLettersPerPage);
  const size_t from = static_cast<size_t>(std::max(page - 1, 0)) * kLettersPerPage;
  std::map<int64_t, std::string> names;
  for (size_t i = from; i < all->size() && i < from + kLettersPerPage; ++i) {
    Result<PublicLetter> p = ToPublic(db, names, (*all)[i]);
    if (!p.ok()) return p.status();
    out.letters.push_back(std::move(*p));
  }
  return out;
}

Result<PublicLetter> GetPublicLetter(Database& db, int64_t id) {
  Result<domain::Message> m = db.messages().Get(id);
  if (!m.ok()) return m.status();
  if (m->state != domain::MessageState::kPublished || !m->published) {
    return Status::NotFound("留言 " + std::to_string(id) + " 未公开");
  }
  std::map<int64_t, std::string> names;
  return ToPublic(db, names, *m);
}

}  // namespace gongkai::service
