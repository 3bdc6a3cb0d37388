// A publication (主动公开的政府信息) as an entry of the 政府信息公开目录
// (portal-and-catalogue.md §1): its catalogue metadata, its versions (every
// published version is kept, DA/T 80), its review state, its validity and
// its links to interpretations and to the documents it replaces.
//
// Policy interpretations (政策解读) and meeting records (会议) are kinds of
// publication. Nothing is deleted: a withdrawal, an abolition or a new
// version is recorded beside what was there, with who, when and why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::domain {

enum class PublicationKind {
  kInformation,     // 一般信息: notices, plans, statistics, results …
  kRegulation,      // 规章 (Table 2 row 规章)
  kNormative,       // 行政规范性文件 (Table 2 row 行政规范性文件)
  kInterpretation,  // 政策解读
  kMeeting,         // 会议 (会议纪要、会议公开)
};
const char* PublicationKindName(PublicationKind k);   // information, regulation …
const char* PublicationKindLabel(PublicationKind k);  // 一般信息, 规章, 行政规范性文件 …
std::optional<PublicationKind> ParsePublicationKind(std::string_view name_or_label);
// 规章 and 规范性文件 carry a validity (有效/失效/废止) and need an
// interpretation (「谁起草谁解读」).
bool HasValidity(PublicationKind k);

// The review state of the newest version (draft → submitted → approved →
// published → withdrawn). A published publication that is being revised
// stays visible in its published version while the new one is a draft.
enum class PublicationState { kDraft, kSubmitted, kApproved, kPublished, kWithdrawn };
const char* PublicationStateName(PublicationState s);   // draft, submitted …
const char* PublicationStateLabel(PublicationState s);  // 草稿, 待审核, 已审核, 已发布, 已撤回
std::optional<PublicationState> ParsePublicationState(std::string_view name_or_label);

enum class Validity { kValid, kExpired, kAbolished };
const char* ValidityName(Validity v);   // valid, expired, abolished
const char* ValidityLabel(Validity v);  // 有效, 失效, 废止
std::optional<Validity> ParseValidity(std::string_view name_or_label);

// A file attached to a version, kept in the file store under `file_id`.
struct PublicationAttachment {
  std::string filename;  // as uploaded (shown and offered as the download name)
  std::string file_id;   // the file store's id (never a user path)
  std::string sha256;
  int64_t size = 0;
  std::string type;      // detected by content: pdf, docx, xlsx, text, html, jpeg, png, other
};

// The catalogue fields of one version.
struct PublicationContent {
  std::string title;      // 信息名称 (M)
  std::string publisher;  // 发布机构, full name (M)
  std::string doc_no;     // 文号 (C), e.g. X政发〔2024〕3号
  std::optional<CivilDate> formed_on;  // 成文日期/生成日期 (M)
  std::string topic;      // 主题分类, a path such as 综合政务\政务公开 (M)
  int article20_item = 0; // the 条例第二十条 item (1–15) it falls under; 0: none
  std::string summary;    // 内容概述 (O)
  std::string keywords;   // 主题词 (O)
  std::string reg_no;     // 统一登记号 of a 规范性文件 (C)
  std::string body_html;  // sanitised at save time (the only HTML ever shown)
  std::string body_text;  // the body's visible text (screen, search, snippets)
  std::vector<PublicationAttachment> attachments;
};

struct PublicationVersion {
  int version = 1;
  PublicationContent content;
  std::string created_by;
  std::string created_at;                  // UTC, ISO 8601
  std::optional<std::string> published_at; // UTC, when this version went public
};

struct Publication {
  int64_t id = 0;
  int64_t agency_id = 0;
  PublicationKind kind = PublicationKind::kInformation;
  PublicationState state = PublicationState::kDraft;
  std::string index_no;  // 索引号: empty until first published, then never changes
  int latest_version = 1;
  std::optional<int> published_version;    // the version the public sees
  std::optional<std::string> published_at; // 发布日期 (UTC) of the first publication
  std::optional<CivilDate> published_on;   // 发布日期 as a civil date (Asia/Shanghai)
  // 有效性 of 规章 and 规范性文件 (always kValid for other kinds).
  Validity validity = Validity::kValid;
  std::optional<CivilDate> effective_on;   // 施行日期
  std::optional<CivilDate> validity_changed_on;  // 废止/失效 date
  std::optional<int64_t> replaced_by;      // the publication that replaced it
  PublicationContent content;              // of `latest_version`
};

// Visible to the public: published once and not withdrawn (a revision in
// draft leaves the published version visible).
bool IsPublic(const Publication& p);
// Listed and searched as 有效: public, and valid (other kinds are valid).
bool IsInForce(const Publication& p);

enum class PublicationAction {
  kCreate, kEdit, kRevise, kSubmit, kReturn, kApprove, kPublish, kWithdraw,
  kAbolish, kExpire, kOverride, kLink,
  kImport,  // published before, elsewhere: imported with its 索引号 and 发布日期
};
const char* PublicationActionName(PublicationAction a);   // create, edit …
const char* PublicationActionLabel(PublicationAction a);  // 新建, 修改, 修订 …
std::optional<PublicationAction> ParsePublicationAction(std::string_view name);

// One line of the append-only review log.
struct PublicationLogEntry {
  int64_t seq = 0;
  PublicationAction action = PublicationAction::kCreate;
  int version = 1;
  std::string actor;
  std::string at;      // UTC, ISO 8601
  std::string reason;  // why (required for return, withdraw, abolish, override)
  std::string data;    // JSON object text: the screen hits overridden, link ids …
};

enum class LinkKind {
  kInterprets,  // an interpretation → the policy it interprets
  kReplaces,    // a document → the one it replaces
};
const char* LinkKindName(LinkKind k);  // interprets, replaces

}  // namespace gongkai::domain
