// gzip of text responses (HTML, CSS, JavaScript, JSON, SVG, plain text) for
// clients that accept it: Content-Encoding: gzip and Vary: Accept-Encoding.
// Bodies under 1 KiB and anything already compressed (images, PDF, DOCX,
// XLSX, ZIP) are sent as they are.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/http.h"

namespace gongkai::web {

// Whether an Accept-Encoding value allows gzip (a "gzip" or "*" token
// without q=0).
bool AcceptsGzip(std::string_view accept_encoding);

// The gzip member of `data` (zlib, default level); nullopt when zlib fails
// (out of memory).
std::optional<std::string> Gzip(std::string_view data);

// Compresses `response` in place when the request accepts gzip and the body
// is worth it.
void MaybeGzip(const Request& request, Response& response);

}  // namespace gongkai::web
