// Proactive-disclosure use cases: create, edit, review, publish, withdraw.
#include "service/publication_service.h"

#include <string>
#include <utility>

#include "core/utf8.h"
#include "domain/catalogue_terms.h"
#include "domain/index_number.h"
#include "domain/publication_workflow.h"
#include "service/json_text.h"
#include "service/report_lock_rule.h"
#include "service/write_use_case.h"

namespace gongkai::service {
namespace {

using domain::Publication;
using domain::PublicationAction;
using domain::PublicationState;

std::string Where(int64_t id) { return "信息 " + std::to_string(id); }

Status RequireActor(const Actor& actor) {
  if (actor.name.empty()) return Status::InvalidInput("未指定操作人（--actor 或 GONGKAI_USER）");
  return Status::Ok();
}

Status RequireReason(const std::string& reason, const char* what) {
  if (reason.empty()) return Status::InvalidInput(std::string(what) + "必须说明理由（--reason）");
  return Status::Ok();
}

// Publishing, withdrawing or abolishing a 规章/规范性文件 changes Table 2
// of the year it takes effect from and every later one.
Status CheckTable2Lock(Database& db, const Publication& p, std::optional<CivilDate> from,
                       const std::string& what) {
  if (!domain::HasValidity(p.kind) || !from) return Status::Ok();
  Result<std::vector<int>> locked = db.locks().LockedYears(p.agency_id);
  if (!locked.ok()) return locked.status();
  return CheckTable2Write(*locked, from->year, what);
}

}  // namespace

PublicationService::PublicationService(Database& db, PublicationTools tools,
                                       PublicationSettings settings)
    : db_(db), tools_(tools), settings_(std::move(settings)) {}

Status PublicationService::ValidateInput(const PublicationInput& in) {
  if (in.title.empty()) return Status::InvalidInput("字段“信息名称”（--title）不能为空");
  if (!in.formed_on) {
    return Status::InvalidInput("字段“成文日期”（--formed-on）不能为空，应为 YYYY-MM-DD");
  }
  if (in.topic.empty()) {
    return Status::InvalidInput("字段“主题分类”（--topic）不能为空，例如 综合政务\\政务公开");
  }
  if (!domain::NormalizeTopic(in.topic)) {
    std::string classes;
    for (const std::string& c : domain::TopicClasses()) classes += (classes.empty() ? "" : "、") + c;
    return Status::InvalidInput("字段“主题分类”的一级类目“" + in.topic.substr(0, in.topic.find('\\')) +
                                "”不在国务院公文主题分类中；应为：" + classes);
  }
  if (in.article20_item < 0 || in.article20_item > domain::kArticle20Items) {
    return Status::InvalidInput("字段“第二十条事项”应为 1–15（条例第二十条第一项至第十五项）");
  }
  if (domain::HasValidity(in.kind) && in.doc_no.empty()) {
    return Status::InvalidInput(std::string(domain::PublicationKindLabel(in.kind)) +
                                "须填写“文号”（--doc-no），例如 X政规〔2024〕3号");
  }
  if (in.kind == domain::PublicationKind::kInterpretation && in.interprets.empty()) {
    return Status::InvalidInput("政策解读须关联所解读的政策文件（--interprets 信息编号）");
  }
  if (settings_.summary_max_chars > 0 &&
      utf8::Length(in.summary) > static_cast<size_t>(settings_.summary_max_chars)) {
    return Status::InvalidInput("字段“内容概述”有 " + std::to_string(utf8::Length(in.summary)) +
                                " 个字，应不超过 " + std::to_string(settings_.summary_max_chars) +
                                " 个字（设置 publication.summary_max_chars）");
  }
  if (in.effective_on && in.effective_on < in.formed_on) {
    return Status::InvalidInput("字段“施行日期”" + in.effective_on->ToString() + " 早于成文日期 " +
                                in.formed_on->ToString());
  }
  return Status::Ok();
}

Result<domain::PublicationContent> PublicationService::ContentOf(
    const PublicationInput& in, const domain::PublicationContent* previous) {
  Status valid = ValidateInput(in);
  if (!valid.ok()) return valid;
  domain::PublicationContent c;
  c.title = in.title;
  c.publisher = in.publisher;
  if (c.publisher.empty()) {
    Result<domain::Agency> agency = db_.agencies().Get(in.agency_id);
    if (!agency.ok()) return Status::InvalidInput(agency.status().message());
    c.publisher = agency->name;
  }
  c.doc_no = in.doc_no;
  c.formed_on = in.formed_on;
  c.topic = *domain::NormalizeTopic(in.topic);
  c.article20_item = in.article20_item;
  c.summary = in.summary;
  c.keywords = in.keywords;
  c.reg_no = in.reg_no;
  if (tools_.reader) {
    c.body_html = tools_.reader->SanitizeHtml(in.body_html);
    c.body_text = tools_.reader->HtmlText(c.body_html);
  } else {
    return Status::Internal("未配置附件读取与正文净化组件");
  }
  if (previous && in.keep_attachments) c.attachments = previous->attachments;
  for (const AttachmentUpload& up : in.attachments) {
    if (up.filename.empty()) return Status::InvalidInput("附件缺少文件名");
    if (!tools_.files) return Status::Internal("未配置附件存储");
    Result<StoredFile> stored = tools_.files->Put(up.bytes);
    if (!stored.ok()) return stored.status().WithContext("附件《" + up.filename + "》");
    domain::PublicationAttachment a;
    a.filename = up.filename;
    a.file_id = stored->id;
    a.sha256 = stored->sha256;
    a.size = stored->size;
    switch (tools_.reader->Detect(up.bytes, up.filename)) {
      case AttachmentType::kPdf: a.type = "pdf"; break;
      case AttachmentType::kDocx: a.type = "docx"; break;
      case AttachmentType::kXlsx: a.type = "xlsx"; break;
      case AttachmentType::kText: a.type = "text"; break;
      case AttachmentType::kHtml: a.type = "html"; break;
      case AttachmentType::kJpeg: a.type = "jpeg"; break;
      case AttachmentType::kPng: a.type = "png"; break;
      case AttachmentType::kOther: a.type = "other"; break;
    }
    c.attachments.push_back(std::move(a));
  }
  return c;
}

Status PublicationService::Log(const Actor& actor, const Publication& p, PublicationAction action,
                               const std::string& reason, const std::string& data,
                               const Moment& now) {
  domain::PublicationLogEntry e;
  e.action = action;
  e.version = p.latest_version;
  e.actor = actor.name;
  e.at = now.utc;
  e.reason = reason;
  e.data = data;
  return db_.publications().AppendLog(p.id, e).status();
}

Status PublicationService::SetLinks(const Actor& actor, int64_t id, const PublicationInput& in,
                                    const Moment& now) {
  PublicationStore& store = db_.publications();
  auto link = [&](int64_t to, domain::LinkKind kind) -> Status {
    Status st = store.AddLink(id, to, kind);
    if (!st.ok()) return st;
    Result<Publication> p = store.Get(id);
    if (!p.ok()) return p.status();
    return Log(actor, *p, PublicationAction::kLink, "",
               JsonObject({{"kind", JsonString(domain::LinkKindName(kind))},
                           {"to", std::to_string(to)}}),
               now);
  };
  for (int64_t policy : in.interprets) {
    Status st = link(policy, domain::LinkKind::kInterprets);
    if (!st.ok()) return st.WithContext("关联所解读的政策");
  }
  for (int64_t old : in.replaces) {
    Status st = link(old, domain::LinkKind::kReplaces);
    if (!st.ok()) return st.WithContext("关联所替代的文件");
  }
  return Status::Ok();
}

Result<int64_t> PublicationService::Create(const Actor& actor, const PublicationInput& in,
                                           const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Result<domain::PublicationContent> content = ContentOf(in, nullptr);
  if (!content.ok()) return content.status();
  return RunWriteUseCase<int64_t>(db_, [&]() -> Result<int64_t> {
    Publication p;
    p.agency_id = in.agency_id;
    p.kind = in.kind;
    p.effective_on = in.effective_on;
    p.content = *content;
    domain::PublicationLogEntry first;
    first.action = PublicationAction::kCreate;
    first.actor = actor.name;
    first.at = now.utc;
    Result<int64_t> id = db_.publications().Create(p, actor.name, first);
    if (!id.ok()) return id.status();
    Status links = SetLinks(actor, *id, in, now);
    if (!links.ok()) return links;
    return *id;
  });
}

Result<int> PublicationService::Edit(const Actor& actor, int64_t id, const PublicationInput& in,
                                     const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Result<Publication> before = db_.publications().Get(id);
  if (!before.ok()) return before.status();
  PublicationInput input = in;
  input.agency_id = before->agency_id;  // a publication never changes agency
  input.kind = before->kind;
  Result<domain::PublicationContent> content = ContentOf(input, &before->content);
  if (!content.ok()) return content.status();
  return RunWriteUseCase<int>(db_, [&]() -> Result<int> {
    PublicationStore& store = db_.publications();
    Result<Publication> p = store.GetForUpdate(id);
    if (!p.ok()) return p.status();
    Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kEdit);
    if (!allowed.ok()) return allowed;
    if (p->state == PublicationState::kPublished) {
      // 修订: the published version stays as it was, visible, until the
      // new one is published.
      const int version = p->latest_version + 1;
      Status added = store.AddVersion(id, version, *content, actor.name);
      if (!added.ok()) return added;
      p->latest_version = version;
      p->state = domain::StateAfter(p->state, PublicationAction::kRevise);
      if (in.effective_on) p->effective_on = in.effective_on;
      Status header = store.UpdateHeader(*p, std::nullopt);
      if (!header.ok()) return header;
      Status logged = Log(actor, *p, PublicationAction::kRevise, "", "{}", now);
      if (!logged.ok()) return logged;
    } else {
      Status saved = store.SaveDraft(id, *content);
      if (!saved.ok()) return saved;
      if (in.effective_on) {
        p->effective_on = in.effective_on;
        Status header = store.UpdateHeader(*p, std::nullopt);
        if (!header.ok()) return header;
      }
      Status logged = Log(actor, *p, PublicationAction::kEdit, "", "{}", now);
      if (!logged.ok()) return logged;
    }
    Status links = SetLinks(actor, id, in, now);
    if (!links.ok()) return links;
    return p->latest_version;
  });
}

Status PublicationService::Submit(const Actor& actor, int64_t id,
                                  const std::string& override_reason, const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Result<ScreenedContent> screen = ScreenLatest(id);
  if (!screen.ok()) return screen.status();
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           Result<Publication> p = db_.publications().GetForUpdate(id);
           if (!p.ok()) return p.status();
           Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kSubmit);
           if (!allowed.ok()) return allowed;
           Status screened = GateOnScreen(actor, *p, *screen, override_reason, "提交审核", now);
           if (!screened.ok()) return screened;
           p->state = domain::StateAfter(p->state, PublicationAction::kSubmit);
           Status header = db_.publications().UpdateHeader(*p, std::nullopt);
           if (!header.ok()) return header;
           Status logged = Log(actor, *p, PublicationAction::kSubmit, "", "{}", now);
           if (!logged.ok()) return logged;
           return true;
         })
      .status();
}

Status PublicationService::Return(const Actor& actor, int64_t id, const std::string& reason,
                                  const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Status why = RequireReason(reason, "退回修改");
  if (!why.ok()) return why;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           Result<Publication> p = db_.publications().GetForUpdate(id);
           if (!p.ok()) return p.status();
           Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kReturn);
           if (!allowed.ok()) return allowed;
           p->state = domain::StateAfter(p->state, PublicationAction::kReturn);
           Status header = db_.publications().UpdateHeader(*p, std::nullopt);
           if (!header.ok()) return header;
           Status logged = Log(actor, *p, PublicationAction::kReturn, reason, "{}", now);
           if (!logged.ok()) return logged;
           return true;
         })
      .status();
}

Status PublicationService::Approve(const Actor& actor, int64_t id, const std::string& note,
                                   const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           PublicationStore& store = db_.publications();
           Result<Publication> p = store.GetForUpdate(id);
           if (!p.ok()) return p.status();
           Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kApprove);
           if (!allowed.ok()) return allowed;
           if (settings_.review_by_other) {
             Result<std::vector<domain::PublicationLogEntry>> log = store.Log(id);
             if (!log.ok()) return log.status();
             for (auto it = log->rbegin(); it != log->rend(); ++it) {
               if (it->action != PublicationAction::kSubmit) continue;
               if (it->actor == actor.name) {
                 return Status::InvalidInput(Where(id) + " 由“" + actor.name +
                                             "”提交，须由另一名审核人审核（先审后发）");
               }
               break;
             }
           }
           p->state = domain::StateAfter(p->state, PublicationAction::kApprove);
           Status header = store.UpdateHeader(*p, std::nullopt);
           if (!header.ok()) return header;
           Status logged = Log(actor, *p, PublicationAction::kApprove, note, "{}", now);
           if (!logged.ok()) return logged;
           return true;
         })
      .status();
}

Result<std::string> PublicationService::Publish(const Actor& actor, int64_t id,
                                                const std::string& override_reason,
                                                const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Status tmpl = domain::ValidateIndexTemplate(settings_.index_template);
  if (!tmpl.ok()) return tmpl.WithContext("设置 publication.index_template");
  Result<ScreenedContent> screen = ScreenLatest(id);
  if (!screen.ok()) return screen.status();
  return RunWriteUseCase<std::string>(db_, [&]() -> Result<std::string> {
    PublicationStore& store = db_.publications();
    Result<Publication> p = store.GetForUpdate(id);
    if (!p.ok()) return p.status();
    Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kPublish);
    if (!allowed.ok()) return allowed;
    std::optional<CivilDate> affected = p->content.formed_on;
    if (p->published_version) {
      // A revision changes Table 2 only when it changes the 成文日期.
      Result<domain::PublicationVersion> shown = store.GetVersion(id, *p->published_version);
      if (!shown.ok()) return shown.status();
      const std::optional<CivilDate>& before = shown->content.formed_on;
      affected = before == affected ? std::nullopt : std::min(before, affected);
    }
    Status lock = CheckTable2Lock(db_, *p, affected,
                                  std::string("发布") + domain::PublicationKindLabel(p->kind));
    if (!lock.ok()) return lock;
    Status screened = GateOnScreen(actor, *p, *screen, override_reason, "发布", now);
    if (!screened.ok()) return screened;
    if (p->index_no.empty()) {
      // 索引号: allocated in the transaction of the first publication, from
      // the 发布日期, never changed or reused afterwards.
      Result<std::string> index_no = AllocateIndexNumber(*p, now.date);
      if (!index_no.ok()) return index_no.status();
      p->index_no = *index_no;
      p->published_at = now.utc;
      p->published_on = now.date;
    }
    p->published_version = p->latest_version;
    p->state = domain::StateAfter(p->state, PublicationAction::kPublish);
    Status header = store.UpdateHeader(*p, now.utc);
    if (!header.ok()) return header;
    Status logged = Log(actor, *p, PublicationAction::kPublish, "",
                        JsonObject({{"index_no", JsonString(p->index_no)}}), now);
    if (!logged.ok()) return logged;
    Status indexed = store.Index(id);
    if (!indexed.ok()) return indexed;
    return p->index_no;
  });
}

Result<std::string> PublicationService::AllocateIndexNumber(const Publication& p,
                                                            CivilDate published_on) {
  Result<domain::Agency> agency = db_.agencies().Get(p.agency_id);
  if (!agency.ok()) return agency.status();
  if (agency->org_code.empty()) {
    return Status::InvalidInput("机关“" + agency->name +
                                "”未设置组织机构代码，无法编制索引号；请先运行 gongkai agency "
                                "org-code " + std::to_string(agency->id) + " 代码");
  }
  domain::IndexNumberParts parts;
  parts.org = agency->org_code;
  parts.published_on = published_on;
  const std::string first = p.content.topic.substr(0, p.content.topic.find('\\'));
  parts.cat = domain::TopicClassCode(first).value_or("99");
  Result<std::string> scope = domain::IndexScope(settings_.index_template, parts);
  if (!scope.ok()) return scope.status();
  Result<int64_t> serial = db_.publications().NextIndexSerial(*scope);
  if (!serial.ok()) return serial.status();
  return domain::FormatIndexNumber(settings_.index_template, parts, *serial);
}

Status PublicationService::Withdraw(const Actor& actor, int64_t id, const std::string& reason,
                                    const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  Status why = RequireReason(reason, "撤回");
  if (!why.ok()) return why;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           PublicationStore& store = db_.publications();
           Result<Publication> p = store.GetForUpdate(id);
           if (!p.ok()) return p.status();
           Status allowed = domain::CheckPublicationAction(*p, PublicationAction::kWithdraw);
           if (!allowed.ok()) return allowed;
           Result<domain::PublicationVersion> shown = store.GetVersion(id, *p->published_version);
           if (!shown.ok()) return shown.status();
           Status lock = CheckTable2Lock(db_, *p, shown->content.formed_on,
                                         std::string("撤回") + domain::PublicationKindLabel(p->kind));
           if (!lock.ok()) return lock;
           p->state = domain::StateAfter(p->state, PublicationAction::kWithdraw);
           Status header = store.UpdateHeader(*p, std::nullopt);
           if (!header.ok()) return header;
           Status logged = Log(actor, *p, PublicationAction::kWithdraw, reason, "{}", now);
           if (!logged.ok()) return logged;
           Status indexed = store.Index(id);  // removes it from the search index
           if (!indexed.ok()) return indexed;
           return true;
         })
      .status();
}

Status PublicationService::ChangeValidity(const Actor& actor, int64_t id, domain::Validity to,
                                          CivilDate on, std::optional<int64_t> replaced_by,
                                          const std::string& reason, const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  if (to == domain::Validity::kValid) {
    return Status::InvalidInput("废止或失效的文件不能恢复为有效；请发布新的文件");
  }
  const PublicationAction action = to == domain::Validity::kAbolished
                                       ? PublicationAction::kAbolish
                                       : PublicationAction::kExpire;
  Status why = RequireReason(reason, to == domain::Validity::kAbolished ? "宣布废止" : "宣布失效");
  if (!why.ok()) return why;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           PublicationStore& store = db_.publications();
           Result<Publication> p = store.GetForUpdate(id);
           if (!p.ok()) return p.status();
           Status allowed = domain::CheckPublicationAction(*p, action);
           if (!allowed.ok()) return allowed;
           Result<domain::PublicationVersion> published =
               store.GetVersion(id, *p->published_version);
           if (!published.ok()) return published.status();
           if (published->content.formed_on && on < *published->content.formed_on) {
             return Status::InvalidInput(Where(id) + " 的" + domain::ValidityLabel(to) + "日期 " +
                                         on.ToString() + " 早于其成文日期 " +
                                         published->content.formed_on->ToString());
           }
           Status lock = CheckTable2Lock(db_, *p, on, std::string("宣布") +
                                                           domain::ValidityLabel(to));
           if (!lock.ok()) return lock;
           if (replaced_by) {
             Result<Publication> other = store.Get(*replaced_by);
             if (!other.ok()) return Status::InvalidInput(other.status().message());
             Status link = store.AddLink(*replaced_by, id, domain::LinkKind::kReplaces);
             if (!link.ok()) return link;
           }
           p->validity = to;
           p->validity_changed_on = on;
           p->replaced_by = replaced_by;
           Status header = store.UpdateHeader(*p, std::nullopt);
           if (!header.ok()) return header;
           Status logged =
               Log(actor, *p, action, reason,
                   JsonObject({{"on", JsonString(on.ToString())},
                               {"replaced_by", replaced_by ? std::to_string(*replaced_by)
                                                           : std::string("null")}}),
                   now);
           if (!logged.ok()) return logged;
           Status indexed = store.Index(id);
           if (!indexed.ok()) return indexed;
           return true;
         })
      .status();
}

Status PublicationService::LinkInterpretation(const Actor& actor, int64_t interpretation_id,
                                              int64_t policy_id, const Moment& now) {
  Status who = RequireActor(actor);
  if (!who.ok()) return who;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           PublicationStore& store = db_.publications();
           Result<Publication> p = store.GetForUpdate(interpretation_id);
           if (!p.ok()) return p.status();
           if (p->kind != domain::PublicationKind::kInterpretation) {
             return Status::InvalidInput(Where(interpretation_id) + " 是" +
                                         domain::PublicationKindLabel(p->kind) +
                                         "，只有政策解读才能关联所解读的政策");
           }
           PublicationInput links;
           links.interprets = {policy_id};
           Status st = SetLinks(actor, interpretation_id, links, now);
           if (!st.ok()) return st;
           return true;
         })
      .status();
}

}  // namespace gongkai::service
