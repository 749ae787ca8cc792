import { createHash } from 'node:crypto'
import { CATALOG_SCHEMA } from '../catalog/schema'
import type { DB } from '../db/open'

/**
 * The content checksum a pack's manifest records (`content_checksum`) and the installer checks.
 *
 * SHA-256 over every catalog table of the schema except `manifest` (which holds the checksum
 * itself), in name order, each row as JSON in the order of all its columns, so it depends only
 * on what the pack holds, never on insertion order, page layout or VACUUM. The search index
 * (FTS5 tables the search work derives) and SQLite's own statistics are left out: they are
 * rebuilt from the covered tables. The builder computes it last, after every table is written.
 */
export const CONTENT_TABLES: string[] = [...CATALOG_SCHEMA.matchAll(/CREATE TABLE (\w+)/g)]
  .map((m) => m[1] as string)
  .filter((t) => t !== 'manifest')
  .sort()

export function contentChecksum(db: DB, opts: { emptyAsAbsent?: readonly string[] } = {}): string {
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
    const list = cols.map(quoteIdent).join(',')
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
  return hash.digest('hex')
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
