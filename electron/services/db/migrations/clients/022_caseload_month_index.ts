import type { Migration } from '../../open'

/*
 * Replaces 21: indexed by month (an expression) then student, the rows arrive already grouped,
 * so the per-month counts need no sort at all.
 */
export const m022: Migration = {
  version: 22,
  name: 'month index for caseload statistics',
  up: (db) => {
    db.exec(`
      DROP INDEX IF EXISTS caseload_sessions;
      CREATE INDEX caseload_sessions_month ON sessions(substr(date, 1, 7), student_id, date, duration_min);
    `)
  },
}
