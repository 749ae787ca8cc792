import type Database from 'better-sqlite3'
import { clientsMigrations, clientsPreLedger } from './migrations/clients'
import { checkSequence, LEDGER_DDL, pendingMigrations, readLedger } from './migrations/ledger'
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

/** Tables SQLite itself may add to a records file (AUTOINCREMENT counters, ANALYZE statistics). */
const SQLITE_OWN = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4'])

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null }

function schemaRows(db: DB): SchemaRow[] {
  return (
    db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaRow[]
  ).filter((r) => !(r.type === 'table' && SQLITE_OWN.has(r.name)))
}

/**
 * Throws unless every schema object of a records file (a backup being checked) is exactly what
 * this app's migrations make at that file's version: no extra trigger, view, table or index, none
 * missing or rewritten. Run after checkClientsHistory (the version and steps are known to be ours).
 */
export function checkClientsSchema(db: DB): void {
  const version = db.pragma('user_version', { simple: true }) as number
  const reference = openSqlite(':memory:')
  try {
    if (readLedger(db) !== null) reference.exec(LEDGER_DDL)
    for (const m of checkSequence(clientsMigrations)) {
      if (m.version > version) break
      if (m.sql) reference.exec(m.sql)
      m.up?.(reference)
    }
    const key = (r: SchemaRow) => JSON.stringify([r.type, r.name, r.tbl_name, r.sql])
    const expected = new Set(schemaRows(reference).map(key))
    const actual = schemaRows(db).map(key)
    const extra = actual.filter((k) => !expected.has(k))
    const missing = expected.size - (actual.length - extra.length)
    if (extra.length || missing)
      throw new Error(`schema differs: ${extra.length} unknown or altered, ${missing} missing`)
  } finally {
    reference.close()
  }
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
