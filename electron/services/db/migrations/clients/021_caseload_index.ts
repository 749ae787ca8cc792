import type { Migration } from '../../open'

/*
 * Caseload statistics read every session in a date range; this index holds all three columns
 * they need (date, student, minutes), so the count never touches the session rows themselves
 * (notes included). Owned here because only the statistics use it.
 */
export const m021: Migration = {
  version: 21,
  name: 'index for caseload statistics',
  up: (db) => {
    db.exec('CREATE INDEX caseload_sessions ON sessions(date, student_id, duration_min)')
  },
}
