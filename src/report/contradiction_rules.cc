// S10: statements in words that contradict the tables or each other.
//   - "所有申请均已办理完毕" while 四、结转下年度继续办理 > 0;
//   - "未发生行政复议、行政诉讼" while the Table 4 总计 of what it denies > 0
//     (复议 only, 诉讼 only — one or both litigation blocks — or both);
//   - "未收到政府信息公开申请" while 一、本年新收 > 0 (R01 = 0 with a figure in the
//     text is S2's business, not a contradiction in words);
//   - a total and an exhaustive list of disjoint parts that do not add up
//     ("共收到申请10件，其中自然人申请6件、法人或其他组织申请5件").
// The phrases are the tables ClaimPhrases() and PartFamilies() of
// narrative_phrases.cc.
#include "report/narrative_phrases.h"
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

std::string Num(int64_t v) { return std::to_string(v); }

std::optional<int64_t> T3Total(const AnnualReport& r, int row) {
  if (!r.table3.present) return std::nullopt;
  return r.table3.cells[row][kT3Columns - 1].value;
}

std::optional<int64_t> T4Total(const AnnualReport& r, int block) {
  if (!r.table4.present) return std::nullopt;
  return r.table4.at(block, 4).value;
}

Finding Make(int section, SourceRef src) {
  Finding f;
  f.rule = "S10";
  f.severity = Severity::kWarning;
  f.where.section = section == 0 ? "导语" : SectionName(section);
  f.where.src = src;
  return f;
}

void Check(const AnnualReport& r, const Claim& c, std::vector<Finding>& out) {
  std::string table;
  Finding f = Make(c.section, c.src);
  switch (c.kind) {
    case ClaimKind::kAllHandled: {
      const auto n = T3Total(r, kR25);
      if (!n || *n == 0) return;
      table = "表三“" + T3RowName(kR25) + "”总计为" + Num(*n);
      f.values = {{"表格数字", Num(*n)}};
      break;
    }
    case ClaimKind::kNoApplications: {
      const auto n = T3Total(r, kR01);
      if (!n || *n == 0) return;
      table = "表三“" + T3RowName(kR01) + "”总计为" + Num(*n);
      f.values = {{"表格数字", Num(*n)}};
      break;
    }
    case ClaimKind::kNoAppeals: {
      const auto add = [&](const std::string& name, const std::string& described,
                           std::optional<int64_t> n) {
        if (!n || *n == 0) return;
        table += (table.empty() ? "" : "，") + described + "为" + Num(*n);
        f.values.emplace_back(name, Num(*n));
      };
      if ((c.parts & kAppealReview) != 0) {
        add(std::string(kT4Blocks[0]) + "·总计", "表四“" + std::string(kT4Blocks[0]) + "”总计",
            T4Total(r, 0));
      }
      const unsigned suits = c.parts & kAppealLitigation;
      if (suits == kAppealLitigation) {
        const auto a = T4Total(r, 1);
        const auto b = T4Total(r, 2);
        add(std::string(kT4LitigationHeader) + "·总计",
            "表四" + std::string(kT4LitigationHeader) + "总计",
            a && b ? std::optional<int64_t>(*a + *b) : std::nullopt);
      } else if (suits != 0) {
        const int block = suits == kAppealDirectSuit ? 1 : 2;
        add(std::string(kT4Blocks[block]) + "·总计",
            "表四“" + std::string(kT4Blocks[block]) + "”总计", T4Total(r, block));
      }
      if (table.empty()) return;
      break;
    }
  }
  f.message = "正文称“" + c.excerpt + "”，但" + table + "，正文与表格矛盾。";
  out.push_back(std::move(f));
}

void Check(const Breakdown& b, std::vector<Finding>& out) {
  const bool over = b.sum > b.total;
  const bool under = b.exhaustive && b.sum < b.total;
  if (!over && !under) return;
  Finding f = Make(b.section, b.src);
  f.values = {{"总数", Num(b.total)}, {"各项之和", Num(b.sum)}};
  f.message = "正文称“" + b.excerpt + "”，所列各项之和为" + Num(b.sum) + "，" +
              (over ? "超过" : "少于") + "总数" + Num(b.total) + "，正文前后矛盾。";
  out.push_back(std::move(f));
}

}  // namespace

void CheckContradictions(const AnnualReport& r, std::vector<Finding>& out) {
  // Paragraph by paragraph, so findings come in document order.
  std::vector<Claim> claims;
  std::vector<Breakdown> breakdowns;
  const auto scan = [&](const std::vector<Paragraph>& paragraphs, int section) {
    for (const Paragraph& p : paragraphs) {
      claims.clear();
      breakdowns.clear();
      FindClaimsAndBreakdowns(p.text, section, p.src, claims, breakdowns);
      for (const Claim& c : claims) Check(r, c, out);
      for (const Breakdown& b : breakdowns) Check(b, out);
    }
  };
  scan(r.preamble, 0);
  for (const Section& s : r.sections) scan(s.paragraphs, s.number);
}

}  // namespace gongkai::report::rules
