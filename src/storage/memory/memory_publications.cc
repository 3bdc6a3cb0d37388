// The in-memory fake of the publication store. Search has no index: it
// tokenizes every public publication per query (fine for unit tests).
#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "storage/codes.h"
#include "storage/memory/memory_state.h"

namespace gongkai::storage {
namespace memory {
namespace {

std::string Where(int64_t id) { return "信息 " + std::to_string(id); }

bool Matches(const service::PublicationFilter& f, const domain::Publication& p,
             const Data& d) {
  if (!InIds(f.agency_ids, p.agency_id)) return false;
  if (f.kind && p.kind != *f.kind) return false;
  if (f.state && p.state != *f.state) return false;
  if (f.year && (!p.published_on || p.published_on->year != *f.year)) return false;
  if (!f.topic_prefix.empty() && p.content.topic != f.topic_prefix &&
      !p.content.topic.starts_with(f.topic_prefix + "\\")) {
    return false;
  }
  if (f.article20_item > 0 && p.content.article20_item != f.article20_item) return false;
  if ((f.public_only || f.in_force_only || f.missing_interpretation) && !domain::IsPublic(p)) {
    return false;
  }
  if (f.in_force_only && p.validity != domain::Validity::kValid) return false;
  if (f.missing_interpretation) {
    if (!domain::HasValidity(p.kind) || p.validity != domain::Validity::kValid) return false;
    for (const auto& [from, to, kind] : d.links) {
      if (to != p.id || kind != domain::LinkKind::kInterprets) continue;
      auto it = d.publications.find(from);
      if (it != d.publications.end() && domain::IsPublic(it->second.header)) return false;
    }
  }
  return true;
}

// The header with the content of `version` (the body left out unless asked).
domain::Publication WithVersion(const StoredPublication& sp, int version, bool body) {
  domain::Publication p = sp.header;
  p.content = sp.versions.at(static_cast<size_t>(version - 1)).content;
  if (!body) {
    p.content.body_html.clear();
    p.content.body_text.clear();
    p.content.attachments.clear();
  }
  return p;
}

// Positions of the phrase's terms in `terms` (consecutive; the last one a
// prefix when asked).
int CountPhrase(const std::vector<std::string>& terms, const service::QueryPhrase& q) {
  int n = 0;
  for (size_t i = 0; i + q.terms.size() <= terms.size(); ++i) {
    bool all = true;
    for (size_t k = 0; k < q.terms.size() && all; ++k) {
      const bool last = k + 1 == q.terms.size();
      all = q.prefix && last ? terms[i + k].starts_with(q.terms[k]) : terms[i + k] == q.terms[k];
    }
    if (all) ++n;
  }
  return n;
}

class Publications final : public service::PublicationStore {
 public:
  Publications(std::shared_ptr<State> s, const service::TextTokenizer* tokenizer)
      : s_(std::move(s)), tokenizer_(tokenizer) {}

  Result<int64_t> Create(const domain::Publication& p, const std::string& created_by,
                         const domain::PublicationLogEntry& first) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      if (!d.agencies.count(p.agency_id)) {
        return Status::InvalidInput("机关 " + std::to_string(p.agency_id) + " 不存在");
      }
      if (p.content.title.empty()) return Status::InvalidInput("信息名称不能为空");
      StoredPublication sp;
      sp.header = p;
      sp.header.id = NextId(d.publications);
      sp.header.state = domain::PublicationState::kDraft;
      sp.header.latest_version = 1;
      sp.header.published_version.reset();
      sp.header.index_no.clear();
      domain::PublicationVersion v;
      v.version = 1;
      v.content = p.content;
      v.created_by = created_by;
      v.created_at = first.at.empty() ? UtcNow() : first.at;
      sp.versions.push_back(v);
      domain::PublicationLogEntry e = first;
      e.seq = 1;
      e.version = 1;
      if (e.at.empty()) e.at = v.created_at;
      sp.log.push_back(e);
      const int64_t id = sp.header.id;
      d.publications[id] = std::move(sp);
      return id;
    });
  }

  Result<domain::Publication> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<domain::Publication> {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      return WithVersion(**sp, (*sp)->header.latest_version, true);
    });
  }

  Result<domain::Publication> GetForUpdate(int64_t id) override { return Get(id); }

  Result<domain::PublicationVersion> GetVersion(int64_t id, int version) override {
    return With(*s_, [&](Data& d) -> Result<domain::PublicationVersion> {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      if (version < 1 || version > static_cast<int>((*sp)->versions.size())) {
        return Status::NotFound(Where(id) + " 没有第 " + std::to_string(version) + " 版");
      }
      return (*sp)->versions[static_cast<size_t>(version - 1)];
    });
  }

  Result<std::vector<domain::PublicationVersion>> Versions(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::PublicationVersion>> {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      return (*sp)->versions;
    });
  }

  Status SaveDraft(int64_t id, const domain::PublicationContent& content) override {
    return With(*s_, [&](Data& d) -> Status {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      domain::PublicationVersion& v = (*sp)->versions.back();
      if (v.published_at) {
        return Status::InvalidInput(Where(id) + " 第 " + std::to_string(v.version) +
                                    " 版已发布，不能改写；修改会形成新版本");
      }
      if (content.title.empty()) return Status::InvalidInput("信息名称不能为空");
      v.content = content;
      return Status::Ok();
    });
  }

  Status AddVersion(int64_t id, int version, const domain::PublicationContent& content,
                    const std::string& created_by) override {
    return With(*s_, [&](Data& d) -> Status {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      if (version != (*sp)->header.latest_version + 1) {
        return Status::Conflict(Where(id) + " 的版本已变为第 " +
                                std::to_string((*sp)->header.latest_version) + " 版（有人同时修改）");
      }
      domain::PublicationVersion v;
      v.version = version;
      v.content = content;
      v.created_by = created_by;
      v.created_at = UtcNow();
      (*sp)->versions.push_back(std::move(v));
      (*sp)->header.latest_version = version;
      return Status::Ok();
    });
  }

  Status UpdateHeader(const domain::Publication& p,
                      const std::optional<std::string>& published_version_at) override {
    return With(*s_, [&](Data& d) -> Status {
      Result<StoredPublication*> sp = Find(d, p.id);
      if (!sp.ok()) return sp.status();
      domain::Publication& h = (*sp)->header;
      if (!h.index_no.empty() && p.index_no != h.index_no) {
        return Status::InvalidInput("索引号一经编制不能更改");
      }
      if (!p.index_no.empty()) {
        for (const auto& [other, o] : d.publications) {
          if (other != p.id && o.header.index_no == p.index_no) {
            return Status::InvalidInput("索引号“" + p.index_no + "”已被其他信息使用");
          }
        }
      }
      if (published_version_at) {
        if (!p.published_version) return Status::Internal("发布时间须对应一个已发布的版本");
        domain::PublicationVersion& v =
            (*sp)->versions.at(static_cast<size_t>(*p.published_version - 1));
        if (!v.published_at) v.published_at = *published_version_at;
      }
      domain::PublicationContent keep = h.content;
      h = p;
      h.content = keep;
      return Status::Ok();
    });
  }

  Result<int64_t> AppendLog(int64_t id, const domain::PublicationLogEntry& entry) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      if (entry.actor.empty()) return Status::InvalidInput(Where(id) + " 的审核记录缺少操作人");
      domain::PublicationLogEntry e = entry;
      e.seq = static_cast<int64_t>((*sp)->log.size()) + 1;
      if (e.at.empty()) e.at = UtcNow();
      if (e.data.empty()) e.data = "{}";
      (*sp)->log.push_back(e);
      return e.seq;
    });
  }

  Result<std::vector<domain::PublicationLogEntry>> Log(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::PublicationLogEntry>> {
      Result<StoredPublication*> sp = Find(d, id);
      if (!sp.ok()) return sp.status();
      return (*sp)->log;
    });
  }

  Result<int64_t> NextIndexSerial(const std::string& scope) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> { return ++d.index_serials[scope]; });
  }

  Status ReserveIndexNumber(const std::string& index_no) override {
    return With(*s_, [&](Data& d) -> Status {
      for (const auto& [id, sp] : d.publications) {
        if (sp.header.index_no == index_no) {
          return Status::InvalidInput("索引号“" + index_no + "”已被信息 " + std::to_string(id) +
                                      " 使用，索引号不能重复，也不能重复使用");
        }
      }
      return Status::Ok();
    });
  }

  Status AddLink(int64_t from_id, int64_t to_id, domain::LinkKind kind) override {
    return With(*s_, [&](Data& d) -> Status {
      for (int64_t id : {from_id, to_id}) {
        if (!d.publications.count(id)) return Status::InvalidInput("信息 " + std::to_string(id) + " 不存在");
      }
      if (from_id == to_id) return Status::InvalidInput(Where(from_id) + " 不能关联自身");
      d.links.insert({from_id, to_id, kind});
      return Status::Ok();
    });
  }

  Result<std::vector<int64_t>> LinksFrom(int64_t id, domain::LinkKind kind) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<int64_t>> {
      std::vector<int64_t> out;
      for (const auto& [from, to, k] : d.links) {
        if (from == id && k == kind) out.push_back(to);
      }
      std::sort(out.begin(), out.end());
      return out;
    });
  }

  Result<std::vector<int64_t>> LinksTo(int64_t id, domain::LinkKind kind) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<int64_t>> {
      std::vector<int64_t> out;
      for (const auto& [from, to, k] : d.links) {
        if (to == id && k == kind) out.push_back(from);
      }
      std::sort(out.begin(), out.end());
      return out;
    });
  }

  Result<std::vector<domain::Publication>> List(const service::PublicationFilter& f) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<domain::Publication>> {
      std::vector<domain::Publication> all = Filtered(d, f);
      const size_t from = std::min(all.size(), static_cast<size_t>(std::max(f.offset, 0)));
      const size_t to = f.limit > 0 ? std::min(all.size(), from + static_cast<size_t>(f.limit))
                                    : all.size();
      return std::vector<domain::Publication>(all.begin() + static_cast<std::ptrdiff_t>(from),
                                              all.begin() + static_cast<std::ptrdiff_t>(to));
    });
  }

  Result<int64_t> Count(const service::PublicationFilter& f) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      return static_cast<int64_t>(Filtered(d, f).size());
    });
  }

  Result<std::vector<service::PublicationGroup>> CountGroups(const service::PublicationFilter& f) override {
    return With(*s_, [&](Data& d) -> Result<std::vector<service::PublicationGroup>> {
      service::PublicationFilter all = f;
      all.limit = 0;
      all.offset = 0;
      std::map<std::tuple<int64_t, std::string, int>, int64_t> counts;
      for (const domain::Publication& p : Filtered(d, all)) {
        ++counts[{p.agency_id, p.content.topic, p.content.article20_item}];
      }
      std::vector<service::PublicationGroup> out;
      for (const auto& [key, n] : counts) {
        out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
      }
      return out;
    });
  }

  Status Index(int64_t id) override {
    return With(*s_, [&](Data& d) -> Status { return Find(d, id).status(); });
  }

  Result<service::SearchPage> Search(const service::SearchRequest& r) override {
    if (!tokenizer_) return Status::Internal("数据库未配置中文分词器，无法更新或使用检索索引");
    return With(*s_, [&](Data& d) -> Result<service::SearchPage> {
      service::SearchPage page;
      if (r.query.phrases.empty()) return page;
      service::PublicationFilter f = r.filter;
      f.public_only = true;
      f.limit = 0;
      f.offset = 0;
      std::vector<service::SearchHit> hits;
      for (const domain::Publication& listed : Filtered(d, f)) {
        const StoredPublication& sp = d.publications.at(listed.id);
        domain::Publication p = WithVersion(sp, *sp.header.published_version, true);
        std::vector<std::string> title_terms, body_terms;
        for (auto& t : tokenizer_->Tokenize(p.content.title + " " + p.content.doc_no)) {
          title_terms.push_back(std::move(t.term));
        }
        for (auto& t : tokenizer_->Tokenize(p.content.summary + "\n" + p.content.keywords + "\n" +
                                            p.content.body_text)) {
          body_terms.push_back(std::move(t.term));
        }
        double score = 0;
        bool all = true;
        for (const service::QueryPhrase& q : r.query.phrases) {
          const int in_title = CountPhrase(title_terms, q);
          const int in_body = CountPhrase(body_terms, q);
          if (in_title + in_body == 0) all = false;
          score += 4.0 * in_title + in_body;
        }
        if (all) hits.push_back({std::move(p), score});
      }
      // The stores' bounds (SearchRequest): counted up to count_cap; above
      // rank_window matches only the newest rank_window by entry are ordered
      // and paged.
      const size_t cap = static_cast<size_t>(std::max(r.count_cap, 1));
      const size_t window = std::min(static_cast<size_t>(std::max(r.rank_window, 1)), cap);
      page.more = hits.size() > cap;
      page.total = static_cast<int64_t>(std::min(hits.size(), cap));
      if (hits.size() > window) {
        std::sort(hits.begin(), hits.end(),
                  [](const auto& a, const auto& b) { return a.publication.id > b.publication.id; });
        hits.resize(window);
      }
      page.pageable = static_cast<int64_t>(hits.size());
      std::stable_sort(hits.begin(), hits.end(), [&](const auto& a, const auto& b) {
        if (r.order == service::SearchOrder::kNewest) {
          return std::tie(a.publication.published_on, a.publication.id) >
                 std::tie(b.publication.published_on, b.publication.id);
        }
        return a.score != b.score ? a.score > b.score : a.publication.id > b.publication.id;
      });
      const size_t from = std::min(hits.size(), static_cast<size_t>(std::max(r.offset, 0)));
      const size_t to = std::min(hits.size(), from + static_cast<size_t>(std::max(r.limit, 1)));
      page.hits.assign(hits.begin() + static_cast<std::ptrdiff_t>(from),
                       hits.begin() + static_cast<std::ptrdiff_t>(to));
      return page;
    });
  }

  Status RebuildIndex(const std::function<void(int64_t, int64_t)>& progress) override {
    return With(*s_, [&](Data& d) -> Status {
      const int64_t n = static_cast<int64_t>(d.publications.size());
      if (progress) progress(n, n);
      return Status::Ok();
    });
  }

  Result<service::NormativeCounts> CountNormative(const std::vector<int64_t>& agency_ids,
                                                  domain::PublicationKind kind,
                                                  int year) override {
    return With(*s_, [&](Data& d) -> Result<service::NormativeCounts> {
      service::NormativeCounts c;
      const CivilDate first{year, 1, 1}, last{year, 12, 31};
      for (const auto& [id, sp] : d.publications) {
        const domain::Publication& h = sp.header;
        if (h.kind != kind || !InIds(agency_ids, h.agency_id) || !domain::IsPublic(h)) continue;
        const std::optional<CivilDate>& formed =
            sp.versions.at(static_cast<size_t>(*h.published_version - 1)).content.formed_on;
        const std::optional<CivilDate>& changed = h.validity_changed_on;
        if (formed && *formed >= first && *formed <= last) ++c.issued;
        if (changed && *changed >= first && *changed <= last) ++c.abolished;
        if (formed && *formed <= last && (!changed || *changed > last)) ++c.in_force;
      }
      return c;
    });
  }

 private:
  static Result<StoredPublication*> Find(Data& d, int64_t id) {
    auto it = d.publications.find(id);
    if (it == d.publications.end()) return Status::NotFound(Where(id) + " 不存在");
    return &it->second;
  }

  static std::vector<domain::Publication> Filtered(const Data& d, const service::PublicationFilter& f) {
    const bool visible = f.public_only || f.in_force_only || f.missing_interpretation;
    std::vector<domain::Publication> out;
    for (const auto& [id, sp] : d.publications) {
      const int version =
          visible ? sp.header.published_version.value_or(sp.header.latest_version)
                  : sp.header.latest_version;
      domain::Publication p = WithVersion(sp, version, false);
      if (Matches(f, p, d)) out.push_back(std::move(p));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      if (a.published_on.has_value() != b.published_on.has_value()) return a.published_on.has_value();
      return std::tie(a.published_on, a.id) > std::tie(b.published_on, b.id);
    });
    return out;
  }

  std::shared_ptr<State> s_;
  const service::TextTokenizer* tokenizer_;
};

}  // namespace

std::unique_ptr<service::PublicationStore> NewPublicationStore(
    std::shared_ptr<State> s, const service::TextTokenizer* tokenizer) {
  return std::make_unique<Publications>(std::move(s), tokenizer);
}

}  // namespace memory
}  // namespace gongkai::storage
