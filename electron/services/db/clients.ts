import type Database from 'better-sqlite3'
import { clientsMigrations, clientsPreLedger } from './migrations/clients'
import { type DB, openDatabase } from './open'
import { openEncrypted, openSqlite } from './sqlite'

/** The counselor's records: always opened here, so the key and migrations are never forgotten. */
export function openClientsDatabase(file: string, key: Buffer | null): DB {
  return openDatabase(file, {
    label: 'student records',
    migrations: clientsMigrations,
    preLedger: clientsPreLedger,
    key,
  })
}

/** A read-only look at a records file (a backup being checked), with the same key. */
export function openClientsReadonly(file: string, key: Buffer | null): DB {
  const options: Database.Options = { readonly: true, fileMustExist: true }
  return key ? openEncrypted(file, key, options) : openSqlite(file, options)
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
