import { UserError } from '../../../shared/errors'
import { checkSequence, LEDGER_DDL, pendingMigrations, readLedger, recordApplied } from './migrations/ledger'
import { openEncrypted, openSqlite } from './sqlite'

export type { DB, Migration, Statement } from './types'

import type { DB, Migration } from './types'

export interface OpenOptions {
  /** Human name used in messages, e.g. "student records". */
  label: string
  migrations: Migration[]
  /** Versions that ran before `applied_migrations` existed (trusted on files without a ledger). */
  preLedger?: ReadonlySet<number>
  readonly?: boolean
  /** Encrypts the file with this key (clients.sqlite in the desktop app). */
  key?: Buffer | null
  /** Clock for `applied_migrations.applied_at` (tests pass a fixed one). */
  now?: () => Date
}

/**
 * Opens a database in WAL mode and brings it to the newest schema. A file written by a newer
 * app, or whose applied steps differ from ours (edited, missing or skipped), is refused before
 * anything touches it, so an install can never damage it.
 */
export function openDatabase(file: string, opts: OpenOptions): DB {
  const options = { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false }
  const sorted = checkSequence(opts.migrations)
  const db = opts.key ? openEncrypted(file, opts.key, options) : openSqlite(file, options)
  try {
    const known = latestVersion(sorted)
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > known) {
      throw new UserError(
        'DB_TOO_NEW',
        `The ${opts.label} file was written by a newer version of Career Atlas (schema ${current}; this app knows ${known}).`,
        'Install the newest Career Atlas, or open this data folder on the computer that created it. Nothing was changed.',
      )
    }
    const ledger = readLedger(db)
    const pending = pendingMigrations(opts.label, sorted, current, ledger, opts.preLedger ?? new Set())
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
    }
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (!opts.readonly) migrate(db, sorted, pending, current, ledger === null, opts.now ?? (() => new Date()))
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0)
}

function migrate(
  db: DB,
  sorted: Migration[],
  pending: Migration[],
  current: number,
  noLedger: boolean,
  now: () => Date,
): void {
  const at = now().toISOString()
  if (noLedger) {
    // A file from before the ledger: record what it already ran, with today's fingerprints.
    db.transaction(() => {
      db.exec(LEDGER_DDL)
      for (const m of sorted) if (m.version <= current) recordApplied(db, m, at)
    })()
  }
  for (const m of pending) {
    // Each step is all-or-nothing: a crash mid-migration leaves the previous version intact.
    db.transaction(() => {
      if (m.sql) db.exec(m.sql)
      m.up?.(db)
      recordApplied(db, m, at)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
}
