#include "report/format_detection.h"

#include "core/utf8.h"

namespace gongkai::report {

std::string NormalizeLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::Next(text, pos);
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
    utf8::Append(out, cp);
    prev = cp;
  }
  return out;
}

FormatVersion DetectFormat(const std::vector<std::string>& labels) {
  int v2021 = 0;
  int v2019 = 0;
  int legacy = 0;
  for (const std::string& raw : labels) {
    const std::string label = NormalizeLabel(raw);
    for (std::string_view m : kV2021Markers) {
      if (label.find(NormalizeLabel(m)) != std::string::npos) ++v2021;
    }
    for (std::string_view m : kV2019Markers) {
      if (label.find(NormalizeLabel(m)) != std::string::npos) ++v2019;
    }
    for (std::string_view m : kLegacyMarkers) {
      if (label.find(NormalizeLabel(m)) != std::string::npos) ++legacy;
    }
  }
  if (v2021 > 0 && v2019 > 0) return FormatVersion::kHybrid;
  if (v2021 > 0) return FormatVersion::kV2021;
  if (v2019 > 0) return FormatVersion::kV2019;
  if (legacy > 0) return FormatVersion::kLegacyPre2019;
  return FormatVersion::kUnknown;
}

}  // namespace gongkai::report
