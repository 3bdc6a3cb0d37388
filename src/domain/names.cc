// Names and Chinese labels of the domain's enums.
#include <string_view>

#include "domain/appeal.h"
#include "domain/applicant.h"
#include "domain/application.h"

namespace gongkai::domain {
namespace {

struct KindName {
  ApplicantKind kind;
  const char* name;
  const char* label;
};
constexpr KindName kKinds[] = {
    {ApplicantKind::kNaturalPerson, "natural_person", "自然人"},
    {ApplicantKind::kCommercial, "commercial", "商业企业"},
    {ApplicantKind::kResearch, "research", "科研机构"},
    {ApplicantKind::kPublicInterest, "public_interest", "社会公益组织"},
    {ApplicantKind::kLegalService, "legal_service", "法律服务机构"},
    {ApplicantKind::kOtherOrg, "other", "其他"},
};

}  // namespace

const char* ApplicantKindName(ApplicantKind k) {
  for (const KindName& x : kKinds) {
    if (x.kind == k) return x.name;
  }
  return "other";
}

const char* ApplicantKindLabel(ApplicantKind k) {
  for (const KindName& x : kKinds) {
    if (x.kind == k) return x.label;
  }
  return "其他";
}

bool ParseApplicantKind(const std::string& name_or_label, ApplicantKind& out) {
  for (const KindName& x : kKinds) {
    if (name_or_label == x.name || name_or_label == x.label) {
      out = x.kind;
      return true;
    }
  }
  return false;
}

const char* ApplicationStateName(ApplicationState s) {
  switch (s) {
    case ApplicationState::kSubmitted:
      return "submitted";
    case ApplicationState::kInProgress:
      return "in_progress";
    case ApplicationState::kCorrectionRequested:
      return "correction_requested";
    case ApplicationState::kConsulting:
      return "consulting";
    case ApplicationState::kFeePending:
      return "fee_pending";
    case ApplicationState::kClosed:
      return "closed";
  }
  return "submitted";
}

const char* ApplicationStateLabel(ApplicationState s) {
  switch (s) {
    case ApplicationState::kSubmitted:
      return "待确认收到";
    case ApplicationState::kInProgress:
      return "办理中";
    case ApplicationState::kCorrectionRequested:
      return "待补正";
    case ApplicationState::kConsulting:
      return "征求意见中";
    case ApplicationState::kFeePending:
      return "待缴费";
    case ApplicationState::kClosed:
      return "已办结";
  }
  return "待确认收到";
}

const char* AppealKindName(AppealKind k) {
  switch (k) {
    case AppealKind::kReview:
      return "review";
    case AppealKind::kDirectLitigation:
      return "direct_litigation";
    case AppealKind::kLitigationAfterReview:
      return "litigation_after_review";
  }
  return "review";
}

const char* AppealOutcomeName(AppealOutcome o) {
  switch (o) {
    case AppealOutcome::kUpheld:
      return "upheld";
    case AppealOutcome::kCorrected:
      return "corrected";
    case AppealOutcome::kOther:
      return "other";
  }
  return "other";
}

}  // namespace gongkai::domain
