// Query strings and application/x-www-form-urlencoded bodies: percent
// decoding ('+' is a space in both), name=value pairs in order. Input is
// untrusted: malformed escapes are kept literally, invalid UTF-8 is
// replaced, and the number of fields and their size are bounded by the
// caller's body limit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::web {

// Percent-decodes `text`; `plus_is_space` for query strings and forms (not
// for paths). The result is valid UTF-8 (invalid sequences replaced).
std::string PercentDecode(std::string_view text, bool plus_is_space);

// Percent-encodes everything but unreserved characters (RFC 3986), so that
// a UTF-8 value can go into a URL query or path segment.
std::string PercentEncode(std::string_view text);

class FormData {
 public:
  static FormData Parse(std::string_view encoded);
  // Fields already decoded (the text parts of a multipart form).
  static FormData FromFields(std::vector<std::pair<std::string, std::string>> fields) {
    FormData f;
    f.fields_ = std::move(fields);
    return f;
  }

  // The first value of `name`.
  std::optional<std::string> Get(std::string_view name) const;
  std::string GetOr(std::string_view name, std::string fallback) const;
  std::vector<std::string> GetAll(std::string_view name) const;
  // A whole number min…max written in plain digits, else `fallback`.
  int IntOr(std::string_view name, int fallback, int min, int max) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

}  // namespace gongkai::web
