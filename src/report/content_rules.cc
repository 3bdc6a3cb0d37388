// Rules about what the narrative must say:
//   S3  fees: if （六）2 (unpaid fee) > 0, section 六 reports the fee notices;
//       section 六 reports on 信息处理费 at all (an explicit "none" counts)
//   S5  [R] a people's government reports 工作考核、社会评议和责任追究结果 and how
//       last year's problems were rectified (条例第五十条; setting, default on)
#include "core/utf8.h"
#include "report/narrative_figures.h"
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {

bool Has(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

bool HasAny(const std::string& hay, std::initializer_list<std::string_view> needles) {
  for (auto n : needles) {
    if (Has(hay, n)) return true;
  }
  return false;
}

// True when a sentence of `text` about fees says none arose or none was charged.
bool SaysNoFees(const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("。", start);
    if (end == std::string::npos) end = text.size();
    const std::string sentence = text.substr(start, end - start);
    if (HasAny(sentence, {"处理费", "收费", "费用"}) &&
        HasAny(sentence, {"没有", "未产生", "未收取", "未发生", "无", "不收取", "零"})) {
      return true;
    }
    start = end + std::string("。").size();
  }
  return false;
}

}  // namespace

void CheckFees(const AnnualReport& r, std::vector<Finding>& out) {
  if (r.year != 0 && r.year < 2021) return;  // 109号 applies from 2021 [R]
  const Section* six = r.FindSection(6);
  if (six == nullptr) return;  // H7 reports the missing section
  const std::string text = NormalizeNarrative(six->Text());
  const bool mentions = HasAny(text, {"信息处理费", "处理费", "收费"});
  const int64_t unpaid = r.table3.present ? r.table3.cells[kR22][kT3Columns - 1].or_zero() : 0;
  Finding f;
  f.rule = "S3";
  f.severity = Severity::kWarning;
  f.where.section = SectionName(6);
  f.where.src = six->src;
  if (!mentions) {
    f.message = "第六部分没有说明信息处理费的收取情况。应按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）报告本年度收费情况，没有收费的也应写明。";
    out.push_back(std::move(f));
    return;
  }
  if (unpaid > 0 && SaysNoFees(text)) {
    f.values = {{"（六）2总计", std::to_string(unpaid)}};
    f.message = "第六部分称没有信息处理费，但表三“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”为" +
                std::to_string(unpaid) + "件，说明本年度发出过收费通知，第六部分应如实报告收费通知和收费情况。";
    out.push_back(std::move(f));
  }
}

void CheckGovernmentContent(const AnnualReport& r, const CheckOptions& o,
                            std::vector<Finding>& out) {
  if (!o.require_government_content) return;
  const AgencyKind kind =
      r.agency_kind == AgencyKind::kUnknown ? ClassifyAgency(r.agency) : r.agency_kind;
  if (kind != AgencyKind::kGovernment) return;
  // Keywords are searched in the text as written (no spaces inside them).
  std::string all;
  for (const Section& s : r.sections) {
    for (const Paragraph& p : s.paragraphs) all += p.text + "\n";
  }
  std::vector<std::string> missing;
  if (!Has(all, "考核")) missing.push_back("工作考核");
  if (!Has(all, "评议")) missing.push_back("社会评议");
  if (!HasAny(all, {"责任追究", "追究责任", "问责"})) missing.push_back("责任追究");
  if (!missing.empty()) {
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : "、") + m;
    Finding f;
    f.rule = "S5";
    f.severity = Severity::kWarning;
    f.where.section = SectionName(1);
    f.message = "人民政府的年度报告应当包括工作考核、社会评议和责任追究结果（条例第五十条），本报告未写明" +
                list + "的结果。";
    out.push_back(std::move(f));
  }
  const Section* five = r.FindSection(5);
  if (five == nullptr) return;
  const std::string text = NormalizeNarrative(five->Text());
  if (HasAny(text, {"上年", "上一年", "去年", "以往年度", "往年"}) &&
      HasAny(text, {"整改", "改进情况", "已改进", "得到改进", "落实"})) {
    return;
  }
  Finding f;
  f.rule = "S5";
  f.severity = Severity::kWarning;
  f.where.section = SectionName(5);
  f.where.src = five->src;
  f.message = "第五部分没有说明上一年度报告所列问题的整改情况。“存在的主要问题及改进情况”应包括上年问题的改进情况。";
  out.push_back(std::move(f));
}

}  // namespace gongkai::report::rules
