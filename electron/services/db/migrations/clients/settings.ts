import type { Migration } from '../../open'

// Versions 050-059 belong to the settings domain; append new steps, never edit shipped ones.
export const settingsMigrations: Migration[] = [
  {
    version: 50,
    name: 'app settings (passcode hash, auto-lock)',
    up: (db) => {
      db.exec('CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    },
  },
]
