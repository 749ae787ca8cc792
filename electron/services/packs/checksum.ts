import { createHash, type Hash } from 'node:crypto'
import { CATALOG_SCHEMA } from '../catalog/schema'
import type { DB } from '../db/open'

/**
 * The content checksum a pack's manifest records (`content_checksum`) and the installer checks.
 *
 * SHA-256 over every catalog table of the schema except `manifest` (which holds the checksum
 * itself), in name order, each row as JSON (as JSON.stringify writes it) in the order of all its
 * columns, rows sorted by all columns, so it depends only on what the pack holds, never on
 * insertion order, page layout or VACUUM. The search index (FTS5 tables the search work derives)
 * and SQLite's own statistics are left out: they are rebuilt from the covered tables. The builder
 * computes it last, after every table is written.
 */
export const CONTENT_TABLES: string[] = [...CATALOG_SCHEMA.matchAll(/CREATE TABLE (\w+)/g)]
  .map((m) => m[1] as string)
  .filter((t) => t !== 'manifest')
  .sort()

interface ChecksumOptions {
  /** Tables that count as absent while empty (a version-1 pack brought up to date). */
  emptyAsAbsent?: readonly string[]
}

/**
 * The checksum, with each row written as JSON by SQLite (json_array) rather than handed to
 * JavaScript column by column: ~1.6× faster on a national pack, which the builder and every
 * install pay. SQLite writes the same text as JSON.stringify for everything a pack holds except
 * reals, which are written as JavaScript would in the query (jsonValue); where a value cannot be
 * (a BLOB, a real of 16 or more digits), the whole checksum is computed row by row in JavaScript.
 */
export function contentChecksum(db: DB, opts: ChecksumOptions = {}): string {
  try {
    return checksumWith(db, opts, hashTableInSql)
  } catch (e) {
    if (!isSqliteError(e)) throw e
    return checksumWith(db, opts, hashTableInJs)
  }
}

/**
 * Whether the pack's content has checksum `want`. Also computed row by row in JavaScript when the
 * quick form differs: a pack built before the quick form holds the JSON.stringify checksum, which
 * the quick form equals except for integers beyond 2^53 (which JavaScript rounds).
 */
export function checksumMatches(db: DB, want: string | undefined, opts: ChecksumOptions = {}): boolean {
  if (!want) return false
  return contentChecksum(db, opts) === want || checksumWith(db, opts, hashTableInJs) === want
}

type TableHasher = (db: DB, table: string, cols: Column[], hash: Hash) => void

function checksumWith(db: DB, opts: ChecksumOptions, hashTable: TableHasher): string {
  const hash = createHash('sha256')
  for (const table of CONTENT_TABLES) {
    const cols = columnsOf(db, table)
    if (cols.length === 0) continue
    if (
      opts.emptyAsAbsent?.includes(table) &&
      !db.prepare(`SELECT 1 FROM ${quoteIdent(table)} LIMIT 1`).get()
    )
      continue
    hash.update(`${table}\n`)
    hashTable(db, table, cols, hash)
  }
  return hash.digest('hex')
}

const orderBy = (cols: Column[]) => cols.map((c) => quoteIdent(c.name)).join(',')

function hashTableInJs(db: DB, table: string, cols: Column[], hash: Hash): void {
  const list = orderBy(cols)
  const stmt = db.prepare(`SELECT ${list} FROM ${quoteIdent(table)} ORDER BY ${list}`).raw(true)
  // Hashing in ~1 MB pieces: one update per row costs more than the hashing itself.
  let chunk = ''
  for (const row of stmt.iterate()) {
    chunk += `${JSON.stringify(row)}\n`
    if (chunk.length > 1 << 20) {
      hash.update(chunk)
      chunk = ''
    }
  }
  hash.update(chunk)
}

function hashTableInSql(db: DB, table: string, cols: Column[], hash: Hash): void {
  const json = `json_array(${cols.map(jsonValue).join(',')})`
  const lines = db
    .prepare(`SELECT ${json} FROM ${quoteIdent(table)} ORDER BY ${orderBy(cols)}`)
    .pluck()
    .all() as string[]
  for (let i = 0; i < lines.length; i += 4096) hash.update(`${lines.slice(i, i + 4096).join('\n')}\n`)
}

/**
 * A column's value as json_array must see it to write what JSON.stringify writes. Only a column
 * that can hold reals (any but TEXT affinity) needs care: SQLite writes reals its own way
 * (820.0; 17 digits where JavaScript writes 15). A whole real below 2^53 is written as the
 * integer JavaScript writes (820); any other real as its 15 significant digits (printf %.15g,
 * fixed notation) where those read back as the same number: then they are the shortest digits
 * that do, which is what JavaScript writes (all a pack's figures). Anything else makes the query
 * fail (json('!') is malformed JSON), and the checksum is computed in JavaScript instead.
 */
function jsonValue(col: Column): string {
  const q = quoteIdent(col.name)
  // TEXT affinity (SQLite's rule: no INT in the type, one of CHAR/CLOB/TEXT) turns numbers to text.
  if (!/INT/i.test(col.type) && /CHAR|CLOB|TEXT/i.test(col.type)) return q
  const digits = `printf('%.15g', ${q})`
  return `CASE WHEN typeof(${q}) <> 'real' THEN ${q}
    WHEN ${q} = CAST(${q} AS INTEGER) AND abs(${q}) < 9007199254740992 THEN CAST(${q} AS INTEGER)
    WHEN abs(${q}) >= 1e-4 AND abs(${q}) < 1e15 AND CAST(${digits} AS REAL) = ${q} THEN json(${digits})
    ELSE json('!') END`
}

function isSqliteError(e: unknown): boolean {
  return e instanceof Error && e.name === 'SqliteError'
}

interface Column {
  name: string
  type: string
}

/** The content tables this pack actually has (for counting rows). */
export function checksummedTables(db: DB): string[] {
  return CONTENT_TABLES.filter((t) => columnsOf(db, t).length > 0)
}

function columnsOf(db: DB, table: string): Column[] {
  return db.pragma(`table_info(${quoteIdent(table)})`) as Column[]
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
