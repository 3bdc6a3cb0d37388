// Use cases of proactive disclosure (主动公开): draft a publication, screen
// it for personal information, submit, review, publish under a 索引号,
// revise, withdraw, abolish; look at it, list it, search it.
//
// Every write is one Database::Transaction: the publication is read with
// GetForUpdate, the workflow rule (domain/publication_workflow.h) decides,
// then the header, the version, the log line and the search index entry
// are written together — or, when anything is refused, nothing is.
// Attachment bytes go to the file store before the transaction (files no
// row refers to are harmless; a row never refers to a missing file).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/publication.h"
#include "service/actor.h"
#include "service/attachment_reader.h"
#include "service/database.h"
#include "service/file_store.h"
#include "service/moment.h"
#include "service/publication_store.h"
#include "service/text_screen.h"

namespace gongkai::service {

struct PublicationTools {
  const TextScreen* screen = nullptr;
  const AttachmentReader* reader = nullptr;
  FileStore* files = nullptr;
};

// The settings the spec marks [I] (docs/settings.md "publication").
struct PublicationSettings {
  std::string index_template = "{org}/{year}-{seq:05}";  // §1.3 [I]
  // 先审后发 by a second person: the reviewer who approves may not be the
  // one who submitted ([I]; an office of one may turn it off).
  bool review_by_other = true;
  // 内容概述 at most this many characters (§1.1: a local rule, [R]); 0: no limit.
  int summary_max_chars = 100;
};

struct AttachmentUpload {
  std::string filename;
  std::string bytes;
};

// What a clerk fills in to create or edit a publication.
struct PublicationInput {
  int64_t agency_id = 0;
  domain::PublicationKind kind = domain::PublicationKind::kInformation;
  std::string title;
  std::string publisher;  // empty: the agency's full name
  std::string doc_no;
  std::optional<CivilDate> formed_on;
  std::string topic;
  int article20_item = 0;
  std::string summary;
  std::string keywords;
  std::string reg_no;
  std::string body_html;  // as written: sanitised here before it is stored
  std::optional<CivilDate> effective_on;
  std::vector<AttachmentUpload> attachments;  // new files
  // On edit: keep the attachments of the version being edited (new ones are
  // added after them); false replaces them by `attachments`.
  bool keep_attachments = true;
  std::vector<int64_t> interprets;  // a 政策解读: the policies it interprets
  std::vector<int64_t> replaces;    // the documents this one replaces
};

// One screen hit and where it was found: 标题, 正文第3行, 附件《名单.xlsx》工作表“名单”B7 …
struct ScreenFinding {
  std::string where;
  ScreenHit hit;
};

// One row of an import (pub import): a publication already published
// elsewhere, with its original 索引号 (empty: one is given) and 发布日期.
struct ImportedPublication {
  std::string where;  // e.g. 目录.csv 第3行, for messages
  PublicationInput input;
  std::string index_no;
  CivilDate published_on;
  domain::Validity validity = domain::Validity::kValid;
  std::optional<CivilDate> validity_changed_on;
};

// A version's content as the screen read it, and what the screen found.
struct ScreenedContent {
  domain::PublicationContent content;
  std::vector<ScreenFinding> findings;
};

struct PublicationView {
  domain::Publication publication;  // content: the latest version
  std::vector<domain::PublicationVersion> versions;
  std::vector<domain::PublicationLogEntry> log;
  std::vector<int64_t> interprets;       // policies this interpretation interprets
  std::vector<int64_t> interpreted_by;   // interpretations of this policy
  std::vector<int64_t> replaces;
  std::vector<int64_t> replaced_by;
  std::string agency_name;
};

class PublicationService {
 public:
  PublicationService(Database& db, PublicationTools tools, PublicationSettings settings = {});

  Result<int64_t> Create(const Actor& actor, const PublicationInput& input, const Moment& now);
  // Edits the draft in place, or — when the publication is published —
  // starts a new version (the published one stays as it was and visible).
  // Returns the version number written.
  Result<int> Edit(const Actor& actor, int64_t id, const PublicationInput& input,
                   const Moment& now);
  // The screen over the latest version: title, summary, body, every attachment.
  Result<std::vector<ScreenFinding>> Screen(int64_t id);
  // Before review. Screen hits refuse it unless `override_reason` says why
  // they may stay (logged with the masked hits).
  Status Submit(const Actor& actor, int64_t id, const std::string& override_reason,
                const Moment& now);
  Status Return(const Actor& actor, int64_t id, const std::string& reason, const Moment& now);
  Status Approve(const Actor& actor, int64_t id, const std::string& note, const Moment& now);
  // Screens again; gives the 索引号 on first publication. Returns it.
  Result<std::string> Publish(const Actor& actor, int64_t id, const std::string& override_reason,
                              const Moment& now);
  Status Withdraw(const Actor& actor, int64_t id, const std::string& reason, const Moment& now);
  // 废止 (kAbolished) or 失效 (kExpired) on `on`, optionally replaced by another.
  Status ChangeValidity(const Actor& actor, int64_t id, domain::Validity to, CivilDate on,
                        std::optional<int64_t> replaced_by, const std::string& reason,
                        const Moment& now);
  // Links an interpretation to the policy it interprets (both must exist).
  Status LinkInterpretation(const Actor& actor, int64_t interpretation_id, int64_t policy_id,
                            const Moment& now);

  // Imports every row or none, in one transaction: each row is checked,
  // screened (hits refuse the import unless `override_reason` is given, then
  // logged per publication), stored as published version 1 with its 索引号
  // (kept; refused when taken) and 发布日期, and indexed. Every bad row is
  // listed in the refusal. Returns the new ids in row order.
  Result<std::vector<int64_t>> Import(const Actor& actor,
                                      const std::vector<ImportedPublication>& rows,
                                      const std::string& override_reason, const Moment& now);

  Result<PublicationView> Show(int64_t id);
  Result<std::vector<domain::Publication>> List(const PublicationFilter& filter);
  Result<SearchPage> Search(const SearchRequest& request);
  Status RebuildIndex(const std::function<void(int64_t, int64_t)>& progress);
  // The bytes of an attachment of a version (hash checked).
  Result<std::string> AttachmentBytes(const domain::PublicationAttachment& a);

 private:
  Result<domain::PublicationContent> ContentOf(const PublicationInput& input,
                                               const domain::PublicationContent* previous);
  Status ValidateInput(const PublicationInput& input);
  Result<std::vector<ScreenFinding>> ScreenContent(const domain::PublicationContent& c);
  // The latest version of `id` and the screen's findings on it (read before
  // the write transaction: attachments can take long to read).
  Result<ScreenedContent> ScreenLatest(int64_t id);
  // In the transaction: kConflict when the content changed since it was
  // screened; refuses hits without an override reason, logs an override.
  Status GateOnScreen(const Actor& actor, const domain::Publication& p,
                      const ScreenedContent& screened, const std::string& override_reason,
                      const char* step, const Moment& now);
  Status Log(const Actor& actor, const domain::Publication& p, domain::PublicationAction action,
             const std::string& reason, const std::string& data, const Moment& now);
  Status SetLinks(const Actor& actor, int64_t id, const PublicationInput& input,
                  const Moment& now);
  Result<std::string> AllocateIndexNumber(const domain::Publication& p, CivilDate published_on);

  Database& db_;
  PublicationTools tools_;
  PublicationSettings settings_;
};

}  // namespace gongkai::service
