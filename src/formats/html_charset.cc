#include "formats/html_charset.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <utility>

#include "core/utf8.h"

namespace gongkai::formats {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsCharsetChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' ||
         c == '.';
}

// The charset a <meta charset> or http-equiv Content-Type in the first 4 KiB
// declares, lower-case; "" when none does.
std::string DeclaredCharset(std::string_view bytes) {
  const std::string head = LowerAscii(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    size_t p = pos + 7;
    pos = p;
    while (p < head.size() &&
           (head[p] == ' ' || head[p] == '\t' || head[p] == '\n' || head[p] == '\r'))
      ++p;
    if (p >= head.size() || head[p] != '=') continue;
    ++p;
    while (p < head.size() && (head[p] == ' ' || head[p] == '"' || head[p] == '\'')) ++p;
    const size_t start = p;
    while (p < head.size() && IsCharsetChar(head[p])) ++p;
    if (p > start) return head.substr(start, p - start);
  }
  return "";
}

// The iconv name to convert a declared charset from; "UTF-8" for UTF-8 and
// ASCII; "" when unsupported.
std::string IconvName(const std::string& charset) {
  static constexpr std::string_view kGb[] = {"gbk",      "gb2312",  "gb18030",    "x-gbk",
                                             "cp936",    "ms936",   "gb_2312-80", "euc-cn",
                                             "x-euc-cn", "chinese", "csgb2312",   "windows-936"};
  static constexpr std::string_view kBig5[] = {"big5", "big5-hkscs", "x-x-big5", "cn-big5",
                                               "csbig5"};
  static constexpr std::string_view kUtf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii",
                                               "ascii"};
  static constexpr std::string_view kLatin[] = {
      "iso-8859-1", "latin1", "l1", "windows-1252", "cp1252", "x-cp1252", "iso8859-1"};
  const auto in = [&](const auto& list) {
    return std::find(std::begin(list), std::end(list), charset) != std::end(list);
  };
  if (charset.empty() || in(kUtf8)) return "UTF-8";
  if (in(kGb)) return "GB18030";  // a superset of GB2312 and GBK
  if (in(kBig5)) return "BIG5-HKSCS";
  if (in(kLatin)) return "WINDOWS-1252";
  return "";
}

// Converts `bytes` from `from` to UTF-8. An unconvertible byte becomes U+FFFD
// and is counted in *bad, unless `strict`, which returns nullopt instead.
// nullopt also when iconv does not know `from`.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const char* from, bool strict,
                                         size_t* bad) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  char buffer[16384];
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  bool failed = false;
  while (in_left > 0) {
    char* o = buffer;
    size_t o_left = sizeof buffer;
    const size_t before = in_left;
    const size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    const int error = errno;
    out.append(buffer, static_cast<size_t>(o - buffer));
    const bool progressed = in_left != before || o != buffer;
    if (progressed && (rc != static_cast<size_t>(-1) || error == E2BIG)) continue;
    if (strict) {  // EILSEQ, EINVAL (truncated at the end) or no progress
      failed = true;
      break;
    }
    ++*bad;
    out += "\xEF\xBF\xBD";
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
  }
  iconv_close(cd);
  if (failed) return std::nullopt;
  return out;
}

void AddNote(std::vector<ParseNote>& notes, int line, std::string message) {
  notes.push_back(ParseNote{SourceRef{line, 0}, std::move(message)});
}

}  // namespace

Result<std::string> HtmlPageToUtf8(std::string_view bytes, std::vector<ParseNote>& notes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    if (utf8::IsValid(bytes)) return std::string(bytes);
    AddNote(notes, 0, "HTML 页面中有不符合 UTF-8 编码的字节，已替换为“\xEF\xBF\xBD”");
    return utf8::Sanitize(bytes);
  }
  size_t bad = 0;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    std::optional<std::string> text = ConvertToUtf8(bytes, "UTF-16", false, &bad);
    if (!text)
      return Status::Unsupported("无法转换 UTF-16 编码的 HTML 页面，请先将其转换为 UTF-8 编码");
    if (bad > 0)
      AddNote(notes, 0,
              "HTML 页面中有 " + std::to_string(bad) +
                  " 处无法按 UTF-16 解码的字节，已替换为“\xEF\xBF\xBD”");
    return std::move(*text);
  }
  const std::string declared = DeclaredCharset(bytes);
  const std::string from = IconvName(declared);
  const bool valid_utf8 = utf8::IsValid(bytes);
  if (from == "UTF-8") {
    if (valid_utf8) return std::string(bytes);
    if (declared.empty()) {
      std::optional<std::string> gb = ConvertToUtf8(bytes, "GB18030", true, &bad);
      if (gb) {
        AddNote(notes, 0, "HTML 页面未声明字符编码且不是 UTF-8 编码，已按 GB18030（GBK）编码读取");
        return std::move(*gb);
      }
    }
    AddNote(notes, 0, "HTML 页面中有不符合 UTF-8 编码的字节，已替换为“\xEF\xBF\xBD”");
    return utf8::Sanitize(bytes);
  }
  if (valid_utf8) {
    // Misdeclared pages are common after a site moves to UTF-8; text in GBK or
    // Big5 is almost never valid UTF-8 by chance.
    bool ascii = true;
    for (char c : bytes) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii)
      AddNote(notes, 0,
              "HTML 页面声明的字符编码为 " + declared + "，但内容是 UTF-8 编码，已按 UTF-8 读取");
    return std::string(bytes);
  }
  if (from.empty()) {
    return Status::Unsupported("HTML 页面的字符编码为 " + utf8::Sanitize(declared) +
                               "，暂不支持；请先将页面转换为 UTF-8 编码后再导入");
  }
  std::optional<std::string> text = ConvertToUtf8(bytes, from.c_str(), false, &bad);
  if (!text) {
    return Status::Unsupported("无法转换 " + declared +
                               " 编码的 HTML 页面，请先将其转换为 UTF-8 编码后再导入");
  }
  if (bad > 0) {
    AddNote(notes, 0,
            "HTML 页面中有 " + std::to_string(bad) + " 处无法按 " + declared +
                " 编码解码的字节，已替换为“\xEF\xBF\xBD”");
  }
  return std::move(*text);
}

}  // namespace gongkai::formats
