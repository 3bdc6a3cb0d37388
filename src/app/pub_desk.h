// What the pub, search and index commands share: the database opened for
// use, the publication tools and settings, and the service over them.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "service/database.h"
#include "service/publication_service.h"

namespace gongkai::app {

struct PubDesk {
  std::string url;
  std::unique_ptr<service::Database> db;
  std::unique_ptr<service::PublicationService> service;
};

Result<std::unique_ptr<PubDesk>> OpenPubDesk(const std::string& db_flag,
                                             const std::string& files_flag);

// A publication's one-line label for messages: 信息 12《标题》.
std::string PubLabel(const domain::Publication& p);

}  // namespace gongkai::app
