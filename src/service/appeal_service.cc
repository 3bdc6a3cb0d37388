#include "service/appeal_service.h"

#include <string>

#include "service/write_use_case.h"

namespace gongkai::service {

Result<int64_t> AppealService::Add(const domain::Appeal& appeal, const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("登记复议诉讼须记录经办人");
  return RunWriteUseCase<int64_t>(db_, [&]() -> Result<int64_t> {
    Result<domain::Agency> agency = db_.agencies().Get(appeal.agency_id);
    if (!agency.ok()) return Status::InvalidInput(agency.status().message());
    if (appeal.application_id) {
      Result<ApplicationRecord> app = db_.applications().Get(*appeal.application_id);
      if (!app.ok()) return Status::InvalidInput(app.status().message());
      if (app->application.agency_id != appeal.agency_id) {
        return Status::InvalidInput("申请 " + std::to_string(*appeal.application_id) + " 由机关 " +
                                    std::to_string(app->application.agency_id) +
                                    " 办理，不是本复议诉讼的被申请（被告）机关“" + agency->name + "”");
      }
    }
    domain::Appeal a = appeal;
    a.recorded_by = actor.name;
    a.decided_by = a.decided_on ? actor.name : "";
    return db_.appeals().Add(a);
  });
}

Status AppealService::Decide(int64_t id, CivilDate decided_on, domain::AppealOutcome outcome,
                             const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("记录审结结果须记录经办人");
  return RunWriteUseCase<int64_t>(db_, [&]() -> Result<int64_t> {
           if (Status s = db_.appeals().Decide(id, decided_on, outcome, actor.name); !s.ok()) return s;
           return id;
         })
      .status();
}

Result<std::vector<domain::Appeal>> AppealService::List(int64_t agency_id, bool children) {
  std::vector<int64_t> ids = {agency_id};
  if (children) {
    Result<std::vector<int64_t>> sub = db_.agencies().Subtree(agency_id);
    if (!sub.ok()) return sub.status();
    ids = *sub;
  } else if (Result<domain::Agency> one = db_.agencies().Get(agency_id); !one.ok()) {
    return one.status();
  }
  return db_.appeals().List(ids);
}

}  // namespace gongkai::service
