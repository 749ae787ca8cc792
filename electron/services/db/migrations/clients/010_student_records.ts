import type { Migration } from '../../open'

export const m010: Migration = {
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
    // The search-key fold as it was when this step shipped, frozen here (12 recomputes keys).
    for (const r of rows) {
      const key = [r.name, r.preferred_name, r.student_number]
        .filter((p): p is string => !!p)
        .join(' ')
        .normalize('NFKD')
        // biome-ignore lint/complexity/useRegexLiterals: esbuild rewrites a \p{…} literal, changing the fingerprint
        .replace(new RegExp('\\p{M}', 'gu'), '')
        .toLowerCase()
      set.run(key, r.id)
    }
  },
}
