// Port: publications, their versions, the append-only review log, their
// links, the 索引号 serials and the search index — stored together, so a
// use case's writes (a new version, its log line, its index entry) commit
// in one Database::Transaction or not at all. Adapters: storage/sql (SQLite
// with an FTS5 table over the project's tokenizer; PostgreSQL with a
// tsvector('simple') of the same tokens and a GIN index) and storage/memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/publication.h"
#include "service/text_tokenizer.h"

namespace gongkai::service {

struct PublicationFilter {
  std::vector<int64_t> agency_ids;  // empty: all
  std::optional<domain::PublicationKind> kind;
  std::optional<domain::PublicationState> state;
  std::optional<int> year;          // of the 发布日期
  std::string topic_prefix;         // 主题分类 path prefix, e.g. 综合政务
  int article20_item = 0;           // 0: any
  bool public_only = false;         // IsPublic
  bool in_force_only = false;       // IsInForce (implies public_only)
  // 规章/规范性文件 in force (有效) and public without any public
  // interpretation linked to them (「谁起草谁解读」).
  bool missing_interpretation = false;
  int limit = 0;                    // 0: no limit
  int offset = 0;
};

// How many publications share an agency, a 主题分类 path and a 第二十条
// item: the catalogue's facets are summed from these.
struct PublicationGroup {
  int64_t agency_id = 0;
  std::string topic;
  int article20_item = 0;
  int64_t count = 0;
};

enum class SearchOrder { kRelevance, kNewest };

struct SearchRequest {
  TextQuery query;
  PublicationFilter filter;  // public_only is always applied
  SearchOrder order = SearchOrder::kRelevance;
  int limit = 20;
  int offset = 0;
  // The work of one search is bounded whatever the size of the catalogue
  // (docs/performance.md, search at 1M publications): matches are counted
  // up to count_cap (more: "10000 条以上"); when there are more than
  // rank_window of them, only the newest rank_window (by entry) are
  // ordered, by relevance or by 发布日期, and paged through — a word found in
  // nearly every document is answered from its recent ones.
  int count_cap = 10000;
  int rank_window = 2000;
};

struct SearchHit {
  domain::Publication publication;  // content = the published version
  double score = 0;                 // higher is better (kRelevance)
};

struct SearchPage {
  std::vector<SearchHit> hits;
  int64_t total = 0;  // matches before paging (at most count_cap)
  bool more = false;  // more than count_cap matches: total is count_cap
  int64_t pageable = 0;  // the hits paging reaches: total, or rank_window below it
};

// The public, in-force state of 规章 and 规范性文件 for Table 2.
struct NormativeCounts {
  int64_t issued = 0;     // 本年制发: first published in the year
  int64_t abolished = 0;  // 本年废止: abolished or lapsed in the year
  int64_t in_force = 0;   // 现行有效 at 31 December
};

class PublicationStore {
 public:
  virtual ~PublicationStore() = default;

  // Stores a new publication with version 1 (its content), state draft, and
  // its first log line; returns the id. kInvalidInput for an unknown agency.
  virtual Result<int64_t> Create(const domain::Publication& p, const std::string& created_by,
                                 const domain::PublicationLogEntry& first) = 0;
  // The publication with the content of its latest version; kNotFound.
  virtual Result<domain::Publication> Get(int64_t id) = 0;
  // As Get, and the row stays locked until the transaction ends (PostgreSQL
  // SELECT … FOR UPDATE; SQLite holds the write lock already).
  virtual Result<domain::Publication> GetForUpdate(int64_t id) = 0;
  virtual Result<domain::PublicationVersion> GetVersion(int64_t id, int version) = 0;
  virtual Result<std::vector<domain::PublicationVersion>> Versions(int64_t id) = 0;

  // Replaces the content of the latest version, which must not have been
  // published (published versions are kept as they were: a trigger refuses).
  virtual Status SaveDraft(int64_t id, const domain::PublicationContent& content) = 0;
  // Adds version `version` (latest + 1) with `content`.
  virtual Status AddVersion(int64_t id, int version, const domain::PublicationContent& content,
                            const std::string& created_by) = 0;
  // Writes the header fields (state, latest/published version, 索引号,
  // 发布日期, validity …) and, when `published_version_at` is set, stamps
  // that version as published at that time.
  virtual Status UpdateHeader(const domain::Publication& p,
                              const std::optional<std::string>& published_version_at) = 0;
  // Appends to the review log (seq assigned); the log is append-only.
  virtual Result<int64_t> AppendLog(int64_t id, const domain::PublicationLogEntry& entry) = 0;
  virtual Result<std::vector<domain::PublicationLogEntry>> Log(int64_t id) = 0;

  // The next serial of a 索引号 scope (1 for a new scope); never reused.
  virtual Result<int64_t> NextIndexSerial(const std::string& scope) = 0;
  // kInvalidInput when `index_no` is taken already (imports keep theirs).
  virtual Status ReserveIndexNumber(const std::string& index_no) = 0;

  virtual Status AddLink(int64_t from_id, int64_t to_id, domain::LinkKind kind) = 0;
  // Ids linked from `id` (kind as seen from `id`) and to it.
  virtual Result<std::vector<int64_t>> LinksFrom(int64_t id, domain::LinkKind kind) = 0;
  virtual Result<std::vector<int64_t>> LinksTo(int64_t id, domain::LinkKind kind) = 0;

  // Publications by filter, newest 发布日期 (then id) first; drafts last.
  virtual Result<std::vector<domain::Publication>> List(const PublicationFilter& filter) = 0;
  virtual Result<int64_t> Count(const PublicationFilter& filter) = 0;
  // The publications of `filter` (limit and offset ignored) counted by
  // (agency, topic, 第二十条 item), in no particular order.
  virtual Result<std::vector<PublicationGroup>> CountGroups(const PublicationFilter& filter) = 0;

  // The search index holds the published version of every public
  // publication. Index() (re)writes `id`'s entry from its published
  // version, or removes it when the publication is not public.
  virtual Status Index(int64_t id) = 0;
  virtual Result<SearchPage> Search(const SearchRequest& request) = 0;
  // Rebuilds the whole index from the publications; `progress(done, total)`.
  virtual Status RebuildIndex(const std::function<void(int64_t, int64_t)>& progress) = 0;

  // Table 2 counts of `kind` (kRegulation or kNormative) for the agencies.
  virtual Result<NormativeCounts> CountNormative(const std::vector<int64_t>& agency_ids,
                                                 domain::PublicationKind kind, int year) = 0;
};

}  // namespace gongkai::service
