import { ADDED_AFTER_V1, CATALOG_SCHEMA } from '../../catalog/schema'
import type { DB } from '../../db/open'
import { openSqlite } from '../../db/sqlite'
import { buildSearchIndex } from '../../search/build-index'
import { quoteIdent } from '../checksum'

/*
 * What a pack's schema must be, exactly: the objects the builder itself creates (CATALOG_SCHEMA,
 * then buildSearchIndex), read back from an empty catalog built in memory. Tables other work
 * adds to the builder are covered with no change here.
 */
export interface Column {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
  hidden: number
}
export interface SchemaObject {
  type: string
  name: string
  tbl_name: string
  sql: string | null
}
export interface ExpectedSchema {
  objects: Map<string, SchemaObject>
  /** Plain catalog tables (not the search index), with their columns. */
  tables: Map<string, Column[]>
  /** Objects buildSearchIndex creates: rebuilt at install, never read from the file. */
  searchObjects: Set<string>
  /** The search index's virtual tables (FTS5), whose content is compared before the rebuild. */
  searchTables: string[]
}

/** SQLite's own statistics tables: ANALYZE writes them; the installer rewrites them. */
export const STAT_TABLES = new Set(['sqlite_stat1', 'sqlite_stat4'])

let cached: ExpectedSchema | null = null

export function expectedSchema(): ExpectedSchema {
  if (cached) return cached
  const mem = openSqlite(':memory:')
  try {
    mem.exec(CATALOG_SCHEMA)
    const base = new Set(readObjects(mem).keys())
    buildSearchIndex(mem)
    const objects = readObjects(mem)
    const searchObjects = new Set([...objects.keys()].filter((n) => !base.has(n)))
    const tables = new Map<string, Column[]>()
    for (const o of objects.values())
      if (o.type === 'table' && base.has(o.name)) tables.set(o.name, columnsOf(mem, o.name))
    const searchTables = [...objects.values()]
      .filter(
        (o) =>
          searchObjects.has(o.name) &&
          /^CREATE VIRTUAL TABLE/i.test(o.sql ?? '') &&
          /fts5\s*\(/i.test(o.sql ?? ''),
      )
      .map((o) => o.name)
    cached = { objects, tables, searchObjects, searchTables }
    return cached
  } finally {
    mem.close()
  }
}

export function readObjects(db: DB): Map<string, SchemaObject> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaObject[]
  return new Map(rows.map((r) => [r.name, r]))
}

export function columnsOf(db: DB, table: string): Column[] {
  return db.pragma(`table_xinfo(${quoteIdent(table)})`) as Column[]
}

/** Whitespace and comments do not change what a statement means. */
export function sameSql(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) =>
    (s ?? '')
      .replace(/--[^\n]*/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([(),])\s*/g, '$1')
      .trim()
  return norm(a) === norm(b)
}

/**
 * What a version-1 pack may lack: the tables schema 2 added (with their indexes), and the programs
 * part of the search index, added to the builder while the version was still 1 (so some version-1
 * packs have it, some not). Install adds the tables empty and rebuilds the index (catalog/upgrade.ts).
 */
function lackedByV1(o: SchemaObject): boolean {
  return ADDED_AFTER_V1.includes(o.tbl_name) || o.name.startsWith('search_programs')
}

/**
 * The first way the pack's schema differs from the expected one, in words a counselor can pass
 * on ("it contains a trigger “x”"), or null when it is exactly ours (or, for a pack of an older
 * schema version, ours less what that version did not build).
 */
export function schemaProblem(db: DB): string | null {
  const want = expectedSchema()
  const mayLack = (db.pragma('user_version', { simple: true }) as number) < 2 ? lackedByV1 : () => false
  // Every row, not a map by name: a trigger may share its name with one of our tables.
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaObject[]
  for (const o of rows) {
    // Statistics are allowed as tables only: a trigger may carry the name too (writable_schema).
    if (want.objects.get(o.name)?.type === o.type || (o.type === 'table' && STAT_TABLES.has(o.name))) continue
    if (o.type === 'trigger')
      return `it contains a trigger (“${o.name}”). Data packs never run code of their own.`
    if (o.type === 'view') return `it contains a view (“${o.name}”), which a data pack never has.`
    if (o.type === 'index')
      return `it contains an index Career Atlas does not build (“${o.name}” on ${o.tbl_name}).`
    if (want.objects.has(o.name))
      return `“${o.name}” is a ${o.type} where Career Atlas builds a ${want.objects.get(o.name)?.type}.`
    return `it contains a table Career Atlas does not build (“${o.name}”).`
  }
  const have = new Map(rows.map((r) => [r.name, r]))
  const missingSearch: string[] = []
  const missing: string[] = []
  for (const o of want.objects.values()) {
    const got = have.get(o.name)
    if (got && got.type === o.type) continue
    if (got) return `“${o.name}” is a ${got.type} where Career Atlas builds a ${o.type}.`
    if (mayLack(o)) continue
    if (want.searchObjects.has(o.name)) missingSearch.push(o.name)
    else missing.push(o.name)
  }
  const missingTables = missing.filter((n) => want.objects.get(n)?.type === 'table')
  if (missingTables.length)
    return `the pack is missing ${missingTables.length === 1 ? 'the table' : 'tables'} ${missingTables.join(', ')}.`
  if (missing.length) return `the pack is missing the index ${missing.join(', ')}.`
  if (missingSearch.length)
    return 'it has no search index (or only part of one). Every pack Career Atlas builds has one; this file was made another way or altered.'
  for (const [table, columns] of want.tables) {
    if (!have.has(table)) continue // only those mayLack allows (checked above)
    const got = columnsOf(db, table)
    const byName = new Map(got.map((c) => [c.name, c]))
    const lacking = columns.filter((c) => !byName.has(c.name)).map((c) => c.name)
    if (lacking.length)
      return `table ${table} lacks column${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')}.`
    const expectedNames = new Set(columns.map((c) => c.name))
    const extra = got.filter((c) => !expectedNames.has(c.name)).map((c) => c.name)
    if (extra.length)
      return `table ${table} has column${extra.length > 1 ? 's' : ''} Career Atlas does not build (${extra.join(', ')}).`
    for (const c of columns) {
      const g = byName.get(c.name) as Column
      if (g.type.toUpperCase() !== c.type.toUpperCase())
        return `column ${table}.${c.name} is declared ${g.type || 'without a type'} instead of ${c.type}.`
      if (g.notnull !== c.notnull || g.pk !== c.pk || g.dflt_value !== c.dflt_value || g.hidden !== c.hidden)
        return `column ${table}.${c.name} is not declared as Career Atlas declares it (NOT NULL, key or default differ).`
    }
    if (!sameSql(have.get(table)?.sql ?? null, want.objects.get(table)?.sql ?? null))
      return `table ${table} is not defined as Career Atlas defines it (its checks, keys or links to occupations differ).`
  }
  for (const o of want.objects.values()) {
    if (o.type !== 'index' || want.searchObjects.has(o.name)) continue
    const got = have.get(o.name)
    if (!got) continue // only those mayLack allows
    if (got.tbl_name !== o.tbl_name || !sameSql(got.sql, o.sql))
      return `the index ${o.name} is not the one Career Atlas builds.`
  }
  return null
}
