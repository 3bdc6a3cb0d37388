// The FTS5 tokenizer "gongkai" over service::TextTokenizer.
#include "storage/sqlite/fts5_tokenizer.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace gongkai::storage {
namespace {

// The tokenizer instance FTS5 creates per table: only the pointer.
struct Instance {
  const service::TextTokenizer* tokenizer;
};

int Create(void* context, const char** /*args*/, int /*n*/, Fts5Tokenizer** out) {
  auto* tokenizer = static_cast<const service::TextTokenizer*>(context);
  *out = reinterpret_cast<Fts5Tokenizer*>(new Instance{tokenizer});
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Instance*>(t); }

int Tokenize(Fts5Tokenizer* t, void* ctx, int flags, const char* text, int n,
             int (*emit)(void*, int, const char*, int, int, int)) {
  const auto* instance = reinterpret_cast<Instance*>(t);
  std::string_view in(text ? text : "", text ? static_cast<size_t>(n) : 0);
  if (flags & FTS5_TOKENIZE_QUERY) {
    // Already terms of ParseQuery, separated by spaces.
    size_t i = 0;
    while (i < in.size()) {
      while (i < in.size() && in[i] == ' ') ++i;
      size_t j = i;
      while (j < in.size() && in[j] != ' ') ++j;
      if (j > i) {
        int rc = emit(ctx, 0, in.data() + i, static_cast<int>(j - i), static_cast<int>(i),
                      static_cast<int>(j));
        if (rc != SQLITE_OK) return rc;
      }
      i = j;
    }
    return SQLITE_OK;
  }
  // Without a tokenizer (a connection opened for other work) the table can
  // be created and read, but not written: indexing fails loudly.
  if (!instance->tokenizer) return SQLITE_ERROR;
  for (const service::TextToken& tok : instance->tokenizer->Tokenize(in)) {
    int rc = emit(ctx, 0, tok.term.data(), static_cast<int>(tok.term.size()),
                  static_cast<int>(tok.begin), static_cast<int>(tok.end));
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterFts5Tokenizer(sqlite3* db, const service::TextTokenizer* tokenizer) {
  fts5_api* api = Fts5Api(db);
  if (!api) return Status::Unsupported("此 SQLite 未编译 FTS5 全文检索模块，无法建立检索索引");
  fts5_tokenizer methods{Create, Delete, Tokenize};
  const int rc = api->xCreateTokenizer(api, "gongkai",
                                       const_cast<service::TextTokenizer*>(tokenizer), &methods,
                                       nullptr);
  if (rc != SQLITE_OK) {
    return Status::Internal(std::string("注册 FTS5 中文分词器失败：") + sqlite3_errstr(rc));
  }
  return Status::Ok();
}

}  // namespace gongkai::storage
