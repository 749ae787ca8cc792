import { createHash } from 'node:crypto'
import { CATALOG_SCHEMA } from '../../catalog/schema'
import type { DB } from '../../db/open'

/** The catalog's own tables (not the manifest, not the search index the search work derives). */
export const CONTENT_TABLES: string[] = [...CATALOG_SCHEMA.matchAll(/CREATE TABLE (\w+)/g)]
  .map((m) => m[1]!)
  .filter((t) => t !== 'manifest')
  .sort()

/**
 * SHA-256 over every content table's rows in key order (all columns where a table has no key),
 * so it depends neither on insert order nor on page layout: install recomputes it to detect a
 * damaged or edited pack.
 */
export function contentChecksum(db: DB): string {
  const h = createHash('sha256')
  for (const table of CONTENT_TABLES) {
    const info = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; pk: number }[]
    if (info.length === 0) continue
    const cols = info.map((c) => c.name)
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name)
    const order = key.length > 0 ? key : cols
    h.update(`${table}\n`)
    const stmt = db.prepare(`SELECT ${cols.join(',')} FROM ${table} ORDER BY ${order.join(',')}`).raw(true)
    // Hashing in ~1 MB pieces: one update per row costs more than the hashing itself.
    let chunk = ''
    for (const row of stmt.iterate()) {
      chunk += `${JSON.stringify(row)}\n`
      if (chunk.length > 1 << 20) {
        h.update(chunk)
        chunk = ''
      }
    }
    h.update(chunk)
  }
  return h.digest('hex')
}
