import type { Migration } from '../../open'

/*
 * What a restore must never undo, and what keys the disclosure chain (issue 12).
 *  - deleted_students: which records were destroyed (internal id + creation time, nothing personal),
 *    so a restore of an older backup deletes them again instead of bringing them back.
 *  - restore_log: every restore, carried into the restored file so no restore erases another.
 *  - disclosure_anchors: each chain written before the chain was keyed ends at an anchor whose
 *    HMAC (key outside this file) vouches for it; every later entry is HMAC-keyed itself.
 * All three are append-only: triggers refuse UPDATE and DELETE.
 * Frozen: imports nothing but the Migration type.
 */
export const m055: Migration = {
  version: 55,
  name: 'deleted students, restore log, disclosure chain anchors',
  up: (db) => {
    db.exec(`
      CREATE TABLE deleted_students (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL,
        student_created_at TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE TRIGGER deleted_students_no_update BEFORE UPDATE ON deleted_students
      BEGIN SELECT RAISE(ABORT, 'The deletion log is append-only.'); END;
      CREATE TRIGGER deleted_students_no_delete BEFORE DELETE ON deleted_students
      BEGIN SELECT RAISE(ABORT, 'The deletion log is append-only.'); END;

      CREATE TABLE restore_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        backup TEXT NOT NULL,
        safety_copy TEXT NOT NULL,
        summary TEXT NOT NULL
      );
      CREATE TRIGGER restore_log_no_update BEFORE UPDATE ON restore_log
      BEGIN SELECT RAISE(ABORT, 'The restore log is append-only.'); END;
      CREATE TRIGGER restore_log_no_delete BEFORE DELETE ON restore_log
      BEGIN SELECT RAISE(ABORT, 'The restore log is append-only.'); END;

      CREATE TABLE disclosure_anchors (
        student_id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT NOT NULL,
        anchored_at TEXT NOT NULL
      );
      CREATE TRIGGER disclosure_anchors_no_update BEFORE UPDATE ON disclosure_anchors
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;
      CREATE TRIGGER disclosure_anchors_no_delete BEFORE DELETE ON disclosure_anchors
      WHEN NOT EXISTS (SELECT 1 FROM disclosure_purge_gate g WHERE g.student_id = OLD.student_id)
      BEGIN SELECT RAISE(ABORT, 'The disclosure log is append-only.'); END;

      CREATE TRIGGER deletion_log_no_update BEFORE UPDATE ON deletion_log
      BEGIN SELECT RAISE(ABORT, 'The deletion log is append-only.'); END;
      CREATE TRIGGER deletion_log_no_delete BEFORE DELETE ON deletion_log
      BEGIN SELECT RAISE(ABORT, 'The deletion log is append-only.'); END;
    `)
  },
}
