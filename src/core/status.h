// Status and Result<T>: how every expected failure travels in gongkai.
//
// A Status is either OK or a code plus a message written for the person who
// will read it (zh-CN, saying where and what was expected). Library exceptions
// are caught at the adapter that calls the library and turned into a Status.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace gongkai {

enum class StatusCode {
  kOk,
  kInvalidInput,  // the input is readable but not what was expected
  kNotFound,      // a file, record or key does not exist
  kIoError,       // the operating system refused or failed
  kUnsupported,   // a valid input of a kind this build cannot handle
  kDamaged,       // a container (DOCX, PDF, XLSX) is corrupt or truncated
  kInternal,      // a broken invariant inside gongkai
  kConflict,      // another writer changed the record first; the caller may retry
};

class Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string message) {
    return Status(StatusCode::kInvalidInput, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status Unsupported(std::string message) {
    return Status(StatusCode::kUnsupported, std::move(message));
  }
  static Status Damaged(std::string message) {
    return Status(StatusCode::kDamaged, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }
  static Status Conflict(std::string message) {
    return Status(StatusCode::kConflict, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed with `context` (e.g. a file name).
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + "：" + message_);
  }

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Result<T> holds either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(data_).ok() && "Result needs a value or an error");
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace gongkai
