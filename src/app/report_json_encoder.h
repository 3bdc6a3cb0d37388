// service::ReportEncoder over the project's JSON exchange format: what a
// published report is kept as (the portal reads it back with
// formats::ReadReportJson).
#pragma once

#include "formats/report_json.h"
#include "service/report_service.h"

namespace gongkai::app {

class JsonReportEncoder final : public service::ReportEncoder {
 public:
  std::string Encode(const report::AnnualReport& report) const override {
    return formats::WriteReportJson(report);
  }
};

}  // namespace gongkai::app
