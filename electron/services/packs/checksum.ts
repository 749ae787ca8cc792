import { createHash } from 'node:crypto'
import type { DB } from '../db/open'

/**
 * The content checksum a pack's manifest records (`content_checksum`) and the installer checks.
 *
 * It covers every ordinary table except `manifest` (which holds the checksum itself), in name
 * order, each with its column names and its rows sorted by every column, so it depends only on
 * what the pack holds, never on insertion order, page layout or VACUUM. Virtual tables (the
 * FTS5 search index) and their shadow tables are skipped: their bytes depend on how the index
 * was merged, and they are rebuilt from the tables that are covered.
 *
 * The builder calls this last, after every table (search index and synonyms included) is written.
 */
export function contentChecksum(db: DB): string {
  const hash = createHash('sha256')
  hash.update('career-atlas-pack-content/1\n')
  for (const table of checksummedTables(db)) {
    const columns = (db.pragma(`table_info(${quoteIdent(table)})`) as { name: string }[]).map((c) => c.name)
    hash.update(`T${table.length}:${table}\n`)
    hash.update(`C${columns.map((c) => `${c.length}:${c}`).join(',')}\n`)
    if (columns.length === 0) continue
    const order = columns.map((_, i) => String(i + 1)).join(',')
    const rows = db
      .prepare(`SELECT ${columns.map(quoteIdent).join(',')} FROM ${quoteIdent(table)} ORDER BY ${order}`)
      .raw()
    for (const row of rows.iterate() as Iterable<unknown[]>) {
      let line = 'R'
      for (const v of row) line += encodeValue(v)
      hash.update(line)
    }
  }
  return hash.digest('hex')
}

/** Ordinary tables the checksum covers, sorted by name. */
export function checksummedTables(db: DB): string[] {
  const list = db.pragma('table_list') as { schema: string; name: string; type: string }[]
  return list
    .filter((t) => t.schema === 'main' && t.type === 'table')
    .map((t) => t.name)
    .filter((name) => name !== 'manifest' && !name.startsWith('sqlite_'))
    .sort()
}

// Type-tagged and length-prefixed, so no two different rows can encode to the same text.
function encodeValue(v: unknown): string {
  if (v === null || v === undefined) return '|N'
  if (typeof v === 'number') return `|F${Object.is(v, -0) ? '0' : String(v)}`
  if (typeof v === 'bigint') return `|F${v.toString()}`
  if (typeof v === 'string') return `|S${v.length}:${v}`
  if (Buffer.isBuffer(v)) return `|B${v.length}:${v.toString('hex')}`
  return `|S${String(v)}`
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
