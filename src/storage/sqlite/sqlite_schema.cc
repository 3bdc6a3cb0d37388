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
  };
}

}  // namespace gongkai::storage
