#include "report/format_detection.h"

#include <vector>

#include "core/utf8.h"

namespace gongkai::report {

std::string NormalizeLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    // Fast path: a CJK ideograph (lead E4…E9 and two continuation bytes)
    // is never changed and is no digit.
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead >= 0xE4 && lead <= 0xE9 && pos + 2 < text.size() &&
        (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(text[pos + 2]) & 0xC0) == 0x80) {
      out.append(text.substr(pos, 3));
      pos += 3;
      prev = 0x4E00;
      continue;
    }
    const char32_t original = utf8::Next(text, pos);
    char32_t cp = original;
    if (utf8::IsSpace(cp)) continue;
    // Brackets: the format writes （）; readers meet (), so fold to full width.
    if (cp == '(') cp = U'（';
    if (cp == ')') cp = U'）';
    if (cp != U'（' && cp != U'）' && cp != U'：' && cp != U'，' && cp != U'；') {
      cp = utf8::FoldWidth(cp);
    }
    if (cp == ':') cp = U'：';
    if (cp == ',') cp = U'，';
    // Item numbers: "1、" "1．" "1." → "1."
    if ((cp == U'、' || cp == U'．' || cp == '.') && prev >= '0' && prev <= '9') cp = '.';
    if (cp == '"' || cp == U'＂') cp = U'“';  // straight quotes in 三安全一稳定
    if (cp == original) {
      out.append(text.substr(start, pos - start));
    } else {
      utf8::Append(out, cp);
    }
    prev = cp;
  }
  return out;
}

namespace {

struct Markers {
  std::vector<std::string> v2021, v2019, legacy;
};

const Markers& NormalizedMarkers() {
  static const Markers m = [] {
    Markers x;
    for (std::string_view s : kV2021Markers) x.v2021.push_back(NormalizeLabel(s));
    for (std::string_view s : kV2019Markers) x.v2019.push_back(NormalizeLabel(s));
    for (std::string_view s : kLegacyMarkers) x.legacy.push_back(NormalizeLabel(s));
    return x;
  }();
  return m;
}

}  // namespace

FormatVersion DetectFormat(const std::vector<std::string>& labels) {
  std::vector<std::string> normalized;
  normalized.reserve(labels.size());
  for (const std::string& l : labels) normalized.push_back(NormalizeLabel(l));
  return DetectFormatNormalized(normalized);
}

FormatVersion DetectFormatNormalized(const std::vector<std::string>& labels) {
  int v2021 = 0;
  int v2019 = 0;
  int legacy = 0;
  const Markers& m = NormalizedMarkers();
  const auto count = [](const std::string& label, const std::vector<std::string>& markers) {
    int n = 0;
    for (const std::string& marker : markers) n += label.find(marker) != std::string::npos;
    return n;
  };
  for (const std::string& label : labels) {
    v2021 += count(label, m.v2021);
    v2019 += count(label, m.v2019);
    legacy += count(label, m.legacy);
  }
  if (v2021 > 0 && v2019 > 0) return FormatVersion::kHybrid;
  if (v2021 > 0) return FormatVersion::kV2021;
  if (v2019 > 0) return FormatVersion::kV2019;
  if (legacy > 0) return FormatVersion::kLegacyPre2019;
  return FormatVersion::kUnknown;
}

}  // namespace gongkai::report
