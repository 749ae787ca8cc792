import { foldForSearch } from '../../../../../shared/domain/students'
import type { Migration } from '../../open'

/*
 * Students domain (versions 10-19). Append new steps, never edit shipped ones.
 *
 * For other domains (read these, write only through the students services):
 *  - students(+ guardian_contact, directory_opt_out, graduated_on, search_key, version,
 *             last_seen = newest session date, kept by triggers)
 *    Tables of other domains that hold per-student rows: REFERENCES students(id) ON DELETE CASCADE,
 *    so deleting a student (which must remove everything about them) removes yours too.
 *  - sessions(id, student_id, date 'YYYY-MM-DD', duration_min, purpose, record_notes,
 *             private_notes, created_at, updated_at, version)
 *      private_notes are the counselor's memory aid: NEVER print or export them.
 *  - goals(id, student_id, session_id?, text, due_date?, status open|done|dropped,
 *          created_at, updated_at, completed_at?, version)   -- overdue: status='open' AND due_date < today
 *  - saved_careers (001) + updated_at, version
 *  - consents(id, student_id, signed_by, signed_on, records, purpose, recipient, created_at)
 *  - disclosures: append-only, hash-chained per student. Write ONLY with
 *      import { recordDisclosure } from 'electron/services/students/disclosures'
 *      recordDisclosure(ctx, { studentId, recipient, what, purpose, basis })
 *    basis: 'consent' | 'school_official' | 'directory_information' | 'parent_or_eligible_student'.
 *    Reports must record one before producing a student report.
 *    disclosure_heads(student_id, seq, hash): each chain's sealed end (kept by a trigger).
 *  - record_log(student_id, at, action, detail): actions on one record (note moved, export).
 *  - deletion_log(at, reason, summary): deletions, counts only, never personal data.
 *  - records_settings(key, value): retention and backup settings.
 */
const m010: Migration = {
  version: 10,
  name: 'student records: sessions, goals, consents, disclosure log',
  up: (db) => {
    db.exec(`
      ALTER TABLE students ADD COLUMN guardian_contact TEXT;
      ALTER TABLE students ADD COLUMN directory_opt_out INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE students ADD COLUMN graduated_on TEXT;
      ALTER TABLE students ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE students ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      CREATE UNIQUE INDEX students_number_per_school
        ON students(lower(coalesce(school, '')), student_number) WHERE student_number IS NOT NULL;
      CREATE INDEX students_list ON students(archived, name);

      ALTER TABLE saved_careers ADD COLUMN updated_at TEXT;
      ALTER TABLE saved_careers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX saved_careers_code ON saved_careers(code);

      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
        purpose TEXT NOT NULL,
        record_notes TEXT NOT NULL DEFAULT '',
        private_notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX sessions_student_date ON sessions(student_id, date);
      CREATE INDEX sessions_date ON sessions(date);

      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        completed_at TEXT,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX goals_student ON goals(student_id, status, due_date);
      CREATE INDEX goals_due ON goals(status, due_date);

      CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        signed_by TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        records TEXT NOT NULL,
        purpose TEXT NOT NULL,
        recipient TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX consents_student ON consents(student_id);

      CREATE TABLE record_log (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX record_log_student ON record_log(student_id, at);

      -- No foreign key: the log must outlive edits; rows go only when the whole record is
      -- destroyed (the purge gate below), which FERPA permits once the record itself is gone.
      CREATE TABLE disclosures (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        disclosed_at TEXT NOT NULL,
        recipient TEXT NOT NULL,
        what TEXT NOT NULL,
        purpose TEXT NOT NULL,
        basis TEXT NOT NULL CHECK (basis IN ('consent','school_official','directory_information','parent_or_eligible_student')),
        consent_id INTEGER,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (student_id, seq)
      );
      CREATE TABLE disclosure_purge_gate (student_id INTEGER PRIMARY KEY);
      CREATE TRIGGER disclosures_append_only_update BEFORE UPDATE ON disclosures
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
      CREATE TRIGGER disclosures_append_only_delete BEFORE DELETE ON disclosures
      WHEN NOT EXISTS (SELECT 1 FROM disclosure_purge_gate g WHERE g.student_id = OLD.student_id)
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;

      CREATE TABLE deletion_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('counselor','retention')),
        summary TEXT NOT NULL
      );

      CREATE TABLE records_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `)
    const rows = db.prepare('SELECT id, name, preferred_name, student_number FROM students').all() as {
      id: number
      name: string
      preferred_name: string | null
      student_number: string | null
    }[]
    const set = db.prepare('UPDATE students SET search_key = ? WHERE id = ?')
    for (const r of rows) set.run(foldForSearch(r.name, r.preferred_name, r.student_number), r.id)
  },
}

// The list is read in search-key order and filtered on the key: one index serves both, so a
// search over thousands of students walks the index and stops at the page limit.
const m011: Migration = {
  version: 11,
  name: 'student list ordered by search key',
  up: (db) => {
    db.exec(`
      DROP INDEX IF EXISTS students_list;
      CREATE INDEX students_by_key ON students(archived, search_key);

      -- last_seen (date of the newest session) kept by triggers, so it stays right whoever
      -- writes sessions, and the list filters on it without a subquery per student.
      ALTER TABLE students ADD COLUMN last_seen TEXT;
      UPDATE students SET last_seen = (SELECT max(date) FROM sessions WHERE student_id = students.id);
      CREATE TRIGGER sessions_last_seen_insert AFTER INSERT ON sessions BEGIN
        UPDATE students SET last_seen = (SELECT max(date) FROM sessions WHERE student_id = NEW.student_id)
        WHERE id = NEW.student_id;
      END;
      CREATE TRIGGER sessions_last_seen_update AFTER UPDATE OF date, student_id ON sessions BEGIN
        UPDATE students SET last_seen = (SELECT max(date) FROM sessions WHERE student_id = students.id)
        WHERE id IN (OLD.student_id, NEW.student_id);
      END;
      CREATE TRIGGER sessions_last_seen_delete AFTER DELETE ON sessions BEGIN
        UPDATE students SET last_seen = (SELECT max(date) FROM sessions WHERE student_id = OLD.student_id)
        WHERE id = OLD.student_id;
      END;
    `)
  },
}

// Search keys now also fold letters without a decomposition (ø, æ, ß, đ, ł …): recompute them.
const m012: Migration = {
  version: 12,
  name: 'student search keys fold ø, æ, ß and similar letters',
  up: (db) => {
    const rows = db.prepare('SELECT id, name, preferred_name, student_number FROM students').all() as {
      id: number
      name: string
      preferred_name: string | null
      student_number: string | null
    }[]
    const set = db.prepare('UPDATE students SET search_key = ? WHERE id = ?')
    for (const r of rows) set.run(foldForSearch(r.name, r.preferred_name, r.student_number), r.id)
  },
}

// Every column the list shows or filters on, in the index itself: filtering on grade, status,
// school or last seen walks the index alone instead of visiting each student's row.
const m013: Migration = {
  version: 13,
  name: 'covering index for the student list',
  up: (db) => {
    db.exec(`
      DROP INDEX IF EXISTS students_by_key;
      CREATE INDEX students_list_cover ON students(archived, search_key, id, name, preferred_name, grade, school,
        student_number, status, last_seen);
    `)
  },
}

// The newest entry of each student's chain, sealed apart from the chain: cutting entries off the
// end (or a whole chain) leaves the seal pointing past the log, so verification notices.
const m014: Migration = {
  version: 14,
  name: 'disclosure chain heads',
  up: (db) => {
    db.exec(`
      CREATE TABLE disclosure_heads (student_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL);
      INSERT INTO disclosure_heads (student_id, seq, hash)
        SELECT d.student_id, d.seq, d.hash FROM disclosures d
        WHERE d.seq = (SELECT max(seq) FROM disclosures x WHERE x.student_id = d.student_id);
      CREATE TRIGGER disclosures_advance_head AFTER INSERT ON disclosures BEGIN
        INSERT INTO disclosure_heads (student_id, seq, hash) VALUES (NEW.student_id, NEW.seq, NEW.hash)
        ON CONFLICT (student_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
      END;
      CREATE TRIGGER disclosure_heads_forward_only BEFORE UPDATE ON disclosure_heads
      WHEN NEW.student_id <> OLD.student_id OR NEW.seq <> OLD.seq + 1
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
      CREATE TRIGGER disclosure_heads_no_delete BEFORE DELETE ON disclosure_heads
      WHEN NOT EXISTS (SELECT 1 FROM disclosure_purge_gate g WHERE g.student_id = OLD.student_id)
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
    `)
  },
}

export const studentsMigrations: Migration[] = [m010, m011, m012, m013, m014]
