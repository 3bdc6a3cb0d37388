// The screen gate of publications: what the personal-information and
// sensitive-word screen finds in a version (title, summary, body, every
// attachment), and how submit and publish act on it.
#include "service/json_text.h"
#include "service/publication_service.h"

namespace gongkai::service {

using domain::Publication;
using domain::PublicationAction;

Result<std::vector<ScreenFinding>> PublicationService::ScreenContent(
    const domain::PublicationContent& c) {
  if (!tools_.screen || !tools_.reader) return Status::Internal("未配置个人信息筛查组件");
  std::vector<ScreenFinding> out;
  auto scan = [&](const std::string& where, const std::string& text, bool with_line) {
    for (ScreenHit& hit : tools_.screen->Scan(text)) {
      std::string place = where;
      if (with_line) place += "第" + std::to_string(hit.line) + "行";
      out.push_back({std::move(place), std::move(hit)});
    }
  };
  scan("标题", c.title, false);
  scan("内容概述", c.summary, false);
  scan("正文", c.body_text, true);
  for (const domain::PublicationAttachment& a : c.attachments) {
    Result<std::string> bytes = AttachmentBytes(a);
    if (!bytes.ok()) return bytes.status();
    Result<std::vector<TextPiece>> pieces = tools_.reader->Text(*bytes, a.filename);
    if (!pieces.ok()) {
      return Status::InvalidInput("附件《" + a.filename + "》无法读取，不能完成个人信息筛查：" +
                                  pieces.status().message());
    }
    for (const TextPiece& piece : *pieces) {
      scan("附件《" + a.filename + "》" + piece.where, piece.text, false);
    }
  }
  return out;
}

Result<std::vector<ScreenFinding>> PublicationService::Screen(int64_t id) {
  Result<Publication> p = db_.publications().Get(id);
  if (!p.ok()) return p.status();
  return ScreenContent(p->content);
}

namespace {

std::string Where(int64_t id) { return "信息 " + std::to_string(id); }

std::string FindingsJson(const std::vector<ScreenFinding>& findings) {
  std::vector<std::string> items;
  for (const ScreenFinding& f : findings) {
    items.push_back(JsonObject({{"kind", JsonString(ScreenHitKindName(f.hit.kind))},
                                {"where", JsonString(f.where)},
                                {"masked", JsonString(f.hit.masked)}}));
  }
  return JsonArray(items);
}

std::string FindingsMessage(const std::vector<ScreenFinding>& findings) {
  std::string m;
  for (const ScreenFinding& f : findings) {
    m += "\n  " + f.where + "：" + ScreenHitKindName(f.hit.kind) + " " + f.hit.masked + "（…" +
         f.hit.context + "…）";
  }
  return m;
}

// What the screen reads of a version: equal when nothing it scanned changed.
bool SameContent(const domain::PublicationContent& a, const domain::PublicationContent& b) {
  if (a.title != b.title || a.summary != b.summary || a.body_text != b.body_text ||
      a.attachments.size() != b.attachments.size()) {
    return false;
  }
  for (size_t i = 0; i < a.attachments.size(); ++i) {
    if (a.attachments[i].file_id != b.attachments[i].file_id) return false;
  }
  return true;
}

}  // namespace

Status PublicationService::GateOnScreen(const Actor& actor, const Publication& p,
                                        const ScreenedContent& screened,
                                        const std::string& override_reason, const char* step,
                                        const Moment& now) {
  // The screen ran before the transaction (reading attachments must not hold
  // the write lock); what it read must be what is submitted or published.
  if (!SameContent(screened.content, p.content)) {
    return Status::Conflict(Where(p.id) + " 的内容在筛查期间被修改");
  }
  const std::vector<ScreenFinding>& findings = screened.findings;
  if (findings.empty()) return Status::Ok();
  if (override_reason.empty()) {
    return Status::InvalidInput(Where(p.id) + " 的个人信息和敏感词筛查发现 " +
                                std::to_string(findings.size()) + " 处问题，不能" + step +
                                "；请遮盖后重试，或由审核人说明理由后确认（--override 理由）：" +
                                FindingsMessage(findings));
  }
  return Log(actor, p, PublicationAction::kOverride, override_reason,
             JsonObject({{"step", JsonString(step)}, {"hits", FindingsJson(findings)}}), now);
}

Result<ScreenedContent> PublicationService::ScreenLatest(int64_t id) {
  Result<Publication> p = db_.publications().Get(id);
  if (!p.ok()) return p.status();
  Result<std::vector<ScreenFinding>> findings = ScreenContent(p->content);
  if (!findings.ok()) return findings.status();
  return ScreenedContent{std::move(p->content), std::move(*findings)};
}

}  // namespace gongkai::service
