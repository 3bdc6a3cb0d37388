// Proactive-disclosure reads: the screen, a publication with its history,
// lists, search, the index rebuild and attachment bytes.
#include <tuple>

#include "service/publication_service.h"

namespace gongkai::service {

using domain::Publication;

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

Result<PublicationView> PublicationService::Show(int64_t id) {
  PublicationView view;
  Status st = db_.Snapshot([&]() -> Status {
    PublicationStore& store = db_.publications();
    Result<Publication> p = store.Get(id);
    if (!p.ok()) return p.status();
    view.publication = std::move(*p);
    Result<std::vector<domain::PublicationVersion>> versions = store.Versions(id);
    if (!versions.ok()) return versions.status();
    view.versions = std::move(*versions);
    Result<std::vector<domain::PublicationLogEntry>> log = store.Log(id);
    if (!log.ok()) return log.status();
    view.log = std::move(*log);
    for (auto [out, from, kind] :
         {std::tuple{&view.interprets, true, domain::LinkKind::kInterprets},
          std::tuple{&view.interpreted_by, false, domain::LinkKind::kInterprets},
          std::tuple{&view.replaces, true, domain::LinkKind::kReplaces},
          std::tuple{&view.replaced_by, false, domain::LinkKind::kReplaces}}) {
      Result<std::vector<int64_t>> ids = from ? store.LinksFrom(id, kind) : store.LinksTo(id, kind);
      if (!ids.ok()) return ids.status();
      *out = std::move(*ids);
    }
    Result<domain::Agency> agency = db_.agencies().Get(view.publication.agency_id);
    if (!agency.ok()) return agency.status();
    view.agency_name = agency->name;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return view;
}

Result<std::vector<domain::Publication>> PublicationService::List(const PublicationFilter& filter) {
  return db_.publications().List(filter);
}

Result<SearchPage> PublicationService::Search(const SearchRequest& request) {
  if (request.query.phrases.empty()) {
    return Status::InvalidInput("检索词为空：请输入要查找的字词（至少一个汉字、字母或数字）");
  }
  return db_.publications().Search(request);
}

Status PublicationService::RebuildIndex(const std::function<void(int64_t, int64_t)>& progress) {
  return db_.publications().RebuildIndex(progress);
}

Result<std::string> PublicationService::AttachmentBytes(const domain::PublicationAttachment& a) {
  if (!tools_.files) return Status::Internal("未配置附件存储");
  Result<std::string> bytes = tools_.files->Get(a.file_id, a.sha256);
  if (!bytes.ok()) return bytes.status().WithContext("附件《" + a.filename + "》");
  return bytes;
}

}  // namespace gongkai::service
