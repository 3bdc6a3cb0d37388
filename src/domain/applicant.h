// Who applies (第二十七条). The applicant's legal nature is the Table 3
// column; the personal data are kept apart (ApplicantContact) and never shown
// publicly or written into reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gongkai::domain {

// Table 3 columns C1 … C6, in the format's order.
enum class ApplicantKind {
  kNaturalPerson,   // 自然人
  kCommercial,      // 商业企业
  kResearch,        // 科研机构
  kPublicInterest,  // 社会公益组织
  kLegalService,    // 法律服务机构
  kOtherOrg,        // 其他
};

inline constexpr int kApplicantKindCount = 6;

const char* ApplicantKindName(ApplicantKind k);   // natural_person, commercial, …
const char* ApplicantKindLabel(ApplicantKind k);  // 自然人, 商业企业, …
bool ParseApplicantKind(const std::string& name_or_label, ApplicantKind& out);

// Personal data: stored in its own table, read only by clerks of the agency
// handling the application (第二十九条 requires it; 个人信息保护 limits it).
struct ApplicantContact {
  std::string name;         // 姓名或者名称
  std::string id_document;  // 身份证明 (number of the ID card / 统一社会信用代码)
  std::string phone;
  std::string address;
  std::string email;
};

struct Applicant {
  int64_t id = 0;
  ApplicantKind kind = ApplicantKind::kNaturalPerson;
  ApplicantContact contact;
};

}  // namespace gongkai::domain
