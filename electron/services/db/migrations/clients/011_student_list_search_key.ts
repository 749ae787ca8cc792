import type { Migration } from '../../open'

// The list is read in search-key order and filtered on the key: one index serves both, so a
// search over thousands of students walks the index and stops at the page limit.
export const m011: Migration = {
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
