#include "app/case_text.h"

#include "law/fee.h"
#include "law/procedure_event.h"

namespace gongkai::app {

std::string ClockText(const law::ClockResult& c) {
  std::string out = std::string("状态：") + law::ProcedureStateLabel(c.state) + "\n";
  if (c.received_on) out += "收到申请之日：" + c.received_on->ToString() + "\n";
  if (c.due_on) out += "答复期限：" + c.due_on->ToString() + (c.due_provisional ? "（暂定）" : "") + "\n";
  if (c.fee_payment_due && c.state == law::ProcedureState::kFeePending) {
    out += "缴费期限：" + c.fee_payment_due->ToString() + "\n";
  }
  if (c.closed_on) out += "办结日期：" + c.closed_on->ToString() + "\n";
  if (c.reply) out += std::string("办理结果：") + law::ReplyTypeLabel(*c.reply) + "\n";
  if (!c.explanation.empty()) out += "期限计算：" + c.explanation + "\n";
  return out;
}

std::string EventText(const domain::ApplicationEvent& e) {
  if (e.kind == domain::kVoidEventKind) return "作废";
  const auto kind = law::ParseProcedureEventKind(e.kind);
  if (!kind) return e.kind + "，" + e.occurred_on.ToString();
  std::string out = law::ProcedureEventKindLabel(*kind);
  Result<law::ProcedureEvent> p = law::ParseProcedureEvent(e.kind, e.occurred_on, e.data);
  if (p.ok()) {
    std::string detail;
    const auto add = [&](const std::string& s) { detail += (detail.empty() ? "" : "，") + s; };
    if (p->reply_type) add(law::ReplyTypeLabel(*p->reply_type));
    if (!p->approver.empty()) add("批准人" + p->approver);
    if (p->days > 0) add(std::to_string(p->days) + "个工作日");
    if (!p->party.empty()) add(p->party);
    if (p->received_on) add("对方" + p->received_on->ToString() + "收到");
    if (p->deadline) add("告知答复期限至" + p->deadline->ToString());
    if (p->fee_method) {
      add(std::string(law::FeeMethodLabel(*p->fee_method)) +
          (p->fee_quantity > 0
               ? std::to_string(p->fee_quantity) + (*p->fee_method == law::FeeMethod::kPerPage ? "页" : "件")
               : "") +
          (p->fee_fen > 0 ? " " + law::FormatYuan(p->fee_fen) : ""));
    }
    if (!detail.empty()) out += "（" + detail + "）";
  }
  return out + "，" + e.occurred_on.ToString();
}

}  // namespace gongkai::app
