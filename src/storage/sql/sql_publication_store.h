// Internal to storage/sql: service::PublicationStore over SqlConnection. The
// search index is dialect-specific (sql_publication_search.cc): an FTS5
// table on SQLite, a tsvector column with a GIN index on PostgreSQL, both
// fed with the tokens of the one service::TextTokenizer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "service/publication_store.h"
#include "service/text_tokenizer.h"
#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

class SqlPublicationStore final : public service::PublicationStore {
 public:
  // `tokenizer` may be null: everything but the search index works, and
  // Index/Search/RebuildIndex fail with a message saying so.
  SqlPublicationStore(SqlConnection& c, const service::TextTokenizer* tokenizer)
      : c_(c), tokenizer_(tokenizer) {}

  Result<int64_t> Create(const domain::Publication& p, const std::string& created_by,
                         const domain::PublicationLogEntry& first) override;
  Result<domain::Publication> Get(int64_t id) override;
  Result<domain::Publication> GetForUpdate(int64_t id) override;
  Result<domain::PublicationVersion> GetVersion(int64_t id, int version) override;
  Result<std::vector<domain::PublicationVersion>> Versions(int64_t id) override;
  Status SaveDraft(int64_t id, const domain::PublicationContent& content) override;
  Status AddVersion(int64_t id, int version, const domain::PublicationContent& content,
                    const std::string& created_by) override;
  Status UpdateHeader(const domain::Publication& p,
                      const std::optional<std::string>& published_version_at) override;
  Result<int64_t> AppendLog(int64_t id, const domain::PublicationLogEntry& entry) override;
  Result<std::vector<domain::PublicationLogEntry>> Log(int64_t id) override;
  Result<int64_t> NextIndexSerial(const std::string& scope) override;
  Status ReserveIndexNumber(const std::string& index_no) override;
  Status AddLink(int64_t from_id, int64_t to_id, domain::LinkKind kind) override;
  Result<std::vector<int64_t>> LinksFrom(int64_t id, domain::LinkKind kind) override;
  Result<std::vector<int64_t>> LinksTo(int64_t id, domain::LinkKind kind) override;
  Result<std::vector<domain::Publication>> List(const service::PublicationFilter& filter) override;
  Result<int64_t> Count(const service::PublicationFilter& filter) override;
  Result<std::vector<service::PublicationGroup>> CountGroups(
      const service::PublicationFilter& filter) override;
  Status Index(int64_t id) override;
  Result<service::SearchPage> Search(const service::SearchRequest& request) override;
  Status RebuildIndex(const std::function<void(int64_t, int64_t)>& progress) override;
  Result<service::NormativeCounts> CountNormative(const std::vector<int64_t>& agency_ids,
                                                  domain::PublicationKind kind,
                                                  int year) override;

 private:
  Result<domain::Publication> Load(int64_t id, bool for_update);
  Result<int64_t> AppendLogIn(SqlTx& tx, int64_t id, const domain::PublicationLogEntry& e);
  Result<std::vector<int64_t>> Links(int64_t id, domain::LinkKind kind, bool from);
  Status IndexIn(SqlTx& tx, int64_t id);
  Status RequireTokenizer() const;

  SqlConnection& c_;
  const service::TextTokenizer* tokenizer_;
};

// The WHERE conditions of `filter` over `publications p` (starting with
// " WHERE 1 = 1"), its parameters appended to `params`.
std::string PublicationWhere(const service::PublicationFilter& filter,
                             std::vector<SqlParam>& params);

}  // namespace gongkai::storage::sql
