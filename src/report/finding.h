// A finding of the consistency checker: which rule, how serious, where, the
// numbers involved and a message a clerk understands.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::report {

enum class Severity { kError, kWarning };

const char* SeverityName(Severity s);  // "error" / "warning"

// Where a finding points. Labels are the report's own Chinese labels; empty
// parts do not apply (a section-level finding has no table).
struct Where {
  std::string section;  // e.g. 三、收到和处理政府信息公开申请情况
  std::string table;    // 表二 / 表三 / 表四
  std::string row;      // e.g. 二、上年结转政府信息公开申请数量
  std::string column;   // e.g. 总计
  SourceRef src;        // line/page in the source document

  // 表三…“二、上年结转…”行“总计”列 (the source position is shown apart)
  std::string Describe() const;
};

struct Finding {
  std::string rule;  // H1 … H8, X1, X2, S1 … S10
  Severity severity = Severity::kError;
  Where where;
  // The numbers involved, named (e.g. {"总计", "1"}, {"各列之和", "0"}).
  std::vector<std::pair<std::string, std::string>> values;
  std::string message;  // zh-CN, complete sentence
};

}  // namespace gongkai::report
