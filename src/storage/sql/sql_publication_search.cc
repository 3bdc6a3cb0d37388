// The publication search index over SqlConnection: an FTS5 table tokenized
// by the project's tokenizer on SQLite, a tsvector('simple') of the same
// tokens with a GIN index on PostgreSQL. Both are written in the caller's
// transaction, so the index always matches the publications.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>

#include "storage/sql/sql_publication_rows.h"
#include "storage/sql/sql_publication_store.h"

namespace gongkai::storage::sql {
namespace {

// What is indexed of a version: the title with its 文号, and the body with
// the summary and keywords.
struct IndexedText {
  std::string title;
  std::string body;
};

IndexedText TextOf(const domain::PublicationContent& c) {
  IndexedText t;
  t.title = c.title;
  if (!c.doc_no.empty()) t.title += " " + c.doc_no;
  t.body = c.summary;
  if (!c.keywords.empty()) t.body += "\n" + c.keywords;
  t.body += "\n" + c.body_text;
  return t;
}

// A tsvector literal term: quoted, with quotes and backslashes doubled.
std::string PgQuote(const std::string& term) {
  std::string out = "'";
  for (char ch : term) {
    if (ch == '\'' || ch == '\\') out += ch;
    out += ch;
  }
  out += "'";
  return out;
}

// PostgreSQL keeps positions 1–16383 (larger ones are clamped) and at most
// 256 positions per lexeme; phrases beyond the 16383rd token of a long body
// can therefore match less exactly than on SQLite (docs/search.md).
constexpr int kPgMaxPosition = 16383;
constexpr size_t kPgMaxPositions = 256;

std::string PgVector(const service::TextTokenizer& tok, const IndexedText& text) {
  std::map<std::string, std::vector<std::string>> positions;
  int pos = 0;
  auto add = [&](std::string_view s, const char* weight) {
    for (service::TextToken& t : tok.Tokenize(s)) {
      pos = std::min(pos + 1, kPgMaxPosition);
      std::vector<std::string>& at = positions[t.term];
      if (at.size() < kPgMaxPositions) at.push_back(std::to_string(pos) + weight);
    }
    pos = std::min(pos + 1, kPgMaxPosition);  // no phrase across the title/body border
  };
  add(text.title, "A");
  add(text.body, "");
  std::string out;
  for (const auto& [term, at] : positions) {
    if (!out.empty()) out += ' ';
    out += PgQuote(term);
    out += ':';
    for (size_t i = 0; i < at.size(); ++i) {
      if (i) out += ',';
      out += at[i];
    }
  }
  return out;
}

// FTS5: each phrase as a quoted string of its terms (the tokenizer's query
// mode splits it on spaces), a trailing * for a prefix; phrases ANDed.
std::string Fts5Match(const service::TextQuery& q) {
  std::string out;
  for (const service::QueryPhrase& p : q.phrases) {
    if (p.terms.empty()) continue;
    if (!out.empty()) out += " AND ";
    out += '"';
    for (size_t i = 0; i < p.terms.size(); ++i) {
      if (i) out += ' ';
      for (char ch : p.terms[i]) {
        if (ch == '"') out += '"';
        out += ch;
      }
    }
    out += '"';
    if (p.prefix) out += " *";
  }
  return out;
}

std::string PgQuery(const service::TextQuery& q) {
  std::string out;
  for (const service::QueryPhrase& p : q.phrases) {
    if (p.terms.empty()) continue;
    if (!out.empty()) out += " & ";
    out += '(';
    for (size_t i = 0; i < p.terms.size(); ++i) {
      if (i) out += " <-> ";
      out += PgQuote(p.terms[i]);
      if (p.prefix && i + 1 == p.terms.size()) out += ":*";
    }
    out += ')';
  }
  return out;
}

}  // namespace

Status SqlPublicationStore::RequireTokenizer() const {
  if (tokenizer_) return Status::Ok();
  return Status::Internal("数据库未配置中文分词器，无法更新或使用检索索引");
}

Status SqlPublicationStore::IndexIn(SqlTx& tx, int64_t id) {
  Status tok = RequireTokenizer();
  if (!tok.ok()) return tok;
  Result<domain::Publication> p = LoadPublicationIn(tx, id, c_.dialect(), false);
  if (!p.ok()) return p.status();
  const bool sqlite = c_.dialect() == SqlDialect::kSqlite;
  Result<SqlRows> removed =
      tx.Exec(sqlite ? "DELETE FROM publication_fts WHERE rowid = $1"
                     : "DELETE FROM publication_search WHERE publication_id = $1",
              {SqlParam::Int(id)});
  if (!removed.ok()) return removed.status();
  if (!domain::IsPublic(*p)) return Status::Ok();
  Result<domain::PublicationVersion> v = LoadVersionIn(tx, id, *p->published_version);
  if (!v.ok()) return v.status();
  const IndexedText text = TextOf(v->content);
  if (sqlite) {
    return tx
        .Exec("INSERT INTO publication_fts (rowid, title, body) VALUES ($1, $2, $3)",
              {SqlParam::Int(id), SqlParam::Text(text.title), SqlParam::Text(text.body)})
        .status();
  }
  return tx
      .Exec("INSERT INTO publication_search (publication_id, tsv) VALUES ($1, CAST($2 AS tsvector))",
            {SqlParam::Int(id), SqlParam::Text(PgVector(*tokenizer_, text))})
      .status();
}

Status SqlPublicationStore::Index(int64_t id) {
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) { return IndexIn(tx, id); });
}

Result<service::SearchPage> SqlPublicationStore::Search(const service::SearchRequest& request) {
  Status tok = RequireTokenizer();
  if (!tok.ok()) return tok;
  service::SearchPage page;
  const bool sqlite = c_.dialect() == SqlDialect::kSqlite;
  const std::string match = sqlite ? Fts5Match(request.query) : PgQuery(request.query);
  if (match.empty()) return page;
  service::PublicationFilter filter = request.filter;
  filter.public_only = true;
  Status st = c_.Transact(TxMode::kRead, [&](SqlTx& tx) -> Status {
    std::vector<SqlParam> params{SqlParam::Text(match)};
    // SQLite: CROSS JOIN keeps the FTS5 table the outer loop. With a plain
    // JOIN and a filter on an indexed column (agency_id) the planner starts
    // from publications and runs the MATCH once per row of the filter
    // (bench/search_bench: 40× slower at 10,000 publications).
    const std::string from =
        sqlite ? " FROM publication_fts f CROSS JOIN publications p ON p.id = f.rowid"
               : " FROM publication_search s JOIN publications p ON p.id = s.publication_id";
    const std::string where =
        PublicationWhere(filter, params) +
        (sqlite ? " AND publication_fts MATCH $1" : " AND s.tsv @@ CAST($1 AS tsquery)");
    // Counted up to the cap: a LIMIT inside stops the scan at cap + 1.
    const int64_t cap = std::max(request.count_cap, 1);
    Result<SqlRows> total = tx.Exec("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT " +
                                        std::to_string(cap + 1) + ") counted",
                                    params);
    if (!total.ok()) return total.status();
    Result<int64_t> n = ToInt(total->at(0)[0], "COUNT(*)");
    if (!n.ok()) return n.status();
    page.more = *n > cap;
    page.total = std::min(*n, cap);
    const int64_t window = std::min<int64_t>(std::max(request.rank_window, 1), cap);
    page.pageable = std::min(page.total, window);
    const std::string score = sqlite ? "-bm25(publication_fts, 4.0, 1.0)"
                                     : "ts_rank_cd(s.tsv, CAST($1 AS tsquery))";
    const int limit = std::max(request.limit, 1), offset = std::max(request.offset, 0);
    const std::string paging =
        " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
    std::string sql;
    if (!page.more && page.total <= window) {
      sql = "SELECT p.id, " + score + from + where +
            (request.order == service::SearchOrder::kNewest
                 ? " ORDER BY p.published_on DESC, p.id DESC"
                 : " ORDER BY 2 DESC, p.id DESC") +
            paging;
    } else {
      // The newest matches by entry: FTS5 walks its doclists backwards by
      // rowid and stops at the window; PostgreSQL sorts the ids only.
      const std::string key = sqlite ? "f.rowid" : "s.publication_id";
      sql = "SELECT id, score FROM (SELECT p.id AS id, p.published_on AS published_on, " + score +
            " AS score" + from + where + " ORDER BY " + key + " DESC LIMIT " +
            std::to_string(window) + ") recent" +
            (request.order == service::SearchOrder::kNewest
                 ? " ORDER BY published_on DESC, id DESC"
                 : " ORDER BY score DESC, id DESC") +
            paging;
    }
    Result<SqlRows> rows = tx.Exec(sql, params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& r : *rows) {
      Result<int64_t> id = ToInt(r[0], "publications.id");
      if (!id.ok()) return id.status();
      // The header only: the content shown is the published version's, so
      // the latest version (LoadPublicationIn) would be read for nothing.
      Result<SqlRows> header = tx.Exec(std::string(kPublicationHeaderSelect) + "WHERE p.id = $1",
                                       {SqlParam::Int(*id)});
      if (!header.ok()) return header.status();
      if (header->empty()) return Status::NotFound("信息 " + std::to_string(*id) + " 不存在");
      Result<domain::Publication> p = PublicationHeaderFromRow(header->at(0));
      if (!p.ok()) return p.status();
      Result<domain::PublicationVersion> v = LoadVersionIn(tx, *id, *p->published_version);
      if (!v.ok()) return v.status();
      p->content = std::move(v->content);
      service::SearchHit hit;
      hit.publication = std::move(*p);
      hit.score = r[1] ? std::atof(r[1]->c_str()) : 0;
      page.hits.push_back(std::move(hit));
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return page;
}

Status SqlPublicationStore::RebuildIndex(const std::function<void(int64_t, int64_t)>& progress) {
  Status tok = RequireTokenizer();
  if (!tok.ok()) return tok;
  return c_.Transact(TxMode::kWrite, [&](SqlTx& tx) -> Status {
    const bool sqlite = c_.dialect() == SqlDialect::kSqlite;
    Result<SqlRows> cleared =
        tx.Exec(sqlite ? "DELETE FROM publication_fts" : "DELETE FROM publication_search");
    if (!cleared.ok()) return cleared.status();
    Result<SqlRows> ids = tx.Exec(
        "SELECT id FROM publications p WHERE p.published_version IS NOT NULL "
        "AND p.state <> 'withdrawn' ORDER BY id");
    if (!ids.ok()) return ids.status();
    const int64_t total = static_cast<int64_t>(ids->size());
    int64_t done = 0;
    if (progress) progress(0, total);
    for (const SqlRow& r : *ids) {
      Result<int64_t> id = ToInt(r[0], "publications.id");
      if (!id.ok()) return id.status();
      Status st = IndexIn(tx, *id);
      if (!st.ok()) return st;
      if (progress && (++done % 256 == 0 || done == total)) progress(done, total);
    }
    // SQLite: the DELETE above left a deletion marker for every old entry
    // beside the new ones (the index twice its size, queries slower) until
    // FTS5 merges them; merge everything now (bench/search_bench at 100,000
    // publications: 909 → 422 MiB, 13 s more on a 91 s rebuild).
    if (sqlite) {
      return tx.Exec("INSERT INTO publication_fts (publication_fts) VALUES ('optimize')").status();
    }
    return Status::Ok();
  });
}

}  // namespace gongkai::storage::sql
