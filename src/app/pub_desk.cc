#include "app/pub_desk.h"

#include "app/data_paths.h"
#include "app/publication_settings_file.h"
#include "app/text_tools.h"
#include "app/workspace.h"

namespace gongkai::app {

Result<std::unique_ptr<PubDesk>> OpenPubDesk(const std::string& db_flag,
                                             const std::string& files_flag) {
  auto desk = std::make_unique<PubDesk>();
  desk->url = DatabaseUrl(db_flag);
  Result<service::PublicationSettings> settings = LoadPublicationSettings(DataDir());
  if (!settings.ok()) return settings.status();
  Result<std::unique_ptr<service::Database>> db = OpenWorkspaceDatabase(db_flag);
  if (!db.ok()) return db.status();
  desk->db = std::move(*db);
  Result<service::PublicationTools> tools = PublicationToolsFor(files_flag, desk->url);
  if (!tools.ok()) return tools.status();
  desk->service = std::make_unique<service::PublicationService>(*desk->db, *tools, *settings);
  return desk;
}

std::string PubLabel(const domain::Publication& p) {
  return "信息 " + std::to_string(p.id) + "《" + p.content.title + "》";
}

}  // namespace gongkai::app
