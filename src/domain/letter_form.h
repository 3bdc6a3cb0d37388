// The leader's-mailbox letter form (领导信箱, portal-and-catalogue.md §5) as a
// writer filled it on the portal, checked field by field like the online
// application (domain/online_application_form.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/message.h"
#include "domain/online_application_form.h"

namespace gongkai::domain {

struct LetterForm {
  std::string agency;    // agency: the mailbox's agency id
  std::string category;  // category: MessageCategoryName
  std::string title;     // title
  std::string body;      // body
  std::string name;      // name
  std::string phone;     // phone
  std::string email;     // email (optional)
  std::string consent;   // consent: "1" when the writer agrees to publication
};

struct CheckedLetter {
  int64_t agency_id = 0;
  MessageCategory category = MessageCategory::kConsultation;
  std::string title, body;
  MessageContact contact;
  bool consent = false;
};

struct LetterCheck {
  CheckedLetter letter;
  std::vector<FieldError> errors;
  bool ok() const { return errors.empty(); }
};

inline constexpr size_t kMaxLetterTitleChars = 200;  // as the mailbox service
inline constexpr size_t kMaxLetterBodyChars = 5000;  // [I] a setting would add nothing here

LetterCheck CheckLetter(const LetterForm& form);

}  // namespace gongkai::domain
