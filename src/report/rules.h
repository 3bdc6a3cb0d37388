// Internal: the rule groups CheckReport runs. Each appends its findings.
#pragma once

#include <string>
#include <vector>

#include "report/annual_report.h"
#include "report/check_options.h"
#include "report/finding.h"

namespace gongkai::report::rules {

void CheckCells(const AnnualReport& r, std::vector<Finding>& out);          // H1
void CheckTable3Sums(const AnnualReport& r, std::vector<Finding>& out);     // H2, H3, H4, H6
void CheckTable4Sums(const AnnualReport& r, std::vector<Finding>& out);     // H5
void CheckStructure(const AnnualReport& r, std::vector<Finding>& out);      // H7, H8
void CheckCrossYear(const AnnualReport& r, const AnnualReport& previous,
                    std::vector<Finding>& out);                              // X1, X2
void CheckStock(const AnnualReport& r, std::vector<Finding>& out);          // S1
void CheckNarrative(const AnnualReport& r, std::vector<Finding>& out);      // S2
void CheckFees(const AnnualReport& r, std::vector<Finding>& out);           // S3
void CheckPeriod(const AnnualReport& r, std::vector<Finding>& out);         // S4
void CheckGovernmentContent(const AnnualReport& r, const CheckOptions& o,
                            std::vector<Finding>& out);                      // S5
void CheckPublication(const AnnualReport& r, const CheckOptions& o,
                      std::vector<Finding>& out);                            // S6
void CheckCopied(const AnnualReport& r, const AnnualReport& previous, const CheckOptions& o,
                 std::vector<Finding>& out);                                 // S7
void CheckReviewLitigation(const AnnualReport& r, const AnnualReport* previous,
                           std::vector<Finding>& out);                       // S8
void CheckHeadingStyle(const AnnualReport& r, std::vector<Finding>& out);   // S9
void CheckContradictions(const AnnualReport& r, std::vector<Finding>& out);  // S10

// Shared wording.
std::string SectionName(int number);          // 三、收到和处理政府信息公开申请情况
std::string T3RowName(int row);               // the row's label
std::string T3ColumnName(int column);         // 自然人 …
std::string T4CellName(int index);            // 行政复议·结果维持 …
inline constexpr const char* kTable2 = "表二（主动公开政府信息情况）";
inline constexpr const char* kTable3 = "表三（收到和处理政府信息公开申请情况）";
inline constexpr const char* kTable4 = "表四（政府信息公开行政复议、行政诉讼情况）";

}  // namespace gongkai::report::rules
