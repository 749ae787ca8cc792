import type { Migration } from '../../open'

export const m001: Migration = {
  version: 1,
  name: 'students and saved careers',
  up: (db) => {
    db.exec(`
      CREATE TABLE students (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        preferred_name TEXT,
        grade INTEGER,
        school TEXT,
        student_number TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','graduated','transferred')),
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE saved_careers (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        rank INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'exploring' CHECK (status IN ('exploring','shortlisted','set_aside')),
        note TEXT,
        saved_at TEXT NOT NULL,
        UNIQUE (student_id, code)
      );
      CREATE INDEX saved_careers_student ON saved_careers(student_id, rank);
    `)
  },
}
