// Registers the project's service::TextTokenizer with SQLite FTS5 as the
// tokenizer "gongkai" on one connection (FTS5 tokenizers are per
// connection: every connection that touches publication_fts needs it).
#pragma once

#include "core/status.h"
#include "service/text_tokenizer.h"

struct sqlite3;

namespace gongkai::storage {

// `tokenizer` must outlive the connection; when null, the tokenizer is
// still registered (the schema can be created and read) but refuses to
// tokenize, so writes to the FTS5 table fail instead of indexing nothing. Index mode passes each token
// with its byte range in the original text (FTS5 positions are the token
// order); query mode (a MATCH string's quoted phrase) passes the
// space-separated terms as they are, because they are already tokens of
// TextTokenizer::ParseQuery.
Status RegisterFts5Tokenizer(sqlite3* db, const service::TextTokenizer* tokenizer);

}  // namespace gongkai::storage
