// How the storage adapters spell the domain's enums in the database: stable
// lower-case names (never the Chinese labels, which may be reworded), and
// the applicant kind as its Table 3 column index 0–5 so that the Table 3
// query can group by it directly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "domain/agency.h"
#include "domain/appeal.h"
#include "domain/applicant.h"
#include "domain/application.h"
#include "service/report_lock_store.h"

namespace gongkai::storage {

const char* AgencyKindCode(domain::AgencyKind k);
std::optional<domain::AgencyKind> ParseAgencyKindCode(std::string_view s);

std::optional<domain::ApplicationState> ParseStateCode(std::string_view s);
std::optional<domain::AppealKind> ParseAppealKindCode(std::string_view s);
std::optional<domain::AppealOutcome> ParseAppealOutcomeCode(std::string_view s);
std::optional<domain::ApplicantKind> ApplicantKindFromIndex(long long index);

const char* LockEventCode(service::LockEventKind k);
std::optional<service::LockEventKind> ParseLockEventCode(std::string_view s);

// The refusal of an 组织机构代码 that domain::PlausibleOrgCode rejects.
Status BadOrgCode(const std::string& org_code);

// The current UTC time as YYYY-MM-DDTHH:MM:SSZ (for recorded_at and lock logs).
std::string UtcNow();

}  // namespace gongkai::storage
