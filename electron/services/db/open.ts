import type Database from 'better-sqlite3'
import { UserError } from '../../../shared/errors'
import { openEncrypted, openSqlite } from './sqlite'

export type DB = Database.Database
/** Statement types for services: only electron/services/db imports better-sqlite3 (biome.json). */
export type Statement<P extends unknown[] | object = unknown[], R = unknown> = Database.Statement<P, R>

export interface Migration {
  version: number
  name: string
  up: (db: DB) => void
}

export interface OpenOptions {
  /** Human name used in messages, e.g. "student records". */
  label: string
  migrations: Migration[]
  readonly?: boolean
  /** Encrypts the file with this key (clients.sqlite in the desktop app). */
  key?: Buffer | null
}

/**
 * Opens a database in WAL mode and brings it to the newest schema. A file written by a newer
 * app is refused before anything touches it, so an older install can never damage it.
 */
export function openDatabase(file: string, opts: OpenOptions): DB {
  const options = { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false }
  const db = opts.key ? openEncrypted(file, opts.key, options) : openSqlite(file, options)
  try {
    const known = latestVersion(opts.migrations)
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > known) {
      throw new UserError(
        'DB_TOO_NEW',
        `The ${opts.label} file was written by a newer version of Career Atlas (schema ${current}; this app knows ${known}).`,
        'Install the newest Career Atlas, or open this data folder on the computer that created it. Nothing was changed.',
      )
    }
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
    }
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (!opts.readonly) migrate(db, opts.migrations, current)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0)
}

function migrate(db: DB, migrations: Migration[], current: number): void {
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version)
  for (const m of pending) {
    // Each step is all-or-nothing: a crash mid-migration leaves the previous version intact.
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
}
