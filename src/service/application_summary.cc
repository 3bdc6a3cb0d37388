#include "service/application_summary.h"

#include <string>

namespace gongkai::service {

ApplicationSummary SummaryOf(const domain::Application& a) {
  return ApplicationSummary{a.state, a.received_on, a.due_on, a.closed_on, a.outcome};
}

void ApplySummary(const ApplicationSummary& s, domain::Application& a) {
  a.state = s.state;
  a.received_on = s.received_on;
  a.due_on = s.due_on;
  a.closed_on = s.closed_on;
  a.outcome = s.outcome;
}

Status ValidateSummary(const ApplicationSummary& s) {
  const bool closed = s.state == domain::ApplicationState::kClosed;
  if (closed && !s.closed_on) {
    return Status::InvalidInput("申请状态为“已办结”，但缺少办结日期（closed_on）");
  }
  if (closed && !s.outcome) {
    return Status::InvalidInput("申请状态为“已办结”，但缺少处理结果（outcome），无法计入表三");
  }
  if (!closed && (s.closed_on || s.outcome)) {
    return Status::InvalidInput(std::string("申请状态为“") +
                                domain::ApplicationStateLabel(s.state) +
                                "”，不应有办结日期或处理结果；只有已办结的申请才有");
  }
  if (s.closed_on && !s.received_on) {
    return Status::InvalidInput("申请已办结（" + s.closed_on->ToString() +
                                "），但没有收到申请之日（条例第三十一条）");
  }
  if (s.closed_on && *s.closed_on < *s.received_on) {
    return Status::InvalidInput("办结日期 " + s.closed_on->ToString() + " 早于收到申请之日 " +
                                s.received_on->ToString());
  }
  return Status::Ok();
}

}  // namespace gongkai::service
