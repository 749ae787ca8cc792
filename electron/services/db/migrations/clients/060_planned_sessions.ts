import type { Migration } from '../../open'

/**
 * A session dated after today is a plan, not a meeting: it is kept as `planned` and never makes
 * a student "last seen" or counts in caseload statistics. Sessions already stored with a future
 * date (accepted silently before) become planned. last_seen is rebuilt from held sessions only.
 */
export const m060: Migration = {
  version: 60,
  name: 'planned sessions (future dates) kept apart from held ones',
  up: (db) => {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1));
      UPDATE sessions SET planned = 1 WHERE date > date('now', 'localtime');

      DROP TRIGGER IF EXISTS sessions_last_seen_insert;
      DROP TRIGGER IF EXISTS sessions_last_seen_update;
      DROP TRIGGER IF EXISTS sessions_last_seen_delete;
      CREATE TRIGGER sessions_last_seen_insert AFTER INSERT ON sessions BEGIN
        UPDATE students SET last_seen =
          (SELECT max(date) FROM sessions WHERE student_id = NEW.student_id AND planned = 0)
        WHERE id = NEW.student_id;
      END;
      CREATE TRIGGER sessions_last_seen_update AFTER UPDATE OF date, student_id, planned ON sessions BEGIN
        UPDATE students SET last_seen =
          (SELECT max(date) FROM sessions WHERE student_id = students.id AND planned = 0)
        WHERE id IN (OLD.student_id, NEW.student_id);
      END;
      CREATE TRIGGER sessions_last_seen_delete AFTER DELETE ON sessions BEGIN
        UPDATE students SET last_seen =
          (SELECT max(date) FROM sessions WHERE student_id = OLD.student_id AND planned = 0)
        WHERE id = OLD.student_id;
      END;
      UPDATE students SET last_seen =
        (SELECT max(date) FROM sessions WHERE student_id = students.id AND planned = 0);
    `)
  },
}
