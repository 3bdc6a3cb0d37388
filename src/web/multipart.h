// multipart/form-data bodies (RFC 7578): the forms with an upload (the
// 身份证明 of an online application). Input is untrusted: the boundary, the
// part headers and the number of parts are checked, text fields are made
// valid UTF-8, and every refusal says in Chinese what was wrong. The body's
// size is bounded before this by the server's limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "web/form_data.h"
#include "web/http.h"

namespace gongkai::web {

struct UploadedFile {
  std::string field;         // the form field's name
  std::string filename;      // as the browser sent it (UTF-8, no path)
  std::string content_type;  // as the browser claimed it (not trusted)
  std::string bytes;
};

struct PostedForm {
  FormData fields;  // the text parts, in order
  std::vector<UploadedFile> files;
  // The first file of `field` with content, or null.
  const UploadedFile* File(std::string_view field) const;
};

inline constexpr size_t kMaxFormParts = 64;

// The boundary parameter of a multipart/form-data Content-Type, or "".
std::string MultipartBoundary(std::string_view content_type);

Result<PostedForm> ParseMultipart(std::string_view boundary, std::string_view body,
                                  size_t max_parts = kMaxFormParts);

// The form of a POST: application/x-www-form-urlencoded or
// multipart/form-data, by its Content-Type; anything else is refused.
Result<PostedForm> ParsePostedForm(const Request& request);

}  // namespace gongkai::web
