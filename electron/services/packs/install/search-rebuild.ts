import { closeSync, fsyncSync, openSync } from 'node:fs'
import type { DB } from '../../db/open'
import { openSqlite } from '../../db/sqlite'
import { ENTRY_SEPARATOR, rebuildSearchIndexKeepingSynonyms } from '../../search/build-index'
import { quoteIdent } from '../checksum'
import { expectedSchema, readObjects, sameSql } from './schema-check'

type IndexRows = Map<string, string[][]>

/** The FTS5 content rows of each search table (read as plain tables, never through FTS5): code → columns → entries. */
function readIndex(db: DB, sameShape: (table: string) => boolean): Map<string, IndexRows> {
  const out = new Map<string, IndexRows>()
  const objects = readObjects(db)
  for (const table of expectedSchema().searchTables) {
    const content = `${table}_content`
    if (!sameShape(table) || objects.get(content)?.type !== 'table') continue
    const rows: IndexRows = new Map()
    for (const r of db
      .prepare(`SELECT * FROM ${quoteIdent(content)}`)
      .raw(true)
      .iterate() as Iterable<unknown[]>) {
      const [, code, ...fields] = r
      rows.set(
        String(code),
        fields.map((f) => (typeof f === 'string' ? f.split(ENTRY_SEPARATOR).map((e) => e.trim()) : [])),
      )
    }
    out.set(table, rows)
  }
  return out
}

/**
 * Rebuilds the search index (and SQLite's statistics) of our own copy of a pack with the
 * builder's function, so search never reads an index that came with the file. Before it is
 * replaced, the file's index is compared with the rebuilt one: an index that names an
 * occupation for words its own titles, tasks and tools do not hold was planted, and the pack is
 * refused (the caller removes the copy). Returns null when all is well, else the problem.
 */
export function rebuildSearchIndex(file: string): string | null {
  const db = openSqlite(file)
  try {
    db.pragma('trusted_schema = OFF')
    const want = expectedSchema()
    const before = readIndex(db, (table) =>
      sameSql(readObjects(db).get(table)?.sql ?? null, want.objects.get(table)?.sql ?? null),
    )
    rebuildSearchIndexKeepingSynonyms(db)
    const after = readIndex(db, () => true)
    const planted = firstPlanted(before, after, db)
    if (planted) return planted
    // Query-planner statistics steer every query: ours, not the file's.
    for (const t of ['sqlite_stat1', 'sqlite_stat4']) if (readObjects(db).has(t)) db.exec(`DELETE FROM ${t}`)
    db.exec('ANALYZE')
  } finally {
    db.close()
  }
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return null
}

function firstPlanted(before: Map<string, IndexRows>, after: Map<string, IndexRows>, db: DB): string | null {
  for (const [table, rows] of before) {
    const truth = after.get(table) ?? new Map()
    for (const [code, fields] of rows) {
      const real = truth.get(code)
      if (!real)
        return `its search index lists an occupation code (“${code}”) the pack does not hold. The index was planted or altered after the pack was built.`
      for (const [i, entries] of fields.entries()) {
        const known = new Set(real[i] ?? [])
        const extra = entries.find((e) => e && !known.has(e))
        if (extra === undefined) continue
        const title = db.prepare('SELECT title FROM occupations WHERE code = ?').pluck().get(code) as
          | string
          | undefined
        return `its search index files “${extra.length > 60 ? `${extra.slice(0, 60)}…` : extra}” under ${code}${title ? ` (${title})` : ''}, which that occupation’s own titles, tasks and tools do not say. The index was planted or altered after the pack was built.`
      }
    }
  }
  return null
}
