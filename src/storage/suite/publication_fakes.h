// Fakes of the publication tools for the shared suite: a screen that finds
// one known ID number and the word 内部资料, a reader that treats every file
// as text and drops <script>, a file store in memory. The real adapters are
// tested in src/search, src/formats, src/storage and end to end (CLI).
#pragma once

#include <map>
#include <string>

#include "service/attachment_reader.h"
#include "service/file_store.h"
#include "service/publication_service.h"
#include "service/text_screen.h"

namespace gongkai::storage::testing {

class FakeScreen final : public service::TextScreen {
 public:
  std::vector<service::ScreenHit> Scan(std::string_view text) const override {
    std::vector<service::ScreenHit> out;
    for (auto [needle, kind] : {std::pair{std::string_view("11010519491231002X"),
                                          service::ScreenHitKind::kResidentId},
                                std::pair{std::string_view("内部资料"),
                                          service::ScreenHitKind::kSensitiveWord}}) {
      for (size_t at = text.find(needle); at != std::string_view::npos;
           at = text.find(needle, at + 1)) {
        service::ScreenHit h;
        h.kind = kind;
        h.begin = at;
        h.end = at + needle.size();
        h.masked = kind == service::ScreenHitKind::kResidentId ? "110105********002X"
                                                               : std::string(needle);
        h.context = h.masked;
        out.push_back(h);
      }
    }
    return out;
  }
};

class FakeReader final : public service::AttachmentReader {
 public:
  service::AttachmentType Detect(std::string_view, std::string_view) const override {
    return service::AttachmentType::kText;
  }
  Result<std::vector<service::TextPiece>> Text(std::string_view bytes,
                                               std::string_view) const override {
    return std::vector<service::TextPiece>{{"第1行", std::string(bytes)}};
  }
  std::string SanitizeHtml(std::string_view html) const override {
    std::string s(html);
    for (size_t at = s.find("<script>"); at != std::string::npos; at = s.find("<script>")) {
      const size_t end = s.find("</script>", at);
      s.erase(at, end == std::string::npos ? std::string::npos : end + 9 - at);
    }
    return s;
  }
  std::string HtmlText(std::string_view html) const override {
    std::string out;
    bool tag = false;
    for (char c : html) {
      if (c == '<') tag = true;
      else if (c == '>') tag = false;
      else if (!tag) out += c;
    }
    return out;
  }
};

class FakeFiles final : public service::FileStore {
 public:
  Result<service::StoredFile> Put(std::string_view bytes) override {
    service::StoredFile f;
    f.id = std::to_string(files_.size() + 1);
    f.sha256 = "h" + f.id;
    f.size = static_cast<int64_t>(bytes.size());
    files_[f.id] = std::string(bytes);
    return f;
  }
  Result<std::string> Get(const std::string& id, const std::string&) override {
    auto it = files_.find(id);
    if (it == files_.end()) return Status::NotFound("附件 " + id + " 不存在");
    return it->second;
  }

 private:
  std::map<std::string, std::string> files_;
};

struct FakeTools {
  FakeScreen screen;
  FakeReader reader;
  FakeFiles files;
  service::PublicationTools tools() { return {&screen, &reader, &files}; }
};

}  // namespace gongkai::storage::testing
