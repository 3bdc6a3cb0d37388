// libFuzzer target: the readers of a POSTed form — multipart/form-data
// (ParseMultipart, the boundary of a Content-Type, the visitor cookie) and
// the online application and letter checks over what they give. The input
// is split at the first NUL: a Content-Type (or Cookie) line, then the body.
// Checks: text fields and file names are valid UTF-8, a file name has no
// path separator, the form checks never throw and every error names a field.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "domain/letter_form.h"
#include "domain/online_application_form.h"
#include "fuzz/fuzz_check.h"
#include "web/multipart.h"
#include "web/visitor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gongkai;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string_view head = input.substr(0, nul);
  const std::string_view body = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

  web::Request r;
  r.method = "POST";
  r.headers.Add("Content-Type", std::string(head));
  r.headers.Add("Cookie", std::string(head));
  r.body = std::string(body);
  const std::string visitor = web::VisitorOf(r);
  CHECK(visitor.empty() || visitor.size() == 32);

  const std::string boundary = web::MultipartBoundary(head);
  Result<web::PostedForm> form = web::ParsePostedForm(r);
  if (!boundary.empty()) {
    // The body alone, with the boundary the header named.
    (void)web::ParseMultipart(boundary, body);
  }
  if (!form.ok()) {
    CHECK(!form.status().message().empty());
    return 0;
  }
  for (const auto& [name, value] : form->fields.fields()) {
    CHECK(utf8::IsValid(name));
    CHECK(utf8::IsValid(value));
  }
  for (const web::UploadedFile& f : form->files) {
    CHECK(utf8::IsValid(f.filename));
    CHECK(f.filename.find('/') == std::string::npos && f.filename.find('\\') == std::string::npos);
  }
  domain::OnlineApplicationForm a;
  const web::FormData& f = form->fields;
  a.agency = f.GetOr("agency", "");
  a.applicant_type = f.GetOr("applicant_type", "");
  a.person_name = f.GetOr("person_name", "");
  a.id_type = f.GetOr("id_type", "");
  a.id_number = f.GetOr("id_number", "");
  a.credit_code = f.GetOr("credit_code", "");
  a.phone = f.GetOr("phone", "");
  a.email = f.GetOr("email", "");
  a.subject = f.GetOr("subject", "");
  a.delivery_method = f.GetOr("delivery_method", "");
  a.delivery_form = f.GetOr("delivery_form", "");
  if (const web::UploadedFile* proof = form->File("proof")) a.proof_bytes = proof->bytes;
  const domain::FormCheck check = domain::CheckOnlineApplication(a);
  for (const domain::FieldError& e : check.errors) CHECK(!e.field.empty() && !e.message.empty());
  domain::LetterForm l;
  l.title = a.person_name;
  l.body = a.subject;
  l.phone = a.phone;
  l.email = a.email;
  for (const domain::FieldError& e : domain::CheckLetter(l).errors) CHECK(!e.field.empty());
  return 0;
}
