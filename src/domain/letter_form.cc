#include "domain/letter_form.h"

#include <cstdlib>

#include "core/utf8.h"

namespace gongkai::domain {

LetterCheck CheckLetter(const LetterForm& f) {
  LetterCheck out;
  CheckedLetter& l = out.letter;
  std::vector<FieldError>& errors = out.errors;
  const std::string agency = utf8::Trim(f.agency);
  if (agency.empty() || agency.size() > 15 ||
      agency.find_first_not_of("0123456789") != std::string::npos) {
    errors.push_back({"agency", "请选择写信对象"});
  } else {
    l.agency_id = std::strtoll(agency.c_str(), nullptr, 10);
  }
  bool known = false;
  for (MessageCategory c : {MessageCategory::kConsultation, MessageCategory::kSuggestion,
                            MessageCategory::kComplaint, MessageCategory::kHelp,
                            MessageCategory::kOther}) {
    if (f.category == MessageCategoryName(c)) {
      l.category = c;
      known = true;
    }
  }
  if (!known) errors.push_back({"category", "请选择留言类型"});
  l.title = utf8::CollapseSpaces(utf8::Sanitize(f.title));
  CheckFieldText(errors, "title", "标题", l.title, 2, kMaxLetterTitleChars);
  l.body = utf8::Trim(utf8::Sanitize(f.body));
  CheckFieldText(errors, "body", "留言内容", l.body, 5, kMaxLetterBodyChars);
  l.contact.name = utf8::Trim(utf8::Sanitize(f.name));
  CheckFieldText(errors, "name", "姓名", l.contact.name, 1, 50);
  l.contact.phone = utf8::Trim(utf8::Sanitize(f.phone));
  if (l.contact.phone.empty()) {
    errors.push_back({"phone", "请填写联系电话（凭查询码和联系电话查询办理结果）"});
  } else if (!ValidPhoneNumber(l.contact.phone)) {
    errors.push_back({"phone", "联系电话应为11位手机号码，或带区号的固定电话（如 010-12345678）"});
  }
  l.contact.email = utf8::Trim(utf8::Sanitize(f.email));
  if (!l.contact.email.empty() && !ValidEmailAddress(l.contact.email)) {
    errors.push_back({"email", "电子邮箱格式不正确，应如 name@example.com"});
  }
  l.consent = f.consent == "1";
  return out;
}

}  // namespace gongkai::domain
