// Port: the details of an application beyond its subject (条例第二十九条,
// domain/application_request.h), stored once when it is registered and never
// changed. Personal data: read by the clerks of the case only.
#pragma once

#include <cstdint>
#include <optional>

#include "core/status.h"
#include "domain/application_request.h"

namespace gongkai::service {

class ApplicationRequestStore {
 public:
  virtual ~ApplicationRequestStore() = default;
  // The application must exist and have no request stored yet.
  virtual Status Add(int64_t application_id, const domain::ApplicationRequest& request) = 0;
  virtual Result<std::optional<domain::ApplicationRequest>> Get(int64_t application_id) = 0;
};

}  // namespace gongkai::service
