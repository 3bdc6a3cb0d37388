// How the HTML reader gets UTF-8 from the bytes of a published page.
//
// Contract (HtmlPageToUtf8):
// - A UTF-8 BOM is dropped and the rest read as UTF-8; a UTF-16 BOM means
//   UTF-16, converted with glibc's iconv.
// - Otherwise the charset declared by <meta charset> or http-equiv
//   Content-Type in the first 4 KiB decides: none, UTF-8 or ASCII are read as
//   UTF-8; GBK, GB2312, GB18030 (read as GB18030, their superset), Big5 and
//   windows-1252/ISO-8859-1 are converted with iconv. A page declared in one of
//   those but already valid UTF-8 (misdeclared) is read as UTF-8 with a note.
// - An undeclared page that is not valid UTF-8 but converts cleanly from
//   GB18030 is converted, with a note.
// - Bytes that do not decode become U+FFFD, with a note that counts them.
// - Another declared charset with non-UTF-8 bytes, or a failing iconv_open,
//   returns Status::Unsupported asking to convert the page to UTF-8 first.
// Linear time; never throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "formats/document.h"

namespace gongkai::formats {

Result<std::string> HtmlPageToUtf8(std::string_view bytes, std::vector<ParseNote>& notes);

}  // namespace gongkai::formats
