import { createHash } from 'node:crypto'
import { UserError } from '../../../../shared/errors'
import type { DB, Migration } from '../types'

/*
 * The ledger of applied migrations. `applied_migrations` is bootstrap infrastructure, created by
 * the migration runner itself (outside the numbered sequence) so that it exists before the first
 * migration runs and on files made before it existed. Each row keeps the migration's name and a
 * sha256 of its text; at every start the ledger is compared with the migrations this app carries,
 * so an edited, missing or out-of-sequence migration stops the app before anything is written.
 */
export const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS applied_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`

export interface LedgerRow {
  version: number
  name: string
  sha256: string
}

/**
 * A migration's fingerprint: version, name, its `sql` and the text of its `up` function.
 * The same function reads differently from tsx (whitespace minified, esbuild `keepNames`),
 * vitest and the electron-vite bundle, so the text is reduced to its words and numbers, with
 * string escapes decoded: layout, quotes and punctuation are ignored, every identifier, keyword,
 * number and SQL word counts. tests/unit/db-migrations-fingerprint.test.ts checks the files
 * give the same fingerprint under every transform we ship with.
 */
export function migrationChecksum(m: Migration): string {
  const text = `${m.sql ?? ''}\n${m.up ? m.up.toString() : ''}`
  return createHash('sha256')
    .update(`${m.version}\n${m.name}\n${canonicalWords(text)}`)
    .digest('hex')
}

export function canonicalWords(source: string): string {
  const decoded = withoutComments(source)
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
  const words = decoded.match(/[\p{L}\p{N}_$]+/gu) ?? []
  return words
    .filter((w) => w !== '__name')
    .map((w) => (/^\d[\d_]*(e\d+)?$/i.test(w) ? String(Number(w.replace(/_/g, ''))) : w))
    .join(' ')
}

/** Drops JS comments (vitest keeps them, esbuild drops them); strings and templates are kept whole. */
function withoutComments(src: string): string {
  let out = ''
  let quote = ''
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string
    if (quote) {
      out += c
      if (c === '\\') out += src[++i] ?? ''
      else if (c === quote) quote = ''
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++
      out += '\n'
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2)
      i = end < 0 ? src.length : end + 1
      out += ' '
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c
      out += c
    }
  }
  return out
}

function refuse(label: string, problem: string): UserError {
  return new UserError(
    'DB_HISTORY_MISMATCH',
    `The ${label} file does not match this version of Career Atlas: ${problem}`,
    'Open these records with the Career Atlas version that last used them, or restore a backup made by this version. Nothing was changed.',
  )
}

/** Programmer errors in the list of migrations: caught by the first test run, never by a user. */
export function checkSequence(migrations: Migration[]): Migration[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i] as Migration
    if (!Number.isInteger(m.version) || m.version < 1)
      throw new Error(`Migration “${m.name}” has no valid version.`)
    if (i > 0 && (sorted[i - 1] as Migration).version === m.version)
      throw new Error(`Two migrations share version ${m.version}.`)
    if (!m.up && !m.sql) throw new Error(`Migration ${m.version} has neither sql nor up.`)
  }
  return sorted
}

export function readLedger(db: DB): LedgerRow[] | null {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applied_migrations'")
    .get()
  if (!exists) return null
  return db
    .prepare('SELECT version, name, sha256 FROM applied_migrations ORDER BY version')
    .all() as LedgerRow[]
}

/**
 * Which of `migrations` are still to run on a file at `userVersion` with this ledger (null: a
 * file from before the ledger, trusted up to its user_version). Throws before anything is
 * written when the file's history is not a prefix of ours.
 */
export function pendingMigrations(
  label: string,
  sorted: Migration[],
  userVersion: number,
  ledger: LedgerRow[] | null,
  preLedger: ReadonlySet<number>,
): Migration[] {
  const byVersion = new Map(sorted.map((m) => [m.version, m]))
  let appliedUpTo = userVersion
  let applied: Set<number>
  if (ledger === null) {
    // Made before the ledger existed: it ran, in order, the migrations of that time up to its
    // user_version. Any other step below that version was added later and never ran there.
    const newest = Math.max(0, ...preLedger)
    if (userVersion > newest)
      throw refuse(
        label,
        `its schema version (${userVersion}) has no list of applied steps, which every version after ${newest} keeps.`,
      )
    const ran = [...preLedger].filter((v) => v <= userVersion)
    const gone = ran.filter((v) => !byVersion.has(v))
    if (gone.length)
      throw refuse(
        label,
        `its schema step ${gone.join(', ')} is not one this app knows. It was set up by a different build.`,
      )
    applied = new Set(ran)
  } else {
    applied = new Set()
    for (const row of ledger) {
      const m = byVersion.get(row.version)
      if (!m)
        throw refuse(
          label,
          `its schema step ${row.version} (“${row.name}”) is not one this app knows. It was set up by a different build.`,
        )
      if (migrationChecksum(m) !== row.sha256)
        throw refuse(
          label,
          `schema step ${row.version} (“${row.name}”) was changed after these records were set up with it.`,
        )
      applied.add(row.version)
    }
    appliedUpTo = ledger.length ? (ledger[ledger.length - 1] as LedgerRow).version : 0
    if (appliedUpTo !== userVersion)
      throw refuse(
        label,
        `its schema version (${userVersion}) disagrees with its list of applied steps (${appliedUpTo}).`,
      )
  }
  const skipped = sorted.filter((m) => m.version <= appliedUpTo && !applied.has(m.version))
  if (skipped.length)
    throw refuse(
      label,
      `schema step${skipped.length > 1 ? 's' : ''} ${skipped.map((m) => `${m.version} (“${m.name}”)`).join(', ')} ${skipped.length > 1 ? 'were' : 'was'} added below steps already applied (up to ${appliedUpTo}), so ${skipped.length > 1 ? 'they' : 'it'} would never run.`,
    )
  return sorted.filter((m) => m.version > appliedUpTo)
}

export function recordApplied(db: DB, m: Migration, at: string): void {
  db.prepare('INSERT INTO applied_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
    m.version,
    m.name,
    migrationChecksum(m),
    at,
  )
}
