// search_bench's peers of the product: Xapian 1.4 with its CJK n-gram mode
// (the runner-up of LIBRARIES.md), and the floor — a plain SQLite table of
// the same texts scanned with LIKE '%…%'. Both make their snippets with
// search::MakeSnippet, as the product does.
#include <sqlite3.h>

#include <xapian.h>
#include <cinttypes>
#include <cstdio>
#include <filesystem>

#include "bench/search_bench.h"
#include "search/snippet.h"

namespace gongkai::bench {
namespace {

size_t SnippetChars(const std::string& title, const std::string& body,
                    const service::TextQuery& parsed, const service::TextTokenizer& tok) {
  size_t n = 0;
  for (const search::SnippetPart& p : search::MakeSnippet(body, parsed, tok)) n += p.text.size();
  for (const search::SnippetPart& p : search::HighlightTitle(title, parsed, tok))
    n += p.text.size();
  return n;
}

// ---- Xapian -----------------------------------------------------------------

class XapianEngine final : public SearchEngine {
 public:
  XapianEngine(const std::string& dir, int64_t n, const service::TextTokenizer& tok)
      : path_(dir + "/xapian-" + std::to_string(n)), tok_(tok) {
    Drop();
  }
  std::string name() const override { return "Xapian CJK n-gram"; }

  LoadStats Load(const SearchCorpus& corpus, int64_t n, int batch) override {
    LoadStats s;
    try {
      Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OVERWRITE);
      Xapian::TermGenerator tg;
      tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
      std::vector<CorpusDoc> docs;
      int64_t next_report = n / 10;
      for (int64_t start = 1; start <= n; start += batch) {
        const int64_t end = std::min(n, start + batch - 1);
        const double g = ThreadCpuSeconds();
        docs.clear();
        for (int64_t seq = start; seq <= end; ++seq) docs.push_back(corpus.Doc(seq));
        s.generate_cpu += ThreadCpuSeconds() - g;
        const double w = WallSeconds(), c = ProcessCpuSeconds();
        for (size_t i = 0; i < docs.size(); ++i) {
          const CorpusDoc& d = docs[i];
          Xapian::Document xd;
          tg.set_document(xd);
          tg.index_text(d.title, 4);  // the product weighs the title 4:1 in bm25
          tg.increase_termpos();
          tg.index_text(d.keywords);
          tg.increase_termpos();
          tg.index_text(d.body);
          xd.add_boolean_term("A" + std::to_string(d.agency));
          xd.add_boolean_term("Y" + std::to_string(d.published_on.year));
          if (d.validity == domain::Validity::kValid) xd.add_boolean_term("Vvalid");
          xd.set_data(d.title + '\n' + d.body);
          // docids are 1, 2, … in order: the document number, as in the stores.
          db.add_document(xd);
        }
        if (end == n) db.commit();
        s.wall += WallSeconds() - w;
        s.cpu += ProcessCpuSeconds() - c;
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
    } catch (const Xapian::Error& e) {
      Fail("Xapian: " + e.get_description());
    }
    s.docs = n;
    s.disk_bytes = FileBytes(path_);
    db_ = std::make_unique<Xapian::Database>(path_);
    return s;
  }

  QueryOutcome Run(const CorpusQuery& q, const service::TextQuery& parsed) override {
    QueryOutcome o;
    try {
      Xapian::Enquire e(*db_);
      e.set_query(Parse(q));
      const Xapian::MSet m = e.get_mset(0, 20);
      o.total = m.get_matches_estimated();
      o.total_estimated = m.get_matches_lower_bound() != m.get_matches_upper_bound();
      o.hits = static_cast<int>(m.size());
      for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
        const std::string data = it.get_document().get_data();
        const size_t nl = data.find('\n');
        o.snippet_chars += SnippetChars(data.substr(0, nl), data.substr(nl + 1), parsed, tok_);
      }
    } catch (const Xapian::Error& e) {
      Fail("Xapian: " + e.get_description());
    }
    return o;
  }

  void Explain(const CorpusQuery& q, const service::TextQuery&) override {
    try {
      const Xapian::Query xq = Parse(q);
      std::printf("    Xapian: %s\n", xq.get_description().c_str());
      Xapian::Enquire e(*db_);
      e.set_query(xq);
      Xapian::doccount estimated = 0, exact = 0;
      const double top =
          MedianSeconds(3, [&] { estimated = e.get_mset(0, 20).get_matches_estimated(); });
      const double full = MedianSeconds(
          3, [&] { exact = e.get_mset(0, 20, db_->get_doccount()).get_matches_estimated(); });
      std::printf("      %-62s %9.1f ms  about %u matches (estimate)\n",
                  "get_mset(0, 20): top 20 by BM25, early termination", top * 1e3, estimated);
      std::printf("      %-62s %9.1f ms  %u matches (exact)\n",
                  "get_mset(0, 20, doccount): every match counted", full * 1e3, exact);
    } catch (const Xapian::Error& e) {
      Fail("Xapian: " + e.get_description());
    }
  }

  void Drop() override {
    db_.reset();
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }

 private:
  Xapian::Query Parse(const CorpusQuery& q) const {
    Xapian::QueryParser qp;
    qp.set_default_op(Xapian::Query::OP_AND);
    Xapian::Query xq = qp.parse_query(
        q.text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM);
    std::string filter;
    if (q.agency) filter = "A" + std::to_string(*q.agency);
    if (q.year) filter = "Y" + std::to_string(*q.year);
    if (q.in_force_only) filter = "Vvalid";
    if (!filter.empty()) xq = Xapian::Query(Xapian::Query::OP_FILTER, xq, Xapian::Query(filter));
    return xq;
  }

  std::string path_;
  const service::TextTokenizer& tok_;
  std::unique_ptr<Xapian::Database> db_;
};

// ---- LIKE -------------------------------------------------------------------

class LikeEngine final : public SearchEngine {
 public:
  LikeEngine(const std::string& dir, int64_t n, const service::TextTokenizer& tok)
      : path_(dir + "/like-" + std::to_string(n) + ".sqlite"), tok_(tok) {
    Drop();
  }
  ~LikeEngine() override { Close(); }
  std::string name() const override { return "LIKE scan"; }

  LoadStats Load(const SearchCorpus& corpus, int64_t n, int batch) override {
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      Fail("cannot create " + path_);
    }
    Exec(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, agency INTEGER, year INTEGER, "
        "valid INTEGER, title TEXT, body TEXT)");
    sqlite3_stmt* s = Prepare("INSERT INTO docs VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    LoadStats st;
    std::vector<CorpusDoc> docs;
    for (int64_t start = 1; start <= n; start += batch) {
      const int64_t end = std::min(n, start + batch - 1);
      const double g = ThreadCpuSeconds();
      docs.clear();
      for (int64_t seq = start; seq <= end; ++seq) docs.push_back(corpus.Doc(seq));
      st.generate_cpu += ThreadCpuSeconds() - g;
      const double w = WallSeconds(), c = ProcessCpuSeconds();
      Exec("BEGIN");
      for (size_t i = 0; i < docs.size(); ++i) {
        const CorpusDoc& d = docs[i];
        // The text the product indexes: title; keywords and body.
        const std::string body = d.keywords + "\n" + d.body;
        sqlite3_bind_int64(s, 1, start + static_cast<int64_t>(i));
        sqlite3_bind_int(s, 2, d.agency);
        sqlite3_bind_int(s, 3, d.published_on.year);
        sqlite3_bind_int(s, 4, d.validity == domain::Validity::kValid ? 1 : 0);
        sqlite3_bind_text(s, 5, d.title.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 6, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) != SQLITE_DONE) Fail(std::string("SQLite: ") + sqlite3_errmsg(db_));
        sqlite3_reset(s);
      }
      Exec("COMMIT");
      st.wall += WallSeconds() - w;
      st.cpu += ProcessCpuSeconds() - c;
      for (const CorpusDoc& d : docs) {
        st.body_chars += d.body_chars;
        st.text_bytes += static_cast<int64_t>(d.title.size() + d.keywords.size() + d.body.size());
      }
    }
    sqlite3_finalize(s);
    st.docs = n;
    st.disk_bytes = FileBytes(path_);
    return st;
  }

  QueryOutcome Run(const CorpusQuery& q, const service::TextQuery& parsed) override {
    std::vector<std::string> words;
    std::string sql = "SELECT id, title, body FROM docs WHERE 1 = 1";
    size_t at = 0;
    while (at <= q.text.size()) {
      const size_t sp = std::min(q.text.find(' ', at), q.text.size());
      if (sp > at) {
        words.push_back("%" + q.text.substr(at, sp - at) + "%");
        const std::string k = "?" + std::to_string(words.size());
        sql += " AND (title LIKE " + k + " OR body LIKE " + k + ")";
      }
      at = sp + 1;
    }
    if (q.agency) sql += " AND agency = " + std::to_string(*q.agency);
    if (q.year) sql += " AND year = " + std::to_string(*q.year);
    if (q.in_force_only) sql += " AND valid = 1";
    sql += " LIMIT 20";
    sqlite3_stmt* s = Prepare(sql);
    for (size_t i = 0; i < words.size(); ++i) {
      sqlite3_bind_text(s, static_cast<int>(i + 1), words[i].c_str(), -1, SQLITE_TRANSIENT);
    }
    QueryOutcome o;
    while (sqlite3_step(s) == SQLITE_ROW) {
      ++o.hits;
      const std::string title = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
      const std::string body = reinterpret_cast<const char*>(sqlite3_column_text(s, 2));
      o.snippet_chars += SnippetChars(title, body, parsed, tok_);
    }
    sqlite3_finalize(s);
    o.total = o.hits;  // no count: LIMIT 20 stops the scan at the 20th match
    o.total_estimated = true;
    return o;
  }

  void Explain(const CorpusQuery& q, const service::TextQuery&) override {
    const std::string like = "%" + q.text + "%";
    for (const char* sql : {"SELECT id FROM docs WHERE title LIKE ?1 OR body LIKE ?1 LIMIT 20",
                            "SELECT COUNT(*) FROM docs WHERE title LIKE ?1 OR body LIKE ?1",
                            "SELECT COUNT(*) FROM docs WHERE body LIKE '%不在语料中的词%'"}) {
      int64_t v = 0;
      const double t = MedianSeconds(1, [&] {
        sqlite3_stmt* s = Prepare(sql);
        sqlite3_bind_text(s, 1, like.c_str(), -1, SQLITE_TRANSIENT);
        v = 0;
        while (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
      });
      std::printf("      %-62.62s %9.1f ms  %" PRId64 "\n", sql, t * 1e3, v);
    }
  }

  void Drop() override {
    Close();
    std::remove(path_.c_str());
  }

 private:
  void Close() {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
  }
  void Exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      Fail(std::string("SQLite: ") + (message ? message : "?") + " in " + sql);
    }
  }
  sqlite3_stmt* Prepare(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      Fail(std::string("SQLite: ") + sqlite3_errmsg(db_) + " in " + sql);
    }
    return s;
  }

  std::string path_;
  const service::TextTokenizer& tok_;
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<SearchEngine> NewXapianEngine(const std::string& dir, int64_t n,
                                              const service::TextTokenizer& tokenizer) {
  return std::make_unique<XapianEngine>(dir, n, tokenizer);
}
std::unique_ptr<SearchEngine> NewLikeEngine(const std::string& dir, int64_t n,
                                            const service::TextTokenizer& tokenizer) {
  return std::make_unique<LikeEngine>(dir, n, tokenizer);
}

}  // namespace gongkai::bench
