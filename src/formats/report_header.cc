#include "formats/report_header.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/chinese_number.h"
#include "core/utf8.h"

namespace gongkai::formats {
namespace {

int ChineseDigit(char32_t c) {
  if (c == U'〇' || c == U'零' || c == U'○' || c == U'O') return 0;
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (auto v = ParseChineseNumeral(std::u32string(1, c)); v && *v < 10) return *v;
  return -1;
}

struct DateAt {
  CivilDate date;
  size_t begin;
  size_t end;
};

// Every "YYYY年M月D日" in `t` (ASCII digits, after width folding).
std::vector<DateAt> FindDates(const std::u32string& t) {
  std::vector<DateAt> out;
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!utf8::IsAsciiDigit(t[i]) || (i > 0 && utf8::IsAsciiDigit(t[i - 1]))) continue;
    size_t j = i;
    int parts[3] = {0, 0, 0};
    const char32_t seps[3] = {U'年', U'月', U'日'};
    bool ok = true;
    for (int p = 0; p < 3 && ok; ++p) {
      const size_t start = j;
      while (j < t.size() && utf8::IsAsciiDigit(t[j]) && j - start < 4) {
        parts[p] = parts[p] * 10 + static_cast<int>(t[j] - '0');
        ++j;
      }
      ok = j > start && j < t.size() && t[j] == seps[p] && (p == 0 ? j - start == 4 : true);
      ++j;
    }
    if (ok && CivilDate::IsValid(parts[0], parts[1], parts[2])) {
      out.push_back({CivilDate{parts[0], parts[1], parts[2]}, i, j});
      i = j - 1;
    }
  }
  return out;
}

}  // namespace

TitleParts ParseTitle(const std::string& title) {
  TitleParts out;
  const std::u32string t = utf8::Decode(utf8::StripSpaces(utf8::FoldWidth(title)));
  const size_t nian = t.find(U'年');
  if (nian == std::u32string::npos || nian < 4) {
    out.agency = "";
    return out;
  }
  int year = 0;
  for (size_t k = nian - 4; k < nian; ++k) {
    const int d = ChineseDigit(t[k]);
    if (d < 0) {
      year = -1;
      break;
    }
    year = year * 10 + d;
  }
  if (year >= 2000 && year <= 2100) {
    out.year = year;
    out.agency = utf8::Encode(t.substr(0, nian - 4));
  }
  return out;
}

bool LooksLikeTitleLine(const std::string& line) {
  const std::u32string t = utf8::Decode(utf8::Trim(line));
  if (t.empty() || t.size() > 40) return false;
  return t.find_first_of(U"。；！？：") == std::u32string::npos;
}

bool IsBoilerplateLine(const std::string& line) {
  if (line.size() > 300) return false;  // a paragraph, not a portal line
  const std::string t = utf8::StripSpaces(utf8::FoldWidth(line));
  if (t.empty()) return true;
  static constexpr std::string_view kPrefixes[] = {
      "首页",     "当前位置", "您当前的位置", "您现在的位置", "您的位置", "位置：",   "发布日期",
      "发布时间", "发文日期", "日期：",       "时间：",       "来源：",   "信息来源", "作者：",
      "浏览",     "阅读次数", "点击",         "字号",         "字体",     "【字体",   "【打印",
      "打印",     "分享到",   "索引号",       "发布机构",     "访问量",   "责任编辑", "编辑：",
      "文章来源", "【",       "来源:"};
  for (std::string_view p : kPrefixes) {
    if (t.compare(0, p.size(), p) == 0) return true;
  }
  // Breadcrumbs: 首页 > 政务公开 > 年报 (›, », → too).
  if (t.find('>') != std::string::npos || t.find("›") != std::string::npos ||
      t.find("»") != std::string::npos || t.find("→") != std::string::npos) {
    return true;
  }
  if (t.find("报告") == std::string::npos &&
      (t.find("门户网站") != std::string::npos || t.find("政府网") != std::string::npos ||
       t.find("网站") != std::string::npos)) {
    return true;
  }
  // A bare date or time: 2024-01-18, 2024年1月18日 10:30.
  for (char32_t c : utf8::Decode(t)) {
    if (!utf8::IsAsciiDigit(c) && c != '-' && c != '/' && c != '.' && c != ':' && c != U'年' &&
        c != U'月' && c != U'日') {
      return false;
    }
  }
  return true;
}

namespace {

bool NamesReport(const std::string& title) {
  return title.find("报告") != std::string::npos || title.find("年报") != std::string::npos;
}

// A hint's title without what sites append: "…年度报告_××县人民政府网".
std::string CutAfterReport(const std::string& text) {
  const std::string t = utf8::StripSpaces(text);
  const size_t at = t.find("报告");
  if (at == std::string::npos) return t;
  return t.substr(0, at + std::string("报告").size());
}

}  // namespace

// An agency name as titles write it: 淮安市人民政府, 示例县教育局, 某某镇.
bool LooksLikeAgency(const std::string& name) {
  static constexpr std::string_view kEndings[] = {
      "政府", "局", "委员会", "委", "办公室", "办", "院", "会", "厅", "署", "中心", "镇", "乡",
      "街道", "办事处", "处", "所", "站", "队", "公司", "部", "馆", "区", "县", "市", "集团", "室"};
  if (name.empty() || utf8::Length(name) > 40) return false;
  for (std::string_view e : kEndings) {
    if (name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

TitleChoice ChooseTitle(const std::vector<std::string>& lines,
                        const std::vector<std::pair<std::string, std::string>>& hints) {
  constexpr size_t kLook = 12;  // titles stand in the first lines
  const size_t n = std::min(lines.size(), kLook);
  const auto usable = [&](size_t i) {
    return !IsBoilerplateLine(lines[i]) && LooksLikeTitleLine(lines[i]);
  };
  TitleChoice body;  // the first line naming a report, with the lines before it that complete it
  int body_year = 0;
  bool body_agency = false;
  for (size_t i = 0; i < n && body.end == 0; ++i) {
    if (!usable(i) || !NamesReport(utf8::StripSpaces(lines[i]))) continue;
    std::string joined = utf8::StripSpaces(lines[i]);
    body = TitleChoice{joined, i, i + 1, ""};
    TitleParts parts = ParseTitle(joined);
    // Split titles: 喀什市人民政府2023年政府信息公开工作 / 年度报告, or the agency
    // on the line before (淮安市人民政府 / 2024年…年度报告), up to two lines back.
    for (size_t back = 1; back <= 2 && back <= i && parts.agency.empty(); ++back) {
      const size_t k = i - back;
      if (!usable(k) || NamesReport(utf8::StripSpaces(lines[k]))) break;
      const std::string longer = utf8::StripSpaces(lines[k]) + joined;
      const TitleParts p = ParseTitle(longer);
      if (p.year > 0 && LooksLikeAgency(p.agency)) {
        body = TitleChoice{longer, k, i + 1, ""};
        parts = p;
        break;
      }
      joined = longer;
    }
    body_year = parts.year;
    body_agency = !parts.agency.empty();
  }
  if (body_year > 0 && body_agency) return body;
  for (const auto& [where, text] : hints) {
    const std::string cut = CutAfterReport(text);
    const TitleParts parts = ParseTitle(cut);
    if (parts.year == 0) continue;
    if (body_year == 0) return TitleChoice{cut, body.first, body.end, where};
    // The body gives the year but not the agency: a hint of that year does.
    if (parts.year == body_year && !parts.agency.empty()) {
      body.title = parts.agency + body.title;
      body.where = where;
      return body;
    }
  }
  return body;
}

namespace {

// "M月D日" at `at` (the end date's year left out), with its end.
std::optional<std::pair<CivilDate, size_t>> MonthDayAt(const std::u32string& t, size_t at,
                                                       int year) {
  int parts[2] = {0, 0};
  const char32_t seps[2] = {U'月', U'日'};
  size_t j = at;
  for (int p = 0; p < 2; ++p) {
    const size_t start = j;
    while (j < t.size() && utf8::IsAsciiDigit(t[j]) && j - start < 2) {
      parts[p] = parts[p] * 10 + static_cast<int>(t[j] - '0');
      ++j;
    }
    if (j == start || j >= t.size() || t[j] != seps[p]) return std::nullopt;
    ++j;
  }
  if (!CivilDate::IsValid(year, parts[0], parts[1])) return std::nullopt;
  return std::make_pair(CivilDate{year, parts[0], parts[1]}, j);
}

// The words between the two dates of a period, longest first.
constexpr std::u32string_view kConnectors[] = {U"起至", U"起到", U"至至", U"——", U"至", U"到",
                                               U"—",   U"–",   U"-",   U"~",  U"～", U"起"};

// Words one of which, shortly before the first date, makes the sentence
// about the reporting period rather than an event spanning dates.
constexpr std::u32string_view kPeriodWords[] = {U"统计", U"期限", U"时限", U"期间", U"时间",
                                                U"周期", U"时段", U"区间", U"范围"};

}  // namespace

std::optional<Period> FindPeriod(const std::string& text) {
  const std::u32string t = utf8::Decode(utf8::StripSpaces(utf8::FoldWidth(text)));
  const std::vector<DateAt> dates = FindDates(t);
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateAt& a = dates[i];
    size_t at = a.end;
    bool joined = false;
    for (std::u32string_view c : kConnectors) {
      if (t.compare(at, c.size(), c) == 0) {
        at += c.size();
        joined = true;
        break;
      }
    }
    if (!joined) continue;
    std::optional<CivilDate> end;
    if (i + 1 < dates.size() && dates[i + 1].begin == at) {
      end = dates[i + 1].date;
    } else if (const auto md = MonthDayAt(t, at, a.date.year)) {
      end = md->first;
    }
    if (!end) continue;
    const size_t from = a.begin > 30 ? a.begin - 30 : 0;
    const std::u32string before = t.substr(from, a.begin - from);
    bool about_period = false;
    for (std::u32string_view w : kPeriodWords) {
      about_period = about_period || before.find(w) != std::u32string::npos;
    }
    if (!about_period) continue;
    return Period{a.date, *end};
  }
  return std::nullopt;
}

}  // namespace gongkai::formats
