// Port: the agencies (行政机关) of an installation as a tree — the people's
// government at the root, its departments and townships below.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/agency.h"

namespace gongkai::service {

class AgencyStore {
 public:
  virtual ~AgencyStore() = default;

  // Stores `agency` (its id is ignored) and returns the new id. Fails with
  // kInvalidInput when the name or code is empty, the code is taken or the
  // parent does not exist.
  virtual Result<int64_t> Add(const domain::Agency& agency) = 0;
  // kNotFound when there is no agency `id`.
  virtual Result<domain::Agency> Get(int64_t id) = 0;
  // Every agency, ordered by id.
  virtual Result<std::vector<domain::Agency>> List() = 0;
  // The direct children of `id`, ordered by id (kNotFound for an unknown id).
  virtual Result<std::vector<domain::Agency>> Children(int64_t id) = 0;
  // Sets the 组织机构代码/统一社会信用代码 of `id` (kNotFound, kInvalidInput
  // for a code that is not 9 or 18 characters of the official alphabets).
  virtual Status SetOrgCode(int64_t id, const std::string& org_code) = 0;
  // `id` and all its descendants, ascending: the agencies a city report sums.
  virtual Result<std::vector<int64_t>> Subtree(int64_t id) = 0;
};

}  // namespace gongkai::service
