import type { Migration } from '../../open'

export const m050: Migration = {
  version: 50,
  name: 'app settings (passcode hash, auto-lock)',
  up: (db) => {
    db.exec('CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
  },
}
