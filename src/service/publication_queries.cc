// Proactive-disclosure reads: a publication with its history, lists,
// search, the index rebuild and attachment bytes.
#include <tuple>

#include "service/publication_service.h"

namespace gongkai::service {

using domain::Publication;

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
