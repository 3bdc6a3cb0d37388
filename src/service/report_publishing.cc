// ReportService::PublishReport: the year locked and the report kept as
// published, together or not at all.
#include "report/check.h"
#include "report/labels.h"
#include "service/report_service.h"
#include "service/write_use_case.h"

namespace gongkai::service {

Result<PublishedOutcome> ReportService::PublishReport(const BuildRequest& request,
                                                      const ReportEncoder& encoder,
                                                      const Actor& actor) {
  if (!request.draft && !request.sample_text) {
    return Status::InvalidInput("发布年度报告须提供正文草稿：表二、表三、表四由记录统计，"
                                "但第一至第六部分的文字要由本机关撰写");
  }
  if (actor.name.empty()) return Status::InvalidInput("发布年度报告须记录操作人");
  return RunWriteUseCase<PublishedOutcome>(db_, [&]() -> Result<PublishedOutcome> {
    PublishedOutcome out;
    // Built inside the write transaction: what is published is what the
    // records say at the moment the year is locked.
    Result<BuiltReport> built = Build(request, actor);
    if (!built.ok()) return built.status();
    const std::vector<report::Finding> findings =
        report::CheckReport(built->report, nullptr, report::CheckOptions{});
    std::string errors;
    int error_count = 0;
    for (const report::Finding& f : findings) {
      if (f.severity == report::Severity::kError) {
        if (++error_count <= 5) errors += "\n  [" + f.rule + "] " + f.message;
      } else {
        out.warnings.push_back(f);
      }
    }
    if (error_count > 0) {
      return Status::InvalidInput("年度报告有" + std::to_string(error_count) +
                                  "处不符合格式要求的错误，不能发布（未锁定、未发布）：" + errors);
    }
    Result<LockChange> locks = ChangeLocks(request.scope, actor, "", true);
    if (!locks.ok()) return locks.status();
    out.locks = std::move(locks).value();
    PublishedReport stored;
    stored.agency_id = request.scope.agency_id;
    stored.year = request.scope.year;
    stored.children = request.scope.children;
    stored.title = built->report.title;
    stored.report_json = encoder.Encode(built->report);
    stored.actor = actor.name;
    Result<int> version = db_.reports().Add(stored);
    if (!version.ok()) return version.status();
    out.version = *version;
    out.built = std::move(built).value();
    return out;
  });
}

}  // namespace gongkai::service
