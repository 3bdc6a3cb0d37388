#include "domain/online_application_form.h"

#include <gtest/gtest.h>

namespace gongkai::domain {
namespace {

OnlineApplicationForm Person() {
  OnlineApplicationForm f;
  f.agency = "3";
  f.applicant_type = "person";
  f.person_name = " 张三 ";
  f.id_type = "resident_id";
  f.id_number = "11010519491231002x";
  f.phone = "+86 138-0013-8000";
  f.subject = "2025年本区老旧小区改造项目的资金安排文件";
  f.delivery_method = "online";
  f.delivery_form = "electronic";
  f.pledge = "1";
  f.proof_name = "身份证.jpg";
  f.proof_bytes = std::string("\xFF\xD8\xFF\xE0", 4) + std::string(100, 'x');
  return f;
}

std::vector<std::string> Fields(const FormCheck& c) {
  std::vector<std::string> out;
  for (const FieldError& e : c.errors) out.push_back(e.field);
  return out;
}

TEST(OnlineApplicationForm, AGoodPersonsFormPasses) {
  const FormCheck c = CheckOnlineApplication(Person());
  ASSERT_TRUE(c.ok()) << c.errors[0].field << c.errors[0].message;
  EXPECT_EQ(c.application.agency_id, 3);
  EXPECT_EQ(c.application.kind, ApplicantKind::kNaturalPerson);
  EXPECT_EQ(c.application.contact.name, "张三");
  EXPECT_EQ(c.application.contact.id_document, "11010519491231002X");
  EXPECT_EQ(c.application.request.id_document_type, "居民身份证");
  ASSERT_TRUE(c.application.request.proof.has_value());
  EXPECT_EQ(c.application.request.proof->type, "jpeg");
}

TEST(OnlineApplicationForm, EveryProblemIsNamedByItsField) {
  OnlineApplicationForm f = Person();
  f.id_number = "110105194912310021";  // wrong check digit
  f.phone = "12345";
  f.subject = "";
  f.pledge = "";
  const FormCheck c = CheckOnlineApplication(f);
  EXPECT_EQ(Fields(c), (std::vector<std::string>{"id_number", "phone", "subject", "pledge"}));
  EXPECT_NE(c.errors[0].message.find("校验位"), std::string::npos);
}

TEST(OnlineApplicationForm, ProofIsJudgedByContentNotName) {
  OnlineApplicationForm f = Person();
  f.proof_name = "scan.pdf";
  f.proof_bytes = "MZ\x90\x00 not a pdf";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"proof"});
  f.proof_bytes = "%PDF-1.4\n...";
  EXPECT_TRUE(CheckOnlineApplication(f).ok());
  f.proof_bytes = std::string("\x89PNG\r\n\x1A\n", 8) + "....";
  EXPECT_TRUE(CheckOnlineApplication(f).ok());
  f.proof_bytes.clear();
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"proof"});
  FormLimits small;
  small.max_proof_bytes = 4;
  f.proof_bytes = "%PDF-1.4";
  EXPECT_EQ(Fields(CheckOnlineApplication(f, small)), std::vector<std::string>{"proof"});
}

TEST(OnlineApplicationForm, AnOrganisationNeedsItsCreditCodeAndPeople) {
  OnlineApplicationForm f = Person();
  f.applicant_type = "organization";
  f.org_name = "示例律师事务所";
  f.org_kind = "legal_service";
  f.credit_code = "91350100m000100y43";
  f.legal_rep = "李四";
  f.contact_person = "王五";
  const FormCheck c = CheckOnlineApplication(f);
  ASSERT_TRUE(c.ok()) << c.errors[0].message;
  EXPECT_EQ(c.application.kind, ApplicantKind::kLegalService);
  EXPECT_EQ(c.application.contact.id_document, "91350100M000100Y43");
  EXPECT_TRUE(c.application.request.organization);
  f.credit_code = "91350100M000100Y44";
  f.org_kind = "natural_person";
  f.contact_person = "";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)),
            (std::vector<std::string>{"org_kind", "credit_code", "contact_person"}));
}

TEST(OnlineApplicationForm, DeliveryDecidesWhatIsRequired) {
  OnlineApplicationForm f = Person();
  f.delivery_method = "email";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"email"});
  f.email = "zhang@example";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"email"});
  f.email = "zhang@example.com";
  f.delivery_form = "paper";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"delivery_form"});
  f = Person();
  f.delivery_method = "post";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"address"});
  f.address = "示例市人民路1号";
  f.postal_code = "12345";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"postal_code"});
  f.delivery_method = "fax";
  f.postal_code = "";
  EXPECT_EQ(Fields(CheckOnlineApplication(f)), std::vector<std::string>{"delivery_method"});
}

TEST(OnlineApplicationForm, GarbageNeverCrashes) {
  OnlineApplicationForm f;
  f.agency = "99999999999999999999";
  f.applicant_type = "\xFF\xFE";
  f.phone = std::string(5000, '9');
  const FormCheck c = CheckOnlineApplication(f);
  EXPECT_FALSE(c.ok());
  EXPECT_EQ(c.errors.front().field, "agency");
}

TEST(PhoneDigits, FoldsPrefixesAndSeparators) {
  EXPECT_EQ(PhoneDigits("+86 138-0013-8000"), "13800138000");
  EXPECT_EQ(PhoneDigits("0086 13800138000"), "13800138000");
  EXPECT_EQ(PhoneDigits("１３８００１３８０００"), "13800138000");
  EXPECT_EQ(PhoneDigits("010-12345678"), "01012345678");
}

}  // namespace
}  // namespace gongkai::domain
