// The official labels of the annual report format (国办公开办函〔2021〕30号), and
// those of the 2019 trial format (国办公开办函〔2019〕60号) that readers need to
// recognise. Every string here is verbatim from the format; renderers print
// them unchanged and readers match against them after normalisation.
#pragma once

#include <array>
#include <string_view>

namespace gongkai::report {

inline constexpr int kSectionCount = 6;
// Section titles, 一 … 六 (format §1).
inline constexpr std::array<std::string_view, kSectionCount> kSectionTitles = {
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
};

// ---- Table 2 (主动公开政府信息情况) ----
inline constexpr std::string_view kT2ContentHeader = "信息内容";
inline constexpr std::string_view kT2Block1 = "第二十条第（一）项";
inline constexpr std::string_view kT2Block5 = "第二十条第（五）项";
inline constexpr std::string_view kT2Block6 = "第二十条第（六）项";
inline constexpr std::string_view kT2Block8 = "第二十条第（八）项";
inline constexpr std::array<std::string_view, 3> kT2NormativeColumns = {
    "本年制发件数", "本年废止件数", "现行有效件数"};
inline constexpr std::array<std::string_view, 2> kT2NormativeRows = {"规章", "行政规范性文件"};
inline constexpr std::string_view kT2DecisionColumn = "本年处理决定数量";
inline constexpr std::string_view kT2Licensing = "行政许可";
inline constexpr std::string_view kT2Punishment = "行政处罚";
inline constexpr std::string_view kT2Enforcement = "行政强制";
inline constexpr std::string_view kT2FeeColumn = "本年收费金额（单位：万元）";
inline constexpr std::string_view kT2Fees = "行政事业性收费";

// ---- Table 3 (收到和处理政府信息公开申请情况) ----
inline constexpr int kT3Rows = 25;
inline constexpr int kT3Columns = 7;
inline constexpr std::string_view kT3Caption =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
inline constexpr std::string_view kT3ApplicantHeader = "申请人情况";
inline constexpr std::string_view kT3OrganisationHeader = "法人或其他组织";
inline constexpr std::array<std::string_view, kT3Columns> kT3ColumnLabels = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
inline constexpr std::string_view kT3ResultsHeader = "三、本年度办理结果";

// Groups of Table 3 rows: the spanning labels with no numbers of their own.
enum class T3Group { kNone, kWithheld, kCannotProvide, kNotProcessed, kOther };
inline constexpr std::string_view kT3GroupWithheld = "（三）不予公开";
inline constexpr std::string_view kT3GroupCannotProvide = "（四）无法提供";
inline constexpr std::string_view kT3GroupNotProcessed = "（五）不予处理";
inline constexpr std::string_view kT3GroupOther = "（六）其他处理";

struct T3RowSpec {
  std::string_view id;     // R01 … R25 (ids are gongkai's, not the format's)
  std::string_view label;  // verbatim label of the row's own cell
  T3Group group;
};

inline constexpr std::array<T3RowSpec, kT3Rows> kT3RowSpecs = {{
    {"R01", "一、本年新收政府信息公开申请数量", T3Group::kNone},
    {"R02", "二、上年结转政府信息公开申请数量", T3Group::kNone},
    {"R03", "（一）予以公开", T3Group::kNone},
    {"R04", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", T3Group::kNone},
    {"R05", "1.属于国家秘密", T3Group::kWithheld},
    {"R06", "2.其他法律行政法规禁止公开", T3Group::kWithheld},
    {"R07", "3.危及“三安全一稳定”", T3Group::kWithheld},
    {"R08", "4.保护第三方合法权益", T3Group::kWithheld},
    {"R09", "5.属于三类内部事务信息", T3Group::kWithheld},
    {"R10", "6.属于四类过程性信息", T3Group::kWithheld},
    {"R11", "7.属于行政执法案卷", T3Group::kWithheld},
    {"R12", "8.属于行政查询事项", T3Group::kWithheld},
    {"R13", "1.本机关不掌握相关政府信息", T3Group::kCannotProvide},
    {"R14", "2.没有现成信息需要另行制作", T3Group::kCannotProvide},
    {"R15", "3.补正后申请内容仍不明确", T3Group::kCannotProvide},
    {"R16", "1.信访举报投诉类申请", T3Group::kNotProcessed},
    {"R17", "2.重复申请", T3Group::kNotProcessed},
    {"R18", "3.要求提供公开出版物", T3Group::kNotProcessed},
    {"R19", "4.无正当理由大量反复申请", T3Group::kNotProcessed},
    {"R20", "5.要求行政机关确认或重新出具已获取信息", T3Group::kNotProcessed},
    {"R21", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", T3Group::kOther},
    {"R22", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     T3Group::kOther},
    {"R23", "3.其他", T3Group::kOther},
    {"R24", "（七）总计", T3Group::kNone},
    {"R25", "四、结转下年度继续办理", T3Group::kNone},
}};

// Row indices (0-based) of the rows the rules name.
inline constexpr int kR01 = 0, kR02 = 1, kR03 = 2, kR04 = 3, kR05 = 4, kR21 = 20, kR22 = 21,
                     kR23 = 22, kR24 = 23, kR25 = 24;
// The 2019 format has a single （六）其他处理 row; its value is kept in R23 and
// R21/R22 do not exist in such a report.
inline constexpr std::string_view kT3V2019OtherRow = "（六）其他处理";

std::string_view T3GroupLabel(T3Group group);

// ---- Table 4 (政府信息公开行政复议、行政诉讼情况) ----
inline constexpr int kT4Cells = 15;
inline constexpr std::array<std::string_view, 3> kT4Blocks = {"行政复议", "未经复议直接起诉",
                                                              "复议后起诉"};
inline constexpr std::string_view kT4LitigationHeader = "行政诉讼";
inline constexpr std::array<std::string_view, 5> kT4Columns = {"结果维持", "结果纠正", "其他结果",
                                                               "尚未审结", "总计"};

// ---- 2019 format (60号) labels used to tell the formats apart (format §7) ----
inline constexpr std::array<std::string_view, 6> kV2021Markers = {
    "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
    "逾期未按收费通知"};
inline constexpr std::array<std::string_view, 8> kV2019Markers = {
    "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
    "本年增/减",       "第二十条第（九）项", "政府集中采购",   "其他对外管理服务事项"};
inline constexpr std::array<std::string_view, 2> kLegacyMarkers = {"依申请公开政府信息情况",
                                                                   "政府信息公开的收费及减免情况"};

}  // namespace gongkai::report
