// Port: applicants (第二十七条). The kind (Table 3 column) is public; the
// contact data (ApplicantContact) are personal data kept in their own table
// and returned only by GetWithContact, for clerks handling the application.
#pragma once

#include <cstdint>

#include "core/status.h"
#include "domain/applicant.h"

namespace gongkai::service {

class ApplicantStore {
 public:
  virtual ~ApplicantStore() = default;

  // Stores the applicant and its contact (its id is ignored); returns the id.
  virtual Result<int64_t> Add(const domain::Applicant& applicant) = 0;
  // The full record with personal data: only for the handling clerk.
  virtual Result<domain::Applicant> GetWithContact(int64_t id) = 0;
  // The applicant's legal nature only: safe for public pages and reports.
  virtual Result<domain::ApplicantKind> Kind(int64_t id) = 0;
};

}  // namespace gongkai::service
