// The portal's search (/search): a visitor's words, the filters a search
// page offers, and results with the title and a snippet highlighted. Only
// public publications are searched (the store's search index holds nothing
// else), and the bounds of SearchRequest apply.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/database.h"
#include "service/publication_store.h"
#include "service/text_highlighter.h"
#include "service/text_tokenizer.h"

namespace gongkai::service {

struct PublicSearchRequest {
  std::string words;            // as typed; at most kMaxSearchChars characters are used
  int64_t agency_id = 0;        // 0: all (else the agency and its subtree)
  std::optional<int> year;      // of the 发布日期
  bool in_force_only = false;   // 只看有效
  SearchOrder order = SearchOrder::kRelevance;
  int page = 1;
  int per_page = 10;
};

inline constexpr size_t kMaxSearchChars = 100;

struct PublicSearchHit {
  domain::Publication publication;  // content: the published version
  std::vector<TextSpan> title;
  std::vector<TextSpan> snippet;
};

struct PublicSearchPage {
  std::vector<PublicSearchHit> hits;
  int64_t total = 0;     // at most SearchRequest::count_cap
  bool more = false;     // more than total
  int64_t pageable = 0;  // the results paging reaches
  int pages = 0;
  bool no_words = false; // nothing searchable in the words (empty, punctuation only)
};

Result<PublicSearchPage> SearchPublic(Database& db, const TextTokenizer& tokenizer,
                                      const TextHighlighter& highlighter,
                                      const PublicSearchRequest& request);

}  // namespace gongkai::service
