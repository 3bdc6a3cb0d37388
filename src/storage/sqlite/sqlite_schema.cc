// The SQLite schema, as versioned migrations applied in order. Never edit a
// released migration: add a new one.
#include "storage/sqlite/sqlite_schema.h"

namespace gongkai::storage {

std::vector<sql::Migration> SqliteMigrations() {
  return {
      {1, "agencies, applicants, applications, events, appeals, report locks", R"SQL(
CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES agencies(id),
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('government', 'department')),
  code TEXT NOT NULL UNIQUE CHECK (code <> ''),
  calendar_overlay TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agencies_parent ON agencies(parent_id);

-- The applicant's legal nature (Table 3 column 0-5) ...
CREATE TABLE applicants (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5)
);
-- ... and, apart, the personal data (never shown publicly).
CREATE TABLE applicant_contacts (
  applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id),
  name TEXT NOT NULL,
  id_document TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  email TEXT NOT NULL
);

-- Summary fields (state … outcome_row) are derived from the events and
-- written in the same transaction as the event. Dates are ISO text.
CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  applicant_id INTEGER NOT NULL REFERENCES applicants(id),
  applicant_kind INTEGER NOT NULL CHECK (applicant_kind BETWEEN 0 AND 5),
  channel TEXT NOT NULL,
  subject TEXT NOT NULL,
  query_code TEXT NOT NULL,
  submitted_on TEXT,
  state TEXT NOT NULL,
  received_on TEXT,
  due_on TEXT,
  closed_on TEXT,
  outcome TEXT,
  outcome_row INTEGER CHECK (outcome_row BETWEEN 2 AND 22),
  last_seq INTEGER NOT NULL DEFAULT 0,
  CHECK ((state = 'closed') = (closed_on IS NOT NULL AND outcome IS NOT NULL)),
  CHECK (closed_on IS NULL OR (received_on IS NOT NULL AND closed_on >= received_on))
);
-- Table 3: one covering index for the GROUP BY over an agency subtree.
CREATE INDEX applications_report
  ON applications(agency_id, received_on, closed_on, applicant_kind, outcome_row);
-- Deadline lists (--due-within, --overdue) look at open cases only.
CREATE INDEX applications_due ON applications(due_on, agency_id) WHERE state <> 'closed';
CREATE INDEX applications_state ON applications(agency_id, state);
CREATE INDEX applications_applicant ON applications(applicant_id);

-- Append-only: the triggers refuse any UPDATE or DELETE.
CREATE TABLE application_events (
  application_id INTEGER NOT NULL REFERENCES applications(id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind <> ''),
  occurred_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  data TEXT NOT NULL,
  note TEXT NOT NULL,
  corrects_seq INTEGER,
  PRIMARY KEY (application_id, seq),
  FOREIGN KEY (application_id, corrects_seq) REFERENCES application_events(application_id, seq)
);
CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events
BEGIN SELECT RAISE(ABORT, 'application_events is append-only: 申请事件只能追加，不能修改'); END;
CREATE TRIGGER application_events_no_delete BEFORE DELETE ON application_events
BEGIN SELECT RAISE(ABORT, 'application_events is append-only: 申请事件只能追加，不能删除'); END;

CREATE TABLE appeals (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  application_id INTEGER REFERENCES applications(id),
  kind TEXT NOT NULL CHECK (kind IN ('review', 'direct_litigation', 'litigation_after_review')),
  case_number TEXT NOT NULL,
  filed_on TEXT NOT NULL,
  decided_on TEXT,
  outcome TEXT CHECK (outcome IN ('upheld', 'corrected', 'other')),
  note TEXT NOT NULL,
  CHECK ((decided_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX appeals_report ON appeals(agency_id, filed_on, decided_on);

CREATE TABLE report_locks (
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
  PRIMARY KEY (agency_id, year)
);
CREATE TABLE report_lock_log (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
  actor TEXT NOT NULL CHECK (actor <> ''),
  at TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE TRIGGER report_lock_log_no_update BEFORE UPDATE ON report_lock_log
BEGIN SELECT RAISE(ABORT, 'report_lock_log is append-only: 锁定记录只能追加'); END;
CREATE TRIGGER report_lock_log_no_delete BEFORE DELETE ON report_lock_log
BEGIN SELECT RAISE(ABORT, 'report_lock_log is append-only: 锁定记录只能追加'); END;
)SQL"},
      {2, "application_year_counts: Table 3 counts kept by triggers", R"SQL(
-- Table 3 (application-workflow.md §6) depends on an application only
-- through its agency, applicant kind, the YEARS it was received and closed
-- and its outcome row; these counts per such key are kept by the triggers
-- below in the same transaction as every write to applications, so that
-- CountTable3 reads a few hundred rows instead of every application.
-- closed_year 0: not closed; outcome_row 0: no outcome.
CREATE TABLE application_year_counts (
  agency_id INTEGER NOT NULL,
  applicant_kind INTEGER NOT NULL,
  received_year INTEGER NOT NULL,
  closed_year INTEGER NOT NULL,
  outcome_row INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (agency_id, applicant_kind, received_year, closed_year, outcome_row)
) WITHOUT ROWID;
INSERT INTO application_year_counts
  SELECT agency_id, applicant_kind, CAST(substr(received_on, 1, 4) AS INTEGER),
         COALESCE(CAST(substr(closed_on, 1, 4) AS INTEGER), 0), COALESCE(outcome_row, 0), COUNT(*)
  FROM applications WHERE received_on IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER application_year_counts_insert AFTER INSERT ON applications
WHEN NEW.received_on IS NOT NULL
BEGIN
  INSERT INTO application_year_counts
    VALUES (NEW.agency_id, NEW.applicant_kind, CAST(substr(NEW.received_on, 1, 4) AS INTEGER),
            COALESCE(CAST(substr(NEW.closed_on, 1, 4) AS INTEGER), 0),
            COALESCE(NEW.outcome_row, 0), 1)
    ON CONFLICT (agency_id, applicant_kind, received_year, closed_year, outcome_row)
    DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER application_year_counts_update AFTER UPDATE ON applications
WHEN OLD.agency_id IS NOT NEW.agency_id OR OLD.applicant_kind IS NOT NEW.applicant_kind
  OR substr(OLD.received_on, 1, 4) IS NOT substr(NEW.received_on, 1, 4)
  OR substr(OLD.closed_on, 1, 4) IS NOT substr(NEW.closed_on, 1, 4)
  OR OLD.outcome_row IS NOT NEW.outcome_row
BEGIN
  UPDATE application_year_counts SET n = n - 1
    WHERE OLD.received_on IS NOT NULL AND agency_id = OLD.agency_id
      AND applicant_kind = OLD.applicant_kind
      AND received_year = CAST(substr(OLD.received_on, 1, 4) AS INTEGER)
      AND closed_year = COALESCE(CAST(substr(OLD.closed_on, 1, 4) AS INTEGER), 0)
      AND outcome_row = COALESCE(OLD.outcome_row, 0);
  INSERT INTO application_year_counts
    SELECT NEW.agency_id, NEW.applicant_kind, CAST(substr(NEW.received_on, 1, 4) AS INTEGER),
           COALESCE(CAST(substr(NEW.closed_on, 1, 4) AS INTEGER), 0),
           COALESCE(NEW.outcome_row, 0), 1
    WHERE NEW.received_on IS NOT NULL
    ON CONFLICT (agency_id, applicant_kind, received_year, closed_year, outcome_row)
    DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER application_year_counts_delete AFTER DELETE ON applications
WHEN OLD.received_on IS NOT NULL
BEGIN
  UPDATE application_year_counts SET n = n - 1
    WHERE agency_id = OLD.agency_id AND applicant_kind = OLD.applicant_kind
      AND received_year = CAST(substr(OLD.received_on, 1, 4) AS INTEGER)
      AND closed_year = COALESCE(CAST(substr(OLD.closed_on, 1, 4) AS INTEGER), 0)
      AND outcome_row = COALESCE(OLD.outcome_row, 0);
END;
)SQL"},
      {3, "external ids of imported cases, who recorded appeals", R"SQL(
-- 申请编号 of a ledger or the agency's own system, unique per agency, and
-- the ledger row a case was imported from (a re-import is recognised).
ALTER TABLE applications ADD COLUMN external_id TEXT CHECK (external_id <> '');
ALTER TABLE applications ADD COLUMN imported_row TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX applications_external ON applications(agency_id, external_id)
  WHERE external_id IS NOT NULL;
-- 按件 fees count an applicant's applications in a month (109号第四条).
CREATE INDEX applicant_contacts_id_document ON applicant_contacts(id_document)
  WHERE id_document <> '';
CREATE INDEX applicant_contacts_name ON applicant_contacts(name, phone);
ALTER TABLE appeals ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE appeals ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
-- A count that falls to 0 is removed, so the counts are exactly what a
-- recount of the rows gives (db check --repair rebuilds them so).
DELETE FROM application_year_counts WHERE n = 0;
CREATE TRIGGER application_year_counts_drop_zero AFTER UPDATE OF n ON application_year_counts
WHEN NEW.n = 0
BEGIN
  DELETE FROM application_year_counts
    WHERE agency_id = NEW.agency_id AND applicant_kind = NEW.applicant_kind
      AND received_year = NEW.received_year AND closed_year = NEW.closed_year
      AND outcome_row = NEW.outcome_row;
END;
)SQL"},
      {4, "publications: versions, review log, links, 索引号 serials, search index", R"SQL(
-- 组织机构代码 or 统一社会信用代码, the front part of 索引号 (empty: not set).
ALTER TABLE agencies ADD COLUMN org_code TEXT NOT NULL DEFAULT '';
-- The header of a publication; title … formed_on are copies of the version
-- the public sees (the latest one before the first publication), for lists,
-- filters and Table 2, kept by the store in the same transaction.
CREATE TABLE publications (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('information', 'regulation', 'normative', 'interpretation', 'meeting')),
  state TEXT NOT NULL
    CHECK (state IN ('draft', 'submitted', 'approved', 'published', 'withdrawn')),
  index_no TEXT UNIQUE CHECK (index_no <> ''),
  latest_version INTEGER NOT NULL CHECK (latest_version >= 1),
  published_version INTEGER CHECK (published_version BETWEEN 1 AND latest_version),
  published_at TEXT,
  published_on TEXT,
  validity TEXT NOT NULL DEFAULT 'valid' CHECK (validity IN ('valid', 'expired', 'abolished')),
  effective_on TEXT,
  validity_changed_on TEXT,
  replaced_by INTEGER REFERENCES publications(id),
  title TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  article20_item INTEGER NOT NULL DEFAULT 0 CHECK (article20_item BETWEEN 0 AND 15),
  formed_on TEXT,
  CHECK ((published_version IS NULL) = (published_at IS NULL)),
  CHECK ((validity = 'valid') = (validity_changed_on IS NULL))
);
CREATE INDEX publications_agency ON publications(agency_id, published_on);
CREATE INDEX publications_published ON publications(published_on, id);
CREATE INDEX publications_table2 ON publications(kind, agency_id, formed_on);

CREATE TABLE publication_versions (
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL CHECK (title <> ''),
  publisher TEXT NOT NULL,
  doc_no TEXT NOT NULL,
  formed_on TEXT,
  topic TEXT NOT NULL,
  article20_item INTEGER NOT NULL,
  summary TEXT NOT NULL,
  keywords TEXT NOT NULL,
  reg_no TEXT NOT NULL,
  body_html TEXT NOT NULL,
  body_text TEXT NOT NULL,
  created_by TEXT NOT NULL CHECK (created_by <> ''),
  created_at TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (publication_id, version)
);
CREATE TABLE publication_attachments (
  publication_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  filename TEXT NOT NULL CHECK (filename <> ''),
  file_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  type TEXT NOT NULL,
  PRIMARY KEY (publication_id, version, seq),
  FOREIGN KEY (publication_id, version) REFERENCES publication_versions(publication_id, version)
);
-- A published version is kept as it was (DA/T 80): no UPDATE or DELETE of
-- it or its attachments; drafts may be rewritten.
CREATE TRIGGER publication_versions_keep BEFORE UPDATE ON publication_versions
WHEN OLD.published_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'publication_versions is append-only: 已发布的版本不能修改'); END;
CREATE TRIGGER publication_versions_no_delete BEFORE DELETE ON publication_versions
WHEN OLD.published_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'publication_versions is append-only: 已发布的版本不能删除'); END;
CREATE TRIGGER publication_attachments_keep BEFORE DELETE ON publication_attachments
WHEN (SELECT published_at FROM publication_versions v
      WHERE v.publication_id = OLD.publication_id AND v.version = OLD.version) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'publication_attachments is append-only: 已发布版本的附件不能删除'); END;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
BEGIN SELECT RAISE(ABORT, 'publications is append-only: 信息不能删除，只能撤回'); END;
CREATE TRIGGER publications_keep_index_no BEFORE UPDATE OF index_no ON publications
WHEN OLD.index_no IS NOT NULL AND NEW.index_no IS NOT OLD.index_no
BEGIN SELECT RAISE(ABORT, 'publications.index_no is append-only: 索引号一经编制不能更改'); END;

CREATE TABLE publication_log (
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  action TEXT NOT NULL CHECK (action <> ''),
  version INTEGER NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  at TEXT NOT NULL,
  reason TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (publication_id, seq)
);
CREATE TRIGGER publication_log_no_update BEFORE UPDATE ON publication_log
BEGIN SELECT RAISE(ABORT, 'publication_log is append-only: 审核记录只能追加，不能修改'); END;
CREATE TRIGGER publication_log_no_delete BEFORE DELETE ON publication_log
BEGIN SELECT RAISE(ABORT, 'publication_log is append-only: 审核记录只能追加，不能删除'); END;

CREATE TABLE publication_links (
  from_id INTEGER NOT NULL REFERENCES publications(id),
  to_id INTEGER NOT NULL REFERENCES publications(id),
  kind TEXT NOT NULL CHECK (kind IN ('interprets', 'replaces')),
  PRIMARY KEY (from_id, to_id, kind),
  CHECK (from_id <> to_id)
);
CREATE INDEX publication_links_to ON publication_links(to_id, kind);

-- The last serial issued per 索引号 scope: never decreases, never reused.
CREATE TABLE index_serials (
  scope TEXT PRIMARY KEY,
  last INTEGER NOT NULL CHECK (last >= 1)
);

-- The search index: the published version of every public publication,
-- tokenized by the project's CJK tokenizer (registered on every connection).
CREATE VIRTUAL TABLE publication_fts USING fts5(title, body, tokenize = 'gongkai');

-- Yearly figures of Table 2 that no record here gives (行政许可/处罚/强制
-- decisions, 行政事业性收费 in 万元), entered or imported per agency, each
-- with its source; every change is kept in agency_stats_log.
CREATE TABLE agency_stats (
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  item TEXT NOT NULL CHECK (item IN ('licensing', 'punishment', 'enforcement', 'fees')),
  value TEXT NOT NULL CHECK (value <> ''),
  source TEXT NOT NULL CHECK (source <> ''),
  PRIMARY KEY (agency_id, year, item)
);
CREATE TABLE agency_stats_log (
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  item TEXT NOT NULL,
  value TEXT NOT NULL,
  source TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  at TEXT NOT NULL
);
CREATE TRIGGER agency_stats_log_no_update BEFORE UPDATE ON agency_stats_log
BEGIN SELECT RAISE(ABORT, 'agency_stats_log is append-only: 统计数据修改记录只能追加'); END;
CREATE TRIGGER agency_stats_log_no_delete BEFORE DELETE ON agency_stats_log
BEGIN SELECT RAISE(ABORT, 'agency_stats_log is append-only: 统计数据修改记录只能追加'); END;
)SQL"},
      {5, "领导信箱: messages, writers' contacts, the append-only message log", R"SQL(
-- A message to a leader's mailbox (portal-and-catalogue.md §5). agency_id
-- is the mailbox; handler_id the 受理单位 it is assigned to. The content
-- (agency_id … consent) never changes once stored; the handling fields are
-- written by the use case together with one line of message_events. The
-- deadlines are stored when the event that fixes them happens.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  category TEXT NOT NULL
    CHECK (category IN ('consultation', 'suggestion', 'complaint', 'help', 'other')),
  title TEXT NOT NULL CHECK (title <> ''),
  body TEXT NOT NULL CHECK (body <> ''),
  submitted_at TEXT NOT NULL,
  received_on TEXT NOT NULL,
  query_code TEXT NOT NULL UNIQUE CHECK (query_code <> ''),
  consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
  state TEXT NOT NULL
    CHECK (state IN ('received', 'assigned', 'replied', 'published', 'closed', 'transferred')),
  handler_id INTEGER REFERENCES agencies(id),
  assigned_by TEXT NOT NULL DEFAULT '',
  assigned_on TEXT,
  ack_due_on TEXT NOT NULL,
  alert_on TEXT NOT NULL,
  reply_due_on TEXT NOT NULL,
  extended INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
  extension_reason TEXT NOT NULL DEFAULT '',
  reply TEXT NOT NULL DEFAULT '',
  replied_by TEXT NOT NULL DEFAULT '',
  replied_at TEXT,
  replied_on TEXT,
  closed_on TEXT,
  close_reason TEXT NOT NULL DEFAULT '',
  published_title TEXT,
  published_body TEXT,
  published_reply TEXT,
  published_at TEXT,
  published_on TEXT,
  CHECK (state <> 'assigned' OR handler_id IS NOT NULL),
  CHECK ((replied_on IS NULL) = (replied_at IS NULL)),
  CHECK (state NOT IN ('replied', 'published') OR replied_on IS NOT NULL),
  CHECK (replied_on IS NULL OR replied_on >= received_on),
  CHECK ((state IN ('closed', 'transferred')) = (closed_on IS NOT NULL)),
  CHECK ((state = 'published') = (published_at IS NOT NULL)),
  CHECK (state <> 'published' OR consent = 1),
  CHECK (extended = 0 OR extension_reason <> '')
);
CREATE INDEX messages_agency ON messages(agency_id, received_on);
CREATE INDEX messages_handler ON messages(handler_id, received_on);
-- Deadline lists and the dashboard look at open messages only.
CREATE INDEX messages_due ON messages(reply_due_on) WHERE state IN ('received', 'assigned');
CREATE TRIGGER messages_no_delete BEFORE DELETE ON messages
BEGIN SELECT RAISE(ABORT, 'messages is append-only: 留言不能删除'); END;
CREATE TRIGGER messages_keep_content BEFORE UPDATE ON messages
WHEN NEW.agency_id IS NOT OLD.agency_id OR NEW.category IS NOT OLD.category
  OR NEW.title IS NOT OLD.title OR NEW.body IS NOT OLD.body
  OR NEW.submitted_at IS NOT OLD.submitted_at OR NEW.received_on IS NOT OLD.received_on
  OR NEW.query_code IS NOT OLD.query_code OR NEW.consent IS NOT OLD.consent
  OR (OLD.published_at IS NOT NULL AND (NEW.published_at IS NOT OLD.published_at
      OR NEW.published_title IS NOT OLD.published_title
      OR NEW.published_body IS NOT OLD.published_body
      OR NEW.published_reply IS NOT OLD.published_reply))
BEGIN SELECT RAISE(ABORT, 'messages is append-only: 留言内容和已公开的内容不能修改'); END;

-- The writer's personal data, apart (never shown publicly, never in lists).
CREATE TABLE message_contacts (
  message_id INTEGER PRIMARY KEY REFERENCES messages(id),
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL
);
CREATE TRIGGER message_contacts_no_update BEFORE UPDATE ON message_contacts
BEGIN SELECT RAISE(ABORT, 'message_contacts is append-only: 写信人信息不能修改'); END;
CREATE TRIGGER message_contacts_no_delete BEFORE DELETE ON message_contacts
BEGIN SELECT RAISE(ABORT, 'message_contacts is append-only: 写信人信息不能删除'); END;

CREATE TABLE message_events (
  message_id INTEGER NOT NULL REFERENCES messages(id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  action TEXT NOT NULL CHECK (action <> ''),
  actor TEXT NOT NULL CHECK (actor <> ''),
  at TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (message_id, seq)
);
CREATE TRIGGER message_events_no_update BEFORE UPDATE ON message_events
BEGIN SELECT RAISE(ABORT, 'message_events is append-only: 留言办理记录只能追加，不能修改'); END;
CREATE TRIGGER message_events_no_delete BEFORE DELETE ON message_events
BEGIN SELECT RAISE(ABORT, 'message_events is append-only: 留言办理记录只能追加，不能删除'); END;
)SQL"},
      {6, "public forms' tokens and rate limit, application requests (第二十九条), query codes", R"SQL(
-- The public forms' guard (service/form_guard.h): one-use tokens issued to
-- a visitor's browser, and the hits of the per-client rate limit. Neither
-- is a record; both are pruned when old. Times are Unix seconds.
CREATE TABLE web_form_tokens (
  token TEXT PRIMARY KEY CHECK (token <> ''),
  purpose TEXT NOT NULL CHECK (purpose <> ''),
  visitor TEXT NOT NULL CHECK (visitor <> ''),
  issued_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX web_form_tokens_issued ON web_form_tokens(issued_at);
CREATE TABLE web_rate_hits (
  bucket TEXT NOT NULL CHECK (bucket <> ''),
  at BIGINT NOT NULL
);
CREATE INDEX web_rate_hits_bucket ON web_rate_hits(bucket, at);

-- The applicant follows an application on the portal by its query code.
CREATE INDEX applications_query_code ON applications(query_code);

-- What an application asks for beyond its subject (条例第二十九条): written
-- once at registration, never changed (personal data, never public).
CREATE TABLE application_requests (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  organization INTEGER NOT NULL CHECK (organization IN (0, 1)),
  id_document_type TEXT NOT NULL,
  legal_representative TEXT NOT NULL,
  contact_person TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  purpose TEXT NOT NULL,
  delivery_method TEXT NOT NULL CHECK (delivery_method IN ('post', 'email', 'pick_up', 'online')),
  delivery_form TEXT NOT NULL CHECK (delivery_form IN ('paper', 'electronic')),
  proof_file_id TEXT,
  proof_sha256 TEXT,
  proof_type TEXT CHECK (proof_type IN ('jpeg', 'png', 'pdf')),
  proof_size INTEGER,
  proof_name TEXT,
  CHECK ((proof_file_id IS NULL) = (proof_sha256 IS NULL))
);
CREATE TRIGGER application_requests_no_update BEFORE UPDATE ON application_requests
BEGIN SELECT RAISE(ABORT, 'application_requests is append-only: 申请内容不能修改'); END;
CREATE TRIGGER application_requests_no_delete BEFORE DELETE ON application_requests
BEGIN SELECT RAISE(ABORT, 'application_requests is append-only: 申请内容不能删除'); END;
)SQL"},
      {7, "published annual reports (the snapshot the portal serves)", R"SQL(
-- An annual report as published: the report (the project's JSON exchange
-- format) exactly as it stood when the year was locked, so that the portal
-- and its downloads never change after publication. Publishing again after
-- an unlock adds a version; the portal shows the newest. Append-only.
CREATE TABLE published_reports (
  id INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version INTEGER NOT NULL CHECK (version >= 1),
  children INTEGER NOT NULL CHECK (children IN (0, 1)),
  title TEXT NOT NULL CHECK (title <> ''),
  report_json TEXT NOT NULL CHECK (report_json <> ''),
  published_at TEXT NOT NULL,
  actor TEXT NOT NULL CHECK (actor <> ''),
  UNIQUE (agency_id, year, version)
);
CREATE INDEX published_reports_year ON published_reports(year, agency_id);
CREATE TRIGGER published_reports_no_update BEFORE UPDATE ON published_reports
BEGIN SELECT RAISE(ABORT, 'published_reports is append-only: 已发布的年度报告不能修改'); END;
CREATE TRIGGER published_reports_no_delete BEFORE DELETE ON published_reports
BEGIN SELECT RAISE(ABORT, 'published_reports is append-only: 已发布的年度报告不能删除'); END;
)SQL"},
  };
}

}  // namespace gongkai::storage
