#include "storage/codes.h"

#include <chrono>
#include <ctime>

namespace gongkai::storage {

const char* AgencyKindCode(domain::AgencyKind k) {
  switch (k) {
    case domain::AgencyKind::kGovernment:
      return "government";
    case domain::AgencyKind::kDepartment:
      return "department";
  }
  return "department";
}

std::optional<domain::AgencyKind> ParseAgencyKindCode(std::string_view s) {
  for (auto k : {domain::AgencyKind::kGovernment, domain::AgencyKind::kDepartment}) {
    if (s == AgencyKindCode(k)) return k;
  }
  return std::nullopt;
}

std::optional<domain::ApplicationState> ParseStateCode(std::string_view s) {
  using S = domain::ApplicationState;
  for (S k : {S::kSubmitted, S::kInProgress, S::kCorrectionRequested, S::kConsulting,
              S::kFeePending, S::kClosed}) {
    if (s == domain::ApplicationStateName(k)) return k;
  }
  return std::nullopt;
}

std::optional<domain::AppealKind> ParseAppealKindCode(std::string_view s) {
  using K = domain::AppealKind;
  for (K k : {K::kReview, K::kDirectLitigation, K::kLitigationAfterReview}) {
    if (s == domain::AppealKindName(k)) return k;
  }
  return std::nullopt;
}

std::optional<domain::AppealOutcome> ParseAppealOutcomeCode(std::string_view s) {
  using O = domain::AppealOutcome;
  for (O o : {O::kUpheld, O::kCorrected, O::kOther}) {
    if (s == domain::AppealOutcomeName(o)) return o;
  }
  return std::nullopt;
}

std::optional<domain::ApplicantKind> ApplicantKindFromIndex(long long index) {
  if (index < 0 || index >= domain::kApplicantKindCount) return std::nullopt;
  return static_cast<domain::ApplicantKind>(index);
}

const char* LockEventCode(service::LockEventKind k) {
  switch (k) {
    case service::LockEventKind::kLock:
      return "lock";
    case service::LockEventKind::kUnlock:
      return "unlock";
  }
  return "lock";
}

std::optional<service::LockEventKind> ParseLockEventCode(std::string_view s) {
  for (auto k : {service::LockEventKind::kLock, service::LockEventKind::kUnlock}) {
    if (s == LockEventCode(k)) return k;
  }
  return std::nullopt;
}

std::string UtcNow() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Status BadOrgCode(const std::string& org_code) {
  return Status::InvalidInput("组织机构代码“" + org_code +
                              "”不符合要求：应为 9 位组织机构代码（去掉连字符，如 12345678X）"
                              "或 18 位统一社会信用代码（大写字母和数字）");
}

}  // namespace gongkai::storage
