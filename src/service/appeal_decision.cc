#include "service/appeal_decision.h"

#include <string>

namespace gongkai::service {

std::string AppealName(const domain::Appeal& a) {
  if (!a.case_number.empty()) return "复议诉讼案件“" + a.case_number + "”";
  return a.id > 0 ? "复议诉讼案件（编号" + std::to_string(a.id) + "）" : std::string("复议诉讼案件");
}

Status ValidateAppealDecision(const domain::Appeal& a) {
  const std::string where = AppealName(a);
  if (a.decided_on.has_value() != a.outcome.has_value()) {
    return Status::InvalidInput(where + "的审结日期和审结结果必须同时填写或同时为空");
  }
  if (a.decided_on && *a.decided_on < a.filed_on) {
    return Status::InvalidInput(where + "的审结日期 " + a.decided_on->ToString() + " 早于立案日期 " +
                                a.filed_on.ToString());
  }
  return Status::Ok();
}

}  // namespace gongkai::service
