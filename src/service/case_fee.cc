// 信息处理费 on a fee notice: the amount comes from 国办函〔2020〕109号, never
// from what a clerk types.
#include <string>

#include "service/case_service.h"

namespace gongkai::service {
namespace {

// How many 件 an application counts as for 按件: what its fee notice in
// force says, else 1 (一事一申请).
Result<int64_t> PiecesOf(Database& db, int64_t application_id) {
  Result<ApplicationRecord> r = db.applications().Get(application_id);
  if (!r.ok()) return r.status();
  Result<std::vector<law::ProcedureEvent>> events = CaseService::EventsInForce(r->events);
  if (!events.ok()) return events.status();
  int64_t pieces = 1;
  for (const law::ProcedureEvent& e : *events) {
    if (e.kind == law::ProcedureEventKind::kFeeNoticeReceived &&
        e.fee_method == law::FeeMethod::kPerItem && e.fee_quantity > 0) {
      pieces = e.fee_quantity;
    }
  }
  return pieces;
}

}  // namespace

Result<std::optional<law::FeeCalculation>> CaseService::PriceFeeNotice(
    const ApplicationRecord& record, law::ProcedureEvent& event) {
  if (event.kind != law::ProcedureEventKind::kFeeNoticeReceived) {
    return std::optional<law::FeeCalculation>();
  }
  if (!event.fee_method) {
    return Status::InvalidInput(
        "收费通知须注明计收方式：按件计收（per_piece，可注明本申请计为几件）或按量计收（per_page，注明页数），"
        "两种方式只能选一种（国办函〔2020〕109号第三条）");
  }
  const domain::Application& app = record.application;
  Result<law::FeeCalculation> calc = Status::Internal("");
  if (*event.fee_method == law::FeeMethod::kPerPage) {
    if (event.fee_quantity <= 0) {
      return Status::InvalidInput("按量计收须注明页数（国办函〔2020〕109号第五条），例如 --pages 150");
    }
    calc = law::CalculatePerPage(event.fee_quantity);
  } else {
    if (!app.received_on) return Status::InvalidInput("尚未收到申请，不能按件计算信息处理费");
    // 109号第四条: the applicant's applications to this body in the 自然月 of
    // 收到申请之日 [I], those received before this one first.
    const CivilDate r = *app.received_on;
    const CivilDate from{r.year, r.month, 1};
    const CivilDate to =
        CivilDate::FromDays((r.month == 12 ? CivilDate{r.year + 1, 1, 1}
                                           : CivilDate{r.year, r.month + 1, 1})
                                .ToDays() -
                            1);
    Result<std::vector<domain::Application>> month =
        db_.applications().SameApplicantReceived(app.agency_id, app.applicant_id, from, to);
    if (!month.ok()) return month.status();
    int64_t before = 0;
    for (const domain::Application& other : *month) {
      if (other.id == app.id) break;
      Result<int64_t> pieces = PiecesOf(db_, other.id);
      if (!pieces.ok()) return pieces.status();
      before += *pieces;
    }
    const int64_t pieces = event.fee_quantity > 0 ? event.fee_quantity : 1;
    calc = law::CalculatePerPiece(before + 1, pieces);
  }
  if (!calc.ok()) return calc.status();
  if (calc->amount_fen == 0) {
    return Status::InvalidInput("按国办函〔2020〕109号计算应收0元，不需要发出收费通知：" + calc->Explain());
  }
  event.fee_quantity = calc->quantity;
  event.fee_first_piece = *event.fee_method == law::FeeMethod::kPerItem ? calc->first : 0;
  event.fee_fen = calc->amount_fen;
  return std::optional<law::FeeCalculation>(std::move(calc).value());
}

}  // namespace gongkai::service
