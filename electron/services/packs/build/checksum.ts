import { createHash } from 'node:crypto'
import { CATALOG_SCHEMA } from '../../catalog/schema'
import type { DB } from '../../db/open'

/** The catalog's own tables (not the manifest, not the search index the search work derives). */
export const CONTENT_TABLES: string[] = [...CATALOG_SCHEMA.matchAll(/CREATE TABLE (\w+)/g)]
  .map((m) => m[1]!)
  .filter((t) => t !== 'manifest')
  .sort()

/**
 * SHA-256 over every content table, rows ordered by all their columns, so it does not depend on
 * insert order or page layout: install recomputes it to detect a damaged or edited pack.
 */
export function contentChecksum(db: DB): string {
  const h = createHash('sha256')
  for (const table of CONTENT_TABLES) {
    const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    if (cols.length === 0) continue
    h.update(`${table}\n`)
    const stmt = db.prepare(`SELECT ${cols.join(',')} FROM ${table} ORDER BY ${cols.join(',')}`).raw(true)
    for (const row of stmt.iterate()) h.update(`${JSON.stringify(row)}\n`)
  }
  return h.digest('hex')
}
