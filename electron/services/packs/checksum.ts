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
 * JavaScript column by column: ~10% less CPU on a national pack (writing reals as JavaScript
 * does costs most of the rest), which the builder and every install pay. The query writes the
 * bytes JSON.stringify would (jsonValue); a row holding a value it cannot write that way (a BLOB,
 * a real of 16 or more digits, an integer beyond 2^53) makes it fail, and the whole checksum is
 * computed row by row in JavaScript instead.
 */
export function contentChecksum(db: DB, opts: ChecksumOptions = {}): string {
  try {
    return quickChecksum(db, opts)
  } catch (e) {
    if (!isSqliteError(e)) throw e
    return checksumWith(db, opts, hashTableInJs)
  }
}

/** The query's form alone: a SqliteError where a value sends the checksum to JavaScript. */
export function quickChecksum(db: DB, opts: ChecksumOptions = {}): string {
  return checksumWith(db, opts, hashTableInSql)
}

type TableHasher = (db: DB, table: string, cols: string[], hash: Hash) => void

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

const orderBy = (cols: string[]) => cols.map(quoteIdent).join(',')

function hashTableInJs(db: DB, table: string, cols: string[], hash: Hash): void {
  const list = orderBy(cols)
  const stmt = db.prepare(`SELECT ${list} FROM ${quoteIdent(table)} ORDER BY ${list}`).raw(true)
  hashLines(stmt.iterate() as Iterable<unknown[]>, JSON.stringify, hash)
}

function hashTableInSql(db: DB, table: string, cols: string[], hash: Hash): void {
  const json = `json_array(${cols.map(jsonValue).join(',')})`
  const stmt = db.prepare(`SELECT ${json} FROM ${quoteIdent(table)} ORDER BY ${orderBy(cols)}`).pluck()
  hashLines(stmt.iterate() as Iterable<string>, (line) => line, hash)
}

/**
 * One line per row, hashed in ~1 MB pieces (one update per row costs more than the hashing
 * itself). Rows are read one at a time: a pack's largest table never has to fit in memory.
 */
function hashLines<T>(rows: Iterable<T>, line: (row: T) => string, hash: Hash): void {
  let chunk = ''
  for (const row of rows) {
    chunk += `${line(row)}\n`
    if (chunk.length > 1 << 20) {
      hash.update(chunk)
      chunk = ''
    }
  }
  hash.update(chunk)
}

/**
 * A column's value as json_array must see it to write what JSON.stringify writes. Text and NULL
 * are written alike, and so are integers JavaScript holds exactly (up to 2^53). Reals are not:
 * SQLite writes 820.0 and 1.0e-07. A whole real below 2^53 is written as the integer JavaScript
 * writes (820); any other real as its 15 significant digits (printf %.15g, fixed notation) where
 * those read back as the same number: no other number of 15 digits or fewer does, so they are
 * the shortest digits that do, which is what JavaScript writes (all a pack's figures). Anything
 * else makes the query fail (json('!') is malformed JSON): a real that needs more digits, an
 * integer JavaScript would round, and a BLOB, which json_array reads as JSONB and writes as the
 * JSON it encodes (so one BLOB could pass for a text, or for the rest of a row and the next).
 * Every column gets the same test whatever its declared type: affinity decides what SQLite
 * stores on insert, not what a file made another way holds.
 */
function jsonValue(col: string): string {
  const q = quoteIdent(col)
  const digits = `printf('%.15g', ${q})`
  return `CASE typeof(${q}) WHEN 'text' THEN ${q} WHEN 'null' THEN NULL
    WHEN 'integer' THEN CASE WHEN ${q} BETWEEN -9007199254740992 AND 9007199254740992 THEN ${q} ELSE json('!') END
    WHEN 'real' THEN CASE
      WHEN ${q} = CAST(${q} AS INTEGER) AND abs(${q}) < 9007199254740992 THEN CAST(${q} AS INTEGER)
      WHEN abs(${q}) >= 1e-4 AND abs(${q}) < 1e15 AND CAST(${digits} AS REAL) = ${q} THEN json(${digits})
      ELSE json('!') END
    ELSE json('!') END`
}

function isSqliteError(e: unknown): boolean {
  return e instanceof Error && e.name === 'SqliteError'
}

/** The content tables this pack actually has (for counting rows). */
export function checksummedTables(db: DB): string[] {
  return CONTENT_TABLES.filter((t) => columnsOf(db, t).length > 0)
}

function columnsOf(db: DB, table: string): string[] {
  return (db.pragma(`table_info(${quoteIdent(table)})`) as { name: string }[]).map((c) => c.name)
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
