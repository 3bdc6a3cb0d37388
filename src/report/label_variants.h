// Row labels of Tables 2 and 3 as agencies really print them, beside the
// official label each stands for. Every entry is listed, with where it comes
// from, in docs/label-variants.md, and has a test. Labels are compared after
// report::NormalizeLabel (widths folded, white space removed, 1、→1.).
#pragma once

#include <array>
#include <string_view>

namespace gongkai::report {

struct LabelVariant {
  std::string_view printed;   // as normalised
  std::string_view official;  // the format's label (labels.h)
};

// Whole-label variants of the Table 2 rows.
inline constexpr std::array<LabelVariant, 9> kT2LabelVariants = {{
    {"规范性文件", "行政规范性文件"},  // the 2019 format's word, kept by many departments
    {"其他规范性文件", "行政规范性文件"},
    {"政府规章", "规章"},
    {"地方政府规章", "规章"},
    {"行政许可决定", "行政许可"},
    {"行政处罚决定", "行政处罚"},
    {"行政强制决定", "行政强制"},
    {"行政事业性收费金额", "行政事业性收费"},
    {"行政事业性收费项目", "行政事业性收费"},
}};

// Words that identify a Table 3 row when its official distinguishing words
// are not printed (the long form of a short official phrase, or the reverse).
// Tried after the official key words, before the edit-distance match.
inline constexpr std::array<LabelVariant, 8> kT3LabelVariants = {{
    {"国家安全、公共安全、经济安全和社会稳定", "3.危及“三安全一稳定”"},
    {"国家安全、公共安全、经济安全、社会稳定", "3.危及“三安全一稳定”"},
    {"内部事务信息", "5.属于三类内部事务信息"},
    {"过程性信息", "6.属于四类过程性信息"},
    {"执法案卷", "7.属于行政执法案卷"},
    {"信息不存在", "1.本机关不掌握相关政府信息"},
    {"信访、举报、投诉", "1.信访举报投诉类申请"},
    {"结转下年继续办理", "四、结转下年度继续办理"},
}};

// Units some reports add to a label: 规章（件）, 行政事业性收费（万元）. Removed
// before matching, silently (the unit is the format's own).
inline constexpr std::array<std::string_view, 7> kLabelUnitSuffixes = {
    "（件）", "（个）", "（项）", "（万元）", "（单位：件）", "（单位：万元）", "（件数）"};

}  // namespace gongkai::report
