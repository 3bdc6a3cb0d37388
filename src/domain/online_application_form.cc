#include "domain/online_application_form.h"

#include <cstdlib>

#include "core/utf8.h"
#include "domain/credit_code.h"
#include "domain/personal_info.h"

namespace gongkai::domain {
namespace {

const std::vector<IdDocumentType> kIdTypes = {
    {"resident_id", "居民身份证"},
    {"passport", "护照"},
    {"hk_macao", "港澳居民来往内地通行证"},
    {"taiwan", "台湾居民来往大陆通行证"},
    {"foreign", "外国人永久居留身份证"},
    {"other", "其他有效身份证件"},
};

std::string Clean(std::string_view s) { return utf8::Trim(utf8::Sanitize(s)); }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A landline as typed: an area code 0 + 2–3 digits, 7–8 digits, and an
// optional extension; separators '-' or spaces.
bool ValidLandline(std::string_view digits) {
  return digits.size() >= 10 && digits.size() <= 18 && digits[0] == '0' && AllDigits(digits);
}

}  // namespace

bool ValidEmailAddress(std::string_view e) {
  const size_t at = e.find('@');
  if (at == std::string_view::npos || at == 0 || e.find('@', at + 1) != std::string_view::npos ||
      e.size() > 254) {
    return false;
  }
  const std::string_view domain = e.substr(at + 1);
  const size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  for (unsigned char c : e) {
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';') return false;
  }
  return true;
}

bool ValidPhoneNumber(std::string_view phone) {
  const std::string digits = PhoneDigits(phone);
  return (digits.size() == 11 && ValidMobileNumber(digits)) || ValidLandline(digits);
}

// Length in characters within [min, max]; the message names the field's label.
void CheckFieldText(std::vector<FieldError>& errors, const char* field, const char* label,
               const std::string& value, size_t min, size_t max) {
  const size_t n = utf8::Length(value);
  if (n == 0 && min > 0) {
    errors.push_back({field, std::string("请填写") + label});
  } else if (n < min) {
    errors.push_back({field, std::string(label) + "过短：至少" + std::to_string(min) + "个字"});
  } else if (n > max) {
    errors.push_back({field, std::string(label) + "过长：最多" + std::to_string(max) + "个字，现有" +
                                 std::to_string(n) + "个字"});
  }
}

namespace {

void CheckPerson(const OnlineApplicationForm& f, CheckedApplication& a,
                 std::vector<FieldError>& errors) {
  a.kind = ApplicantKind::kNaturalPerson;
  a.contact.name = Clean(f.person_name);
  CheckFieldText(errors, "person_name", "申请人姓名", a.contact.name, 1, 50);
  const IdDocumentType* type = nullptr;
  for (const IdDocumentType& t : kIdTypes) {
    if (f.id_type == t.name) type = &t;
  }
  if (type == nullptr) {
    errors.push_back({"id_type", "请选择证件类型"});
    return;
  }
  a.request.id_document_type = type->label;
  std::string number = utf8::StripSpaces(utf8::FoldWidth(Clean(f.id_number)));
  if (number.empty()) {
    errors.push_back({"id_number", "请填写证件号码"});
    return;
  }
  if (std::string_view(type->name) == "resident_id") {
    if (!number.empty() && number.back() == 'x') number.back() = 'X';
    if (number.size() != 18) {
      errors.push_back({"id_number", "居民身份证号码应为18位，现为" +
                                         std::to_string(utf8::Length(number)) + "位"});
    } else if (!ValidResidentIdChecksum(number)) {
      errors.push_back({"id_number", "居民身份证号码校验位不符，请核对"});
    } else if (!ValidResidentId(number)) {
      errors.push_back({"id_number", "居民身份证号码中的地区码或出生日期无效，请核对"});
    }
  } else if (number.size() < 5 || number.size() > 30) {
    errors.push_back({"id_number", "证件号码应为5–30位字母或数字"});
  } else {
    for (char c : number) {
      const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      c == '-' || c == '(' || c == ')';
      if (!ok) {
        errors.push_back({"id_number", "证件号码应由字母或数字组成"});
        break;
      }
    }
  }
  a.contact.id_document = number;
}

void CheckOrganization(const OnlineApplicationForm& f, CheckedApplication& a,
                       std::vector<FieldError>& errors) {
  a.request.organization = true;
  a.request.id_document_type = "统一社会信用代码";
  a.contact.name = Clean(f.org_name);
  CheckFieldText(errors, "org_name", "法人或者其他组织名称", a.contact.name, 2, 100);
  ApplicantKind kind = ApplicantKind::kOtherOrg;
  if (!ParseApplicantKind(f.org_kind, kind) || kind == ApplicantKind::kNaturalPerson) {
    errors.push_back({"org_kind", "请选择组织类型"});
  }
  a.kind = kind == ApplicantKind::kNaturalPerson ? ApplicantKind::kOtherOrg : kind;
  std::string code = utf8::StripSpaces(utf8::FoldWidth(Clean(f.credit_code)));
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (code.empty()) {
    errors.push_back({"credit_code", "请填写统一社会信用代码"});
  } else if (code.size() != 18) {
    errors.push_back({"credit_code", "统一社会信用代码应为18位，现为" +
                                         std::to_string(utf8::Length(code)) + "位"});
  } else if (!ValidCreditCode(code)) {
    errors.push_back({"credit_code", "统一社会信用代码校验位不符或含有无效字符，请核对"});
  }
  a.contact.id_document = code;
  a.request.legal_representative = Clean(f.legal_rep);
  CheckFieldText(errors, "legal_rep", "法定代表人或者主要负责人", a.request.legal_representative, 1, 50);
  a.request.contact_person = Clean(f.contact_person);
  CheckFieldText(errors, "contact_person", "联系人姓名", a.request.contact_person, 1, 50);
}

}  // namespace

const std::vector<IdDocumentType>& IdDocumentTypes() { return kIdTypes; }

std::string PhoneDigits(std::string_view phone) {
  const std::string folded = utf8::FoldWidth(phone);
  std::string digits;
  for (char c : folded) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  // +86 / 0086 before an 11-digit mobile number.
  for (const std::string_view prefix : {std::string_view("0086"), std::string_view("86")}) {
    if (digits.size() == 11 + prefix.size() && digits.compare(0, prefix.size(), prefix) == 0 &&
        digits[prefix.size()] == '1') {
      return digits.substr(prefix.size());
    }
  }
  return digits;
}

std::string DetectProofType(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return "jpeg";
  if (b.size() >= 8 && b.substr(0, 8) == "\x89PNG\r\n\x1A\n") return "png";
  if (b.size() >= 5 && b.substr(0, 5) == "%PDF-") return "pdf";
  return "";
}

FormCheck CheckOnlineApplication(const OnlineApplicationForm& f, const FormLimits& limits) {
  FormCheck out;
  CheckedApplication& a = out.application;
  std::vector<FieldError>& errors = out.errors;
  const std::string agency = Clean(f.agency);
  if (agency.empty()) {
    errors.push_back({"agency", "请选择受理机关"});
  } else if (!AllDigits(agency) || agency.size() > 15) {
    errors.push_back({"agency", "受理机关无效，请从列表中选择"});
  } else {
    a.agency_id = std::strtoll(agency.c_str(), nullptr, 10);
  }
  if (f.applicant_type == "person") {
    CheckPerson(f, a, errors);
  } else if (f.applicant_type == "organization") {
    CheckOrganization(f, a, errors);
  } else {
    errors.push_back({"applicant_type", "请选择申请人类型：自然人或者法人或其他组织"});
  }

  a.contact.phone = Clean(f.phone);
  if (a.contact.phone.empty()) {
    errors.push_back({"phone", "请填写联系电话"});
  } else if (!ValidPhoneNumber(a.contact.phone)) {
    errors.push_back({"phone", "联系电话应为11位手机号码，或带区号的固定电话（如 010-12345678）"});
  }
  a.contact.email = Clean(f.email);
  a.contact.address = Clean(f.address);
  a.request.postal_code = utf8::StripSpaces(utf8::FoldWidth(Clean(f.postal_code)));

  const auto method = ParseDeliveryMethod(f.delivery_method);
  if (!method) {
    errors.push_back({"delivery_method", "请选择获取信息的方式"});
  } else {
    a.request.delivery_method = *method;
  }
  const auto form = ParseDeliveryForm(f.delivery_form);
  if (!form) {
    errors.push_back({"delivery_form", "请选择信息的载体形式"});
  } else {
    a.request.delivery_form = *form;
  }
  if (a.contact.email.empty()) {
    if (method == DeliveryMethod::kEmail) errors.push_back({"email", "选择电子邮件获取时请填写电子邮箱"});
  } else if (!ValidEmailAddress(a.contact.email)) {
    errors.push_back({"email", "电子邮箱格式不正确，应如 name@example.com"});
  }
  if (method == DeliveryMethod::kPost) {
    CheckFieldText(errors, "address", "通信地址（选择邮寄时必填）", a.contact.address, 5, 200);
  } else {
    CheckFieldText(errors, "address", "通信地址", a.contact.address, 0, 200);
  }
  if (!a.request.postal_code.empty() &&
      (a.request.postal_code.size() != 6 || !AllDigits(a.request.postal_code))) {
    errors.push_back({"postal_code", "邮政编码应为6位数字"});
  }
  if (method == DeliveryMethod::kEmail && form == DeliveryForm::kPaper) {
    errors.push_back({"delivery_form", "电子邮件只能提供电子文档"});
  }

  a.subject = Clean(f.subject);
  CheckFieldText(errors, "subject", "所需政府信息的名称、文号或者特征性描述", a.subject, 4,
            static_cast<size_t>(limits.max_subject_chars));
  a.request.purpose = Clean(f.purpose);
  CheckFieldText(errors, "purpose", "用途", a.request.purpose, 0,
            static_cast<size_t>(limits.max_purpose_chars));

  if (f.proof_bytes.empty()) {
    errors.push_back({"proof", "请上传身份证明（JPEG、PNG 图片或 PDF 文件）"});
  } else if (static_cast<int64_t>(f.proof_bytes.size()) > limits.max_proof_bytes) {
    errors.push_back({"proof", "身份证明文件过大：最大" +
                                   std::to_string(limits.max_proof_bytes / 1024 / 1024) +
                                   " MB，上传的文件为" +
                                   std::to_string((f.proof_bytes.size() + 1023) / 1024) + " KB"});
  } else if (const std::string type = DetectProofType(f.proof_bytes); type.empty()) {
    errors.push_back({"proof", "身份证明只能是 JPEG、PNG 图片或 PDF 文件（按文件内容判断，不看扩展名）"});
  } else {
    ProofFile p;
    p.type = type;
    p.size = static_cast<int64_t>(f.proof_bytes.size());
    p.name = Clean(f.proof_name);
    if (utf8::Length(p.name) > 200) p.name = "身份证明." + type;
    a.request.proof = p;
  }
  if (f.pledge != "1") {
    errors.push_back({"pledge", "请确认所填信息真实、准确"});
  }
  return out;
}

}  // namespace gongkai::domain
