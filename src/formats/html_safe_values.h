// The attribute values SanitizeHtml (html_sanitizer.h) lets through: URLs,
// CSS declarations, numbers and plain text, each checked on its own. Every
// function is a normalisation n with n(n(x)) == n(x), and a value accepted
// once is accepted again in its normalised form, so sanitising twice gives
// the same result. Values are given with character references already
// resolved (the tokenizer does that); results are unescaped text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::formats::html_values {

enum class UrlUse { kLink, kImage };  // a href (mailto: allowed) / img src

// The URL with control characters (C0, DEL, C1) removed and leading and
// trailing spaces trimmed, when it is http:, https:, mailto: (links only),
// scheme-relative ("//host"), a relative path, a ?query or a #fragment;
// nullopt for any other scheme, an empty value, a backslash or a value over
// 4096 bytes.
std::optional<std::string> SafeUrl(std::string_view value, UrlUse use);

// True for a safe URL that leaves the site: http:, https: or "//host".
bool IsExternalUrl(std::string_view safe_url);

// The declarations of `style` that are allowed, canonical ("text-align:
// center; text-indent: 2em; font-weight: bold", in that order, the last one
// of each property winning): text-align left|right|center|justify;
// text-indent a non-negative length in em, px, pt, %, cm, mm, ex or rem (or
// 0); font-weight normal|bold|bolder|lighter|100…900. `legacy_align` (the
// align= attribute) gives text-align when style does not. Empty when nothing
// is left.
std::string SafeStyle(std::string_view style, std::string_view legacy_align);

// The value when it is 1–`digits` ASCII digits with a value in [min, max]
// (leading zeros dropped), optionally followed by '%' when `percent`.
std::optional<std::string> SafeNumber(std::string_view value, int min, int max,
                                      bool percent = false);

// Plain text for title/alt/summary: control characters other than tab and
// newline removed; nullopt when empty or over 2048 bytes.
std::optional<std::string> SafeText(std::string_view value);

// Removes C0 controls other than '\t' and '\n', DEL and C1 controls from
// valid UTF-8.
std::string StripControls(std::string_view text);

}  // namespace gongkai::formats::html_values
