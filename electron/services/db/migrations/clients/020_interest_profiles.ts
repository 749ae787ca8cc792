import type { Migration } from '../../open'

/*
 * Interests domain (versions 20-29). Append new steps, never edit shipped ones.
 *
 * interest_profiles: one row per time a student's interests were recorded, kept for the
 * change-over-time chart. Scores are always on the Interest Profiler's 0-40 scale whatever the
 * source: 'profiler' (typed in), 'holland' (a code converted by the documented rule in
 * shared/riasec.ts; the code typed is kept in entered_code), 'quick' (our quick inventory; the
 * answers are kept so the scoring can be shown again).
 */
export const m020: Migration = {
  version: 20,
  name: 'interest profiles',
  up: (db) => {
    db.exec(`
      CREATE TABLE interest_profiles (
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        taken_on TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('profiler','holland','quick')),
        r REAL NOT NULL CHECK (r BETWEEN 0 AND 40),
        i REAL NOT NULL CHECK (i BETWEEN 0 AND 40),
        a REAL NOT NULL CHECK (a BETWEEN 0 AND 40),
        s REAL NOT NULL CHECK (s BETWEEN 0 AND 40),
        e REAL NOT NULL CHECK (e BETWEEN 0 AND 40),
        c REAL NOT NULL CHECK (c BETWEEN 0 AND 40),
        high_point TEXT NOT NULL DEFAULT '',
        entered_code TEXT,
        answers TEXT,
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX interest_profiles_student ON interest_profiles(student_id, taken_on, id);
    `)
  },
}
