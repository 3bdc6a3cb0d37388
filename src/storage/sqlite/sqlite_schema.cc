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
  };
}

}  // namespace gongkai::storage
