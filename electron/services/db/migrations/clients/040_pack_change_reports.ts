import type { Migration } from '../../open'

export const m040: Migration = {
  version: 40,
  name: 'what-changed reports after a data pack install or rollback',
  up: (db) => {
    db.exec(`
      CREATE TABLE pack_change_reports (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('install','rollback')),
        from_name TEXT,
        from_checksum TEXT,
        to_name TEXT NOT NULL,
        to_checksum TEXT NOT NULL,
        saved_careers_checked INTEGER NOT NULL,
        students_affected INTEGER NOT NULL
      );
      -- One row per saved career the new pack changed. Deleting a student deletes their rows.
      CREATE TABLE pack_change_items (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES pack_change_reports(id) ON DELETE CASCADE,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        saved_title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('removed','replaced','renamed','changed')),
        replacements TEXT NOT NULL DEFAULT '[]',
        changes TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX pack_change_items_report ON pack_change_items(report_id, student_id);
    `)
  },
}
