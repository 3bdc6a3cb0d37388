// The small attachments of the demo publications: a spreadsheet (名单,
// 岗位表, 收支总表, 项目表 …, written by formats/sheet_workbook) or a text
// file. A planted number (demo_personal_data.h) sits in one cell or line of
// a list of people, where a clerk would forget to mask it.
#pragma once

#include <optional>
#include <string>

#include "app/demo_personal_data.h"
#include "app/demo_pub_profiles.h"
#include "app/demo_texts.h"
#include "core/status.h"
#include "formats/sheet_workbook.h"

namespace gongkai::app::demo {

struct DemoAttachment {
  std::string filename;
  std::optional<formats::Sheet> sheet;  // an XLSX when set
  std::string text;                     // else a UTF-8 text file
};

// Whether the attachment of a `genre` item titled `title` lists people
// (名单公示, 拟聘用人员): the only ones a planted number goes into.
bool ListsPeople(Genre genre, const std::string& title);

// The attachment of an item; `planted` (empty: none) of `kind` in one row.
DemoAttachment MakeAttachment(Dice& dice, Genre genre, Attach attach, const TextContext& c,
                              PlantedKind kind, const std::string& planted);

// The file's bytes, every `from` (when not empty) replaced by `to`: the
// clerk's masked re-upload.
Result<std::string> AttachmentBytes(const DemoAttachment& a, const std::string& from,
                                    const std::string& to);

}  // namespace gongkai::app::demo
