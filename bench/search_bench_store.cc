// search_bench's product engines, the part SQLite and PostgreSQL share:
// loading through PublicationStore calls in batched transactions (what
// PublicationService::Create + Publish write, without the screen and review
// steps), RebuildIndex, Search, and the what-if search's hits.
#include "bench/search_bench_store.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "search/snippet.h"
#include "storage/open_database.h"

namespace gongkai::bench {

int g_what_if_count_cap = 10000;
int g_what_if_rank_candidates = 1000;
bool g_what_if_hybrid = false;

void SetWhatIf(int count_cap, int rank_candidates, bool hybrid) {
  g_what_if_count_cap = count_cap;
  g_what_if_rank_candidates = rank_candidates;
  g_what_if_hybrid = hybrid;
}

namespace {

std::string Html(const std::string& body) {
  std::string out = "<p>";
  out.reserve(body.size() + body.size() / 40 + 16);
  for (char ch : body) {
    if (ch == '\n') {
      out += "</p>\n<p>";
    } else {
      out += ch;
    }
  }
  return out + "</p>";
}

}  // namespace

std::string Fts5Match(const service::TextQuery& q) {
  std::string out;
  for (const service::QueryPhrase& p : q.phrases) {
    if (!out.empty()) out += " AND ";
    out += '"';
    for (size_t i = 0; i < p.terms.size(); ++i) out += (i ? " " : "") + p.terms[i];
    out += '"';
    if (p.prefix) out += " *";
  }
  return out;
}
std::string PgQuery(const service::TextQuery& q) {
  std::string out;
  for (const service::QueryPhrase& p : q.phrases) {
    if (!out.empty()) out += " & ";
    out += '(';
    for (size_t i = 0; i < p.terms.size(); ++i) out += (i ? " <-> '" : "'") + p.terms[i] + "'";
    out += ')';
  }
  return out;
}

LoadStats StoreEngine::Load(const SearchCorpus& corpus, int64_t n, int batch) {
  storage::OpenOptions options;
  options.tokenizer = &timed_;
  options.create = true;
  db_ = Must(storage::OpenDatabase(url(), options), "open");
  Must(db_->Migrate(), "migrate");
  AddAgencies(corpus);
  LoadStats s;
  std::vector<CorpusDoc> docs;
  double index_wall = 0, index_cpu = 0;
  phase_wall_[0] = phase_wall_[1] = 0;
  const double tok0 = timed_.cpu();
  int64_t next_report = n / 10;
  for (int64_t start = 1; start <= n; start += batch) {
    const int64_t end = std::min(n, start + batch - 1);
    const double g = ThreadCpuSeconds();
    docs.clear();
    for (int64_t seq = start; seq <= end; ++seq) docs.push_back(corpus.Doc(seq));
    s.generate_cpu += ThreadCpuSeconds() - g;
    const double w = WallSeconds(), c = ProcessCpuSeconds(), sc = ServerCpu();
    Must(db_->Transaction([&]() -> Status {
      for (size_t i = 0; i < docs.size(); ++i) {
        Status st =
            Publish(corpus, docs[i], start + static_cast<int64_t>(i), index_wall, index_cpu);
        if (!st.ok()) return st;
      }
      return Status::Ok();
    }),
         "load batch");
    s.wall += WallSeconds() - w;
    s.cpu += ProcessCpuSeconds() - c;
    if (sc >= 0) s.server_cpu = std::max(0.0, s.server_cpu) + ServerCpu() - sc;
    for (const CorpusDoc& d : docs) {
      s.body_chars += d.body_chars;
      s.text_bytes += static_cast<int64_t>(d.title.size() + d.keywords.size() + d.body.size());
    }
    if (end >= next_report) {
      std::printf("    %s: %" PRId64 " documents, %.0f s, %.0f docs/s\n", name().c_str(), end,
                  s.wall, static_cast<double>(end) / s.wall);
      std::fflush(stdout);
      next_report += std::max<int64_t>(1, n / 10);
    }
  }
  s.docs = n;
  s.tokenizer_cpu = timed_.cpu() - tok0;
  s.index_wall = index_wall;
  s.index_cpu = index_cpu;
  std::printf(
      "    wall time by store call: Create %.1f s, NextIndexSerial + UpdateHeader + "
      "AppendLog %.1f s, Index %.1f s, the rest (commits) %.1f s\n",
      phase_wall_[0], phase_wall_[1], index_wall,
      s.wall - phase_wall_[0] - phase_wall_[1] - index_wall);
  AfterLoad();
  s.disk_bytes = DiskBytes();
  return s;
}

LoadStats StoreEngine::Rebuild() {
  LoadStats s;
  const double w = WallSeconds(), c = ProcessCpuSeconds(), sc = ServerCpu(), tok0 = timed_.cpu();
  Must(db_->publications().RebuildIndex([&](int64_t, int64_t total) { s.docs = total; }),
       "RebuildIndex");
  s.wall = WallSeconds() - w;
  s.cpu = ProcessCpuSeconds() - c;
  if (sc >= 0) s.server_cpu = ServerCpu() - sc;
  s.tokenizer_cpu = timed_.cpu() - tok0;
  AfterLoad();
  s.disk_bytes = DiskBytes();
  return s;
}

QueryOutcome StoreEngine::Run(const CorpusQuery& q, const service::TextQuery& parsed) {
  service::SearchRequest r;
  r.query = parsed;
  r.limit = 20;
  if (q.agency) r.filter.agency_ids = {agency_ids_[static_cast<size_t>(*q.agency)]};
  if (q.year) r.filter.year = *q.year;
  r.filter.in_force_only = q.in_force_only;
  const service::SearchPage page = Must(db_->publications().Search(r), "search");
  QueryOutcome o;
  o.total = page.total;
  o.total_estimated = page.more;  // counted up to SearchRequest::count_cap
  o.hits = static_cast<int>(page.hits.size());
  for (const service::SearchHit& h : page.hits) {
    for (const search::SnippetPart& part :
         search::MakeSnippet(h.publication.content.body_text, parsed, tok_)) {
      o.snippet_chars += part.text.size();
    }
    for (const search::SnippetPart& part :
         search::HighlightTitle(h.publication.content.title, parsed, tok_)) {
      o.snippet_chars += part.text.size();
    }
  }
  return o;
}

QueryOutcome StoreEngine::RunVariant(const CorpusQuery& q, const service::TextQuery& parsed) {
  std::string filter;
  if (q.agency)
    filter +=
        " AND p.agency_id IN (" + std::to_string(agency_ids_[static_cast<size_t>(*q.agency)]) + ")";
  if (q.year) {
    filter += " AND p.published_on >= '" + std::to_string(*q.year) +
              "-01-01' AND p.published_on <= '" + std::to_string(*q.year) + "-12-31'";
  }
  if (q.in_force_only) filter += " AND p.validity = 'valid'";
  std::vector<int64_t> ids;
  QueryOutcome o;
  Capped(parsed, filter, ids, o.total);
  o.total_estimated = o.total > g_what_if_count_cap;
  for (int64_t id : ids) {
    const domain::Publication p = Must(db_->publications().Get(id), "Get");
    ++o.hits;
    for (const search::SnippetPart& part : search::MakeSnippet(p.content.body_text, parsed, tok_)) {
      o.snippet_chars += part.text.size();
    }
    for (const search::SnippetPart& part : search::HighlightTitle(p.content.title, parsed, tok_)) {
      o.snippet_chars += part.text.size();
    }
  }
  return o;
}

void StoreEngine::Form(const char* label, const std::function<std::string()>& run) {
  std::string value;
  const double t = MedianSeconds(3, [&] { value = run(); });
  std::printf("      %-62s %9.1f ms  %s\n", label, t * 1e3, value.c_str());
  std::fflush(stdout);
}

void StoreEngine::AddAgencies(const SearchCorpus& corpus) {
  agency_ids_.clear();
  for (size_t i = 0; i < corpus.Agencies().size(); ++i) {
    domain::Agency a;
    a.name = corpus.Agencies()[i];
    a.kind = i == 0 ? domain::AgencyKind::kGovernment : domain::AgencyKind::kDepartment;
    a.code = "a" + std::to_string(i);
    a.org_code = "LJ" + std::to_string(100000 + i);
    if (i > 0) a.parent_id = agency_ids_[0];
    agency_ids_.push_back(Must(db_->agencies().Add(a), "add agency"));
  }
}

Status StoreEngine::Publish(const SearchCorpus& corpus, const CorpusDoc& d, int64_t seq,
                            double& index_wall, double& index_cpu) {
  service::PublicationStore& store = db_->publications();
  domain::Publication p;
  p.agency_id = agency_ids_[static_cast<size_t>(d.agency)];
  p.kind = d.kind;
  if (domain::HasValidity(d.kind)) p.effective_on = d.formed_on;
  domain::PublicationContent& c = p.content;
  c.title = d.title;
  c.publisher = corpus.Agencies()[static_cast<size_t>(d.agency)];
  c.doc_no = d.doc_no;
  c.formed_on = d.formed_on;
  c.topic = d.topic;
  c.article20_item = d.article20_item;
  c.keywords = d.keywords;
  c.body_text = d.body;
  c.body_html = Html(d.body);
  const std::string at = d.published_on.ToString() + "T02:00:00Z";
  domain::PublicationLogEntry first;
  first.action = domain::PublicationAction::kCreate;
  first.actor = "bench";
  first.at = at;
  const double w0 = WallSeconds();
  Result<int64_t> id = store.Create(p, "bench", first);
  const double w1 = WallSeconds();
  phase_wall_[0] += w1 - w0;
  if (!id.ok()) return id.status();
  if (*id != seq)
    return Status::Internal("publication id " + std::to_string(*id) + " ≠ " + std::to_string(seq) +
                            ": not a fresh database");
  p.id = *id;
  const std::string scope =
      "LJ" + std::to_string(100000 + d.agency) + "/" + std::to_string(d.published_on.year);
  Result<int64_t> serial = store.NextIndexSerial(scope);
  if (!serial.ok()) return serial.status();
  char number[16];
  std::snprintf(number, sizeof number, "-%05" PRId64, *serial);
  p.index_no = scope + number;
  p.state = domain::PublicationState::kPublished;
  p.published_version = 1;
  p.published_at = at;
  p.published_on = d.published_on;
  p.validity = d.validity;
  p.validity_changed_on = d.validity_changed_on;
  Status header = store.UpdateHeader(p, at);
  if (!header.ok()) return header;
  domain::PublicationLogEntry published;
  published.action = domain::PublicationAction::kPublish;
  published.actor = "bench";
  published.at = at;
  published.data = "{\"index_no\":\"" + p.index_no + "\"}";
  Result<int64_t> logged = store.AppendLog(p.id, published);
  if (!logged.ok()) return logged.status();
  const double w = WallSeconds(), cpu = ThreadCpuSeconds();
  phase_wall_[1] += w - w1;
  Status indexed = store.Index(p.id);
  index_wall += WallSeconds() - w;
  index_cpu += ThreadCpuSeconds() - cpu;
  return indexed;
}

}  // namespace gongkai::bench
