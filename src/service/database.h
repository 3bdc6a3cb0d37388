// Port: one open database — the unit the application opens, migrates and
// takes its stores from. Adapters: storage/memory (tests), storage/sqlite
// (the embedded default), storage/postgres. A Database and its stores are
// used by one thread at a time; open one per thread for concurrency.
#pragma once

#include <functional>

#include "core/status.h"
#include "service/agency_store.h"
#include "service/appeal_store.h"
#include "service/applicant_store.h"
#include "service/application_request_store.h"
#include "service/application_store.h"
#include "service/form_guard_store.h"
#include "service/message_store.h"
#include "service/publication_store.h"
#include "service/published_report_store.h"
#include "service/report_lock_store.h"
#include "service/stats_store.h"

namespace gongkai::service {

class Database {
 public:
  virtual ~Database() = default;

  // Brings the schema to the newest version: applies, in order and each in
  // its own transaction, the migrations not yet recorded in
  // schema_migrations. Running it again changes nothing.
  virtual Status Migrate() = 0;
  // The newest applied migration (0 for an empty database).
  virtual Result<int> SchemaVersion() = 0;
  // The newest migration this build knows: a database at a lower version
  // needs Migrate(), one at a higher version was written by a newer gongkai.
  virtual int LatestSchemaVersion() const = 0;

  // Runs `body` so that every store write inside it is kept together or not
  // at all: when `body` fails (or the commit does), nothing it wrote stays.
  // Store calls inside nest (savepoints in the SQL adapters).
  //
  // Writers are serialised by the database, never by the process: SQLite
  // takes the write lock at the start (BEGIN IMMEDIATE), PostgreSQL rows read
  // with ApplicationStore::GetForUpdate stay locked until the end. A use
  // case is one Transaction: read, decide, write — or nothing.
  virtual Status Transaction(const std::function<Status()>& body) = 0;

  // Runs `body` on one consistent view of the data (reads only: what other
  // writers commit meanwhile is not seen), e.g. Tables 3 and 4 of a report.
  virtual Status Snapshot(const std::function<Status()>& body) = 0;

  virtual AgencyStore& agencies() = 0;
  virtual ApplicantStore& applicants() = 0;
  virtual ApplicationStore& applications() = 0;
  virtual AppealStore& appeals() = 0;
  virtual ReportLockStore& locks() = 0;
  virtual PublicationStore& publications() = 0;
  virtual StatsStore& stats() = 0;
  virtual MessageStore& messages() = 0;
  virtual ApplicationRequestStore& requests() = 0;
  virtual FormGuardStore& guards() = 0;
  virtual PublishedReportStore& reports() = 0;
};

}  // namespace gongkai::service
