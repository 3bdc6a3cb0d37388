// The process-wide text tools every command shares: the CJK tokenizer of the
// search index, the personal-information screen (with the sensitive-word
// list of the data directory), the attachment reader and the file store.
// Each is built once, on first use, and lives until the process ends (the
// database connections that use the tokenizer are closed before).
#pragma once

#include <string>

#include "core/status.h"
#include "service/attachment_reader.h"
#include "service/file_store.h"
#include "service/publication_service.h"
#include "service/text_screen.h"
#include "service/text_tokenizer.h"

namespace gongkai::app {

// search/cjk_tokenizer with /usr/share/opencc/t2s.json.
Result<const service::TextTokenizer*> SharedTokenizer();
// search/pii_screen with <data dir>/sensitive-words.txt (absent: no words).
Result<const service::TextScreen*> SharedScreen();
const service::AttachmentReader& SharedAttachmentReader();

// Where attachments are stored: --files, else $GONGKAI_FILES, else the
// folder "<database file>-files" beside a SQLite database, else
// ./gongkai-files.
std::string FilesDir(const std::string& flag, const std::string& database_url);
Result<service::FileStore*> SharedFileStore(const std::string& dir);

// The tools of the publication service, for the database `database_url`.
Result<service::PublicationTools> PublicationToolsFor(const std::string& files_flag,
                                                      const std::string& database_url);

// The current moment: UTC and the date in China.
service::Moment NowInChina();

}  // namespace gongkai::app
