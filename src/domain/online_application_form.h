// The online application form (条例第二十九条) as the applicant filled it,
// checked field by field: every problem is named by its form field with a
// message to show next to it, so one submission shows them all. Pure: the
// agency's existence and the upload's storage are the service's business.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/applicant.h"
#include "domain/application_request.h"

namespace gongkai::domain {

// The fields as sent (form field names in comments).
struct OnlineApplicationForm {
  std::string agency;          // agency: the id of the agency applied to
  std::string applicant_type;  // applicant_type: person | organization
  // 自然人
  std::string person_name;  // person_name
  std::string id_type;      // id_type: resident_id, passport, hk_macao, taiwan, foreign, other
  std::string id_number;    // id_number
  // 法人或者其他组织
  std::string org_name;        // org_name
  std::string org_kind;        // org_kind: commercial, research, public_interest, legal_service, other
  std::string credit_code;     // credit_code: 统一社会信用代码
  std::string legal_rep;       // legal_rep: 法定代表人或者主要负责人
  std::string contact_person;  // contact_person
  // 联系方式
  std::string phone;        // phone
  std::string email;        // email
  std::string address;      // address
  std::string postal_code;  // postal_code
  // 申请内容
  std::string subject;          // subject: 名称、文号或者便于查询的其他特征性描述
  std::string purpose;          // purpose (optional)
  std::string delivery_method;  // delivery_method: DeliveryMethodName
  std::string delivery_form;    // delivery_form: DeliveryFormName
  std::string pledge;           // pledge: "1" when the applicant affirms the form is true
  // The 身份证明 upload (proof): its bytes and the name it had.
  std::string proof_name;
  std::string proof_bytes;
};

struct FieldError {
  std::string field;    // the form field's name ("" for the whole form)
  std::string message;  // zh-CN, shown next to the field
};

// The form turned into what the records keep.
struct CheckedApplication {
  int64_t agency_id = 0;
  ApplicantKind kind = ApplicantKind::kNaturalPerson;
  ApplicantContact contact;
  ApplicationRequest request;  // proof: type and size only (the service stores it)
  std::string subject;
};

struct FormCheck {
  CheckedApplication application;
  std::vector<FieldError> errors;  // in the order of the form
  bool ok() const { return errors.empty(); }
};

// Limits of the form ([I]: the spec sets none; these are settings of the
// portal with these defaults, docs/settings.md "apply").
struct FormLimits {
  int64_t max_proof_bytes = 5 * 1024 * 1024;
  int max_subject_chars = 2000;
  int max_purpose_chars = 500;
};

FormCheck CheckOnlineApplication(const OnlineApplicationForm& form, const FormLimits& limits = {});

// The type of an uploaded proof by its content ("jpeg", "png", "pdf"), or
// "" for anything else, whatever its name says.
std::string DetectProofType(std::string_view bytes);

// The identity documents of the form: id_type name → label (居民身份证 …).
struct IdDocumentType {
  const char* name;
  const char* label;
};
const std::vector<IdDocumentType>& IdDocumentTypes();

// A phone number as typed → the digits to compare ("+86 138-0013-8000" →
// "13800138000"; a landline keeps its area code: "010-12345678" →
// "01012345678"). Full-width digits are folded.
std::string PhoneDigits(std::string_view phone);

// A mobile number of the 工信部 table or a landline with its area code
// (0 + 2–3 digits, 7–8 digits, an optional extension), as typed.
bool ValidPhoneNumber(std::string_view phone);
// name@domain.tld without spaces or markup, at most 254 characters.
bool ValidEmailAddress(std::string_view email);

// Adds an error for `field` when `value` is shorter than `min` characters
// (请填写LABEL when empty) or longer than `max`.
void CheckFieldText(std::vector<FieldError>& errors, const char* field, const char* label,
                    const std::string& value, size_t min, size_t max);

}  // namespace gongkai::domain
