// The in-memory fake of the public forms' guard and the application requests.
#include <string>

#include "storage/memory/memory_state.h"

namespace gongkai::storage::memory {
namespace {

class Requests final : public service::ApplicationRequestStore {
 public:
  explicit Requests(std::shared_ptr<State> s) : s_(std::move(s)) {}
  Status Add(int64_t id, const domain::ApplicationRequest& q) override {
    return With(*s_, [&](Data& d) -> Status {
      if (!d.applications.count(id)) return Status::NotFound("申请 " + std::to_string(id) + " 不存在");
      if (!d.requests.emplace(id, q).second) {
        return Status::Conflict("申请 " + std::to_string(id) + " 的申请内容已登记，不能再改");
      }
      return Status::Ok();
    });
  }
  Result<std::optional<domain::ApplicationRequest>> Get(int64_t id) override {
    return With(*s_, [&](Data& d) -> Result<std::optional<domain::ApplicationRequest>> {
      const auto it = d.requests.find(id);
      if (it == d.requests.end()) return std::optional<domain::ApplicationRequest>();
      return std::optional<domain::ApplicationRequest>(it->second);
    });
  }

 private:
  std::shared_ptr<State> s_;
};

class Guards final : public service::FormGuardStore {
 public:
  explicit Guards(std::shared_ptr<State> s) : s_(std::move(s)) {}
  Status AddToken(const service::FormToken& t) override {
    return With(*s_, [&](Data& d) -> Status {
      if (!d.form_tokens.emplace(t.token, t).second) return Status::Conflict("表单令牌重复");
      return Status::Ok();
    });
  }
  Result<std::optional<service::FormToken>> GetToken(const std::string& token) override {
    return With(*s_, [&](Data& d) -> Result<std::optional<service::FormToken>> {
      const auto it = d.form_tokens.find(token);
      if (it == d.form_tokens.end()) return std::optional<service::FormToken>();
      return std::optional<service::FormToken>(it->second);
    });
  }
  Status UseToken(const std::string& token, int64_t at) override {
    return With(*s_, [&](Data& d) -> Status {
      const auto it = d.form_tokens.find(token);
      if (it == d.form_tokens.end() || it->second.used_at) {
        return Status::Conflict("表单已提交过或已失效");
      }
      it->second.used_at = at;
      return Status::Ok();
    });
  }
  Status AddHit(const std::string& bucket, int64_t at) override {
    return With(*s_, [&](Data& d) -> Status {
      d.rate_hits.emplace(bucket, at);
      return Status::Ok();
    });
  }
  Result<int64_t> CountHits(const std::string& bucket, int64_t since) override {
    return With(*s_, [&](Data& d) -> Result<int64_t> {
      int64_t n = 0;
      const auto [from, to] = d.rate_hits.equal_range(bucket);
      for (auto it = from; it != to; ++it) n += it->second >= since ? 1 : 0;
      return n;
    });
  }
  Status Prune(int64_t tokens_before, int64_t hits_before) override {
    return With(*s_, [&](Data& d) -> Status {
      std::erase_if(d.form_tokens, [&](const auto& kv) { return kv.second.issued_at < tokens_before; });
      std::erase_if(d.rate_hits, [&](const auto& kv) { return kv.second < hits_before; });
      return Status::Ok();
    });
  }

 private:
  std::shared_ptr<State> s_;
};

}  // namespace

std::unique_ptr<service::ApplicationRequestStore> NewApplicationRequestStore(
    std::shared_ptr<State> s) {
  return std::make_unique<Requests>(std::move(s));
}

std::unique_ptr<service::FormGuardStore> NewFormGuardStore(std::shared_ptr<State> s) {
  return std::make_unique<Guards>(std::move(s));
}

}  // namespace gongkai::storage::memory
