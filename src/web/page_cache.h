// A short-lived in-memory cache of the portal's public pages: the same
// item, catalogue page, search or report is rendered once per `max_age`
// seconds per server process instead of once per visitor.
//
// Only what is the same for every visitor is kept: a 200 response to GET or
// HEAD that sets no cookie and is not marked no-store or private (the forms
// and the progress pages are), at most `max_entry_bytes`. The key is the
// request target and whether the client takes gzip, so that a page is
// compressed once too. The security headers are added per request after it.
//
// What it costs: a change (a publication withdrawn, a report published
// again) reaches a visitor up to `max_age` seconds late, on every instance
// alike; no instance needs another's cache. `gongkai serve
// --page-cache-seconds` sets it ([I] default 5; 0 turns it off). Memory is
// bounded by `max_bytes` (least recently used pages go first).
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.h"

namespace gongkai::web {

struct PageCacheOptions {
  int max_age_seconds = 5;
  size_t max_bytes = size_t{64} << 20;
  size_t max_entry_bytes = size_t{1} << 20;
};

class PageCache {
 public:
  explicit PageCache(PageCacheOptions options = {});
  PageCache(const PageCache&) = delete;
  PageCache& operator=(const PageCache&) = delete;

  bool enabled() const { return options_.max_age_seconds > 0; }
  // The cache key of a request, or nullopt when the request may not be
  // answered from the cache (not GET/HEAD, or the cache is off).
  std::optional<std::string> KeyOf(const Request& request, bool gzip) const;
  // Whether `response` may be kept for every visitor.
  bool Cacheable(const Response& response) const;

  // `now`: a steady clock in seconds.
  std::optional<Response> Get(const std::string& key, int64_t now);
  void Put(const std::string& key, const Response& response, int64_t now);

  size_t bytes() const;

 private:
  static constexpr size_t kShards = 16;
  struct Entry {
    Response response;
    int64_t stored_at = 0;
    size_t bytes = 0;
    std::list<std::string>::iterator order;
  };
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<std::string, Entry> entries;
    std::list<std::string> lru;  // most recently used first
    size_t bytes = 0;
  };
  Shard& ShardOf(const std::string& key);

  PageCacheOptions options_;
  Shard shards_[kShards];
};

}  // namespace gongkai::web
