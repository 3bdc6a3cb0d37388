#include "web/page_cache.h"

#include <functional>

namespace gongkai::web {
namespace {

bool Contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

}  // namespace

PageCache::PageCache(PageCacheOptions options) : options_(options) {}

std::optional<std::string> PageCache::KeyOf(const Request& request, bool gzip) const {
  if (!enabled() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  return request.target + (gzip ? "\n+gzip" : "\n");
}

bool PageCache::Cacheable(const Response& r) const {
  if (!enabled() || r.status != 200 || r.body.size() > options_.max_entry_bytes) return false;
  if (r.headers.Get("Set-Cookie")) return false;
  if (std::optional<std::string_view> cc = r.headers.Get("Cache-Control");
      cc && (Contains(*cc, "no-store") || Contains(*cc, "private") || Contains(*cc, "no-cache"))) {
    return false;
  }
  return true;
}

PageCache::Shard& PageCache::ShardOf(const std::string& key) {
  return shards_[std::hash<std::string>{}(key) % kShards];
}

std::optional<Response> PageCache::Get(const std::string& key, int64_t now) {
  Shard& s = ShardOf(key);
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.entries.find(key);
  if (it == s.entries.end()) return std::nullopt;
  if (now - it->second.stored_at >= options_.max_age_seconds || now < it->second.stored_at) {
    s.bytes -= it->second.bytes;
    s.lru.erase(it->second.order);
    s.entries.erase(it);
    return std::nullopt;
  }
  s.lru.splice(s.lru.begin(), s.lru, it->second.order);
  return it->second.response;
}

void PageCache::Put(const std::string& key, const Response& response, int64_t now) {
  if (!Cacheable(response)) return;
  Shard& s = ShardOf(key);
  const size_t bytes = key.size() + response.body.size() + 512;  // headers and bookkeeping
  const size_t budget = options_.max_bytes / kShards;
  std::lock_guard<std::mutex> lock(s.mu);
  if (auto old = s.entries.find(key); old != s.entries.end()) {
    s.bytes -= old->second.bytes;
    s.lru.erase(old->second.order);
    s.entries.erase(old);
  }
  while (!s.lru.empty() && s.bytes + bytes > budget) {
    auto last = s.entries.find(s.lru.back());
    s.bytes -= last->second.bytes;
    s.entries.erase(last);
    s.lru.pop_back();
  }
  if (bytes > budget) return;
  s.lru.push_front(key);
  s.entries.emplace(key, Entry{response, now, bytes, s.lru.begin()});
  s.bytes += bytes;
}

size_t PageCache::bytes() const {
  size_t n = 0;
  for (const Shard& s : shards_) {
    std::lock_guard<std::mutex> lock(s.mu);
    n += s.bytes;
  }
  return n;
}

}  // namespace gongkai::web
