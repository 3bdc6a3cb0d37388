// 索引号 templates.
#include "domain/index_number.h"

#include <cctype>
#include <cstdio>

namespace gongkai::domain {
namespace {

// Walks the template, calling `token(name, arg)` for each {name:arg} and
// `literal(text)` for the rest. Fails on an unknown or unclosed token.
template <typename Token, typename Literal>
Status Walk(std::string_view tmpl, Token token, Literal literal) {
  size_t i = 0;
  while (i < tmpl.size()) {
    const size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) {
      literal(tmpl.substr(i));
      break;
    }
    literal(tmpl.substr(i, open - i));
    const size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) {
      return Status::InvalidInput("索引号模板“" + std::string(tmpl) + "”中的“{”没有对应的“}”");
    }
    std::string_view inner = tmpl.substr(open + 1, close - open - 1);
    std::string_view name = inner;
    std::string_view arg;
    if (const size_t colon = inner.find(':'); colon != std::string_view::npos) {
      name = inner.substr(0, colon);
      arg = inner.substr(colon + 1);
    }
    Status st = token(name, arg);
    if (!st.ok()) return st;
    i = close + 1;
  }
  return Status::Ok();
}

Status Unknown(std::string_view name) {
  return Status::InvalidInput("索引号模板中的“{" + std::string(name) +
                              "}”无法识别；可用 {org} {year} {seq:05} {cat} {date:YYYYMMDD}");
}

int SeqWidth(std::string_view arg) {
  if (arg.empty()) return 5;
  int w = 0;
  for (char c : arg) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    w = w * 10 + (c - '0');
    if (w > 12) return -1;
  }
  return w;
}

Result<std::string> Fill(std::string_view tmpl, const IndexNumberParts& parts, int64_t seq) {
  std::string out;
  Status st = Walk(
      tmpl,
      [&](std::string_view name, std::string_view arg) -> Status {
        if (name == "org") {
          out += parts.org;
        } else if (name == "year") {
          out += std::to_string(parts.published_on.year);
        } else if (name == "cat") {
          out += parts.cat;
        } else if (name == "date") {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d%02d%02d", parts.published_on.year,
                        parts.published_on.month, parts.published_on.day);
          out += buf;
        } else if (name == "seq") {
          if (seq == 0) {
            out += "{seq}";
            return Status::Ok();
          }
          const int width = SeqWidth(arg);
          std::string digits = std::to_string(seq);
          if (width > 0 && static_cast<int>(digits.size()) > width) {
            return Status::InvalidInput("索引号流水号 " + digits + " 超过模板规定的 " +
                                        std::to_string(width) + " 位，请加宽模板中的 {seq}");
          }
          if (width > 0) out += std::string(width - digits.size(), '0');
          out += digits;
        } else {
          return Unknown(name);
        }
        return Status::Ok();
      },
      [&](std::string_view text) { out += text; });
  if (!st.ok()) return st;
  return out;
}

}  // namespace

Status ValidateIndexTemplate(std::string_view tmpl) {
  int seqs = 0;
  Status st = Walk(
      tmpl,
      [&](std::string_view name, std::string_view arg) -> Status {
        if (name == "seq") {
          ++seqs;
          if (SeqWidth(arg) < 1) {
            return Status::InvalidInput("索引号模板中的“{seq:" + std::string(arg) +
                                        "}”应写位数 1–12，例如 {seq:05}");
          }
          return Status::Ok();
        }
        if (name == "date" && !arg.empty() && arg != "YYYYMMDD") {
          return Status::InvalidInput("索引号模板中的日期只支持 {date:YYYYMMDD}");
        }
        if (name == "org" || name == "year" || name == "cat" || name == "date") {
          return Status::Ok();
        }
        return Unknown(name);
      },
      [](std::string_view) {});
  if (!st.ok()) return st;
  if (seqs != 1) {
    return Status::InvalidInput("索引号模板“" + std::string(tmpl) + "”须恰好含一个流水号 {seq}");
  }
  return Status::Ok();
}

Result<std::string> IndexScope(std::string_view tmpl, const IndexNumberParts& parts) {
  return Fill(tmpl, parts, 0);
}

Result<std::string> FormatIndexNumber(std::string_view tmpl, const IndexNumberParts& parts,
                                      int64_t seq) {
  if (seq < 1) return Status::Internal("索引号流水号必须从 1 开始");
  return Fill(tmpl, parts, seq);
}

bool PlausibleOrgCode(std::string_view code) {
  auto alnum = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'Z'); };
  if (code.size() == 9) {
    for (char c : code) {
      if (!alnum(c)) return false;
    }
    return true;
  }
  if (code.size() == 18) {
    // GB 32100-2015 alphabet: digits and upper-case letters except I O Z S V.
    for (char c : code) {
      if (!alnum(c) || c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V') return false;
    }
    return true;
  }
  return false;
}

}  // namespace gongkai::domain
