import type Database from 'better-sqlite3'
import { clientsMigrations, clientsPreLedger } from './migrations/clients'
import { checkSequence, pendingMigrations, readLedger } from './migrations/ledger'
import { type DB, openDatabase } from './open'
import { openEncrypted, openSqlite } from './sqlite'

/** The counselor's records: always opened here, so the key and migrations are never forgotten. */
export function openClientsDatabase(file: string, key: Buffer | null): DB {
  const db = openDatabase(file, {
    label: 'student records',
    migrations: clientsMigrations,
    preLedger: clientsPreLedger,
    key,
  })
  // Sorts and temporary tables stay in memory: SQLite's temp files are not encrypted.
  db.pragma('temp_store = MEMORY')
  return db
}

/**
 * Throws DB_HISTORY_MISMATCH when a records file (a backup being checked) ran schema steps this
 * app does not have, or different ones: opening it would be refused.
 */
export function checkClientsHistory(db: DB): void {
  const sorted = checkSequence(clientsMigrations)
  const version = db.pragma('user_version', { simple: true }) as number
  pendingMigrations('student records', sorted, version, readLedger(db), clientsPreLedger)
}

/** A read-only look at a records file (a backup being checked), with the same key. */
export function openClientsReadonly(file: string, key: Buffer | null): DB {
  const options: Database.Options = { readonly: true, fileMustExist: true }
  const db = key ? openEncrypted(file, key, options) : openSqlite(file, options)
  db.pragma('temp_store = MEMORY')
  return db
}

/**
 * A consistent copy of the live records. SQLite's backup API cannot copy between an encrypted
 * source and a new file, so encrypted records are copied with VACUUM INTO, which writes the
 * copy encrypted with the same key.
 */
export async function copyClientsDatabase(db: DB, key: Buffer | null, dest: string): Promise<void> {
  if (key) db.prepare('VACUUM INTO ?').run(dest)
  else await db.backup(dest)
}
