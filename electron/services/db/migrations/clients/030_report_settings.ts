import type { Migration } from '../../open'

export const m030: Migration = {
  version: 30,
  name: 'report settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE report_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO report_settings (key, value) VALUES ('paper', 'letter');
    `)
  },
}
