// `case show --json` and `case list --json`: one JSON document on stdout for
// scripts, documented field by field in docs/case-json.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/applicant.h"
#include "service/case_service.h"

namespace gongkai::app {

// One application: its registration, the summary as stored, the clock as
// the replay of its history gives it, every event (corrections marked) and,
// only when `contact` is given, the applicant's personal data.
std::string CaseJson(const service::CaseView& view, const domain::Agency& agency,
                     const std::optional<domain::ApplicantContact>& contact);

std::string CaseListJson(const std::vector<domain::Application>& list,
                         const std::optional<CivilDate>& as_of);

}  // namespace gongkai::app
