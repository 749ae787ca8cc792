import type { Migration } from '../../open'

// Every column the list shows or filters on, in the index itself: filtering on grade, status,
// school or last seen walks the index alone instead of visiting each student's row.
export const m013: Migration = {
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
