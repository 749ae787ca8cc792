import type { DB } from '../db/open'
import { openSqlite } from '../db/sqlite'
import { rebuildSearchIndexKeepingSynonyms } from '../search/build-index'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from './schema'

/*
 * A pack built by an older Career Atlas (schema version below CATALOG_SCHEMA_VERSION) stays usable:
 * install validates it against its own version, then adds the tables and indexes later versions
 * created, empty (so "Wages in your area" reads "this pack has no area wages"), and the search
 * index is rebuilt by this version's builder. The installed catalog of a counselor who upgrades the
 * app is brought up to date the same way the first time it is opened. The manifest (and so the
 * content checksum and the pack's identity) is left as built.
 */

/** CREATE statements of every catalog table and index, tables first, read back from an empty catalog. */
function schemaStatements(): { name: string; sql: string }[] {
  const mem = openSqlite(':memory:')
  try {
    mem.exec(CATALOG_SCHEMA)
    return mem
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY type = 'index', rowid",
      )
      .all() as { name: string; sql: string }[]
  } finally {
    mem.close()
  }
}

export function catalogVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings an open, writable catalog up to this version in one transaction (a crash leaves it as it
 * was). `searchIndex: false` when the caller rebuilds the index itself (install checks it first).
 * Returns whether anything changed.
 */
export function upgradeCatalog(db: DB, opts: { searchIndex: boolean }): boolean {
  return db
    .transaction(() => {
      // Read inside the write lock: another process may have upgraded the file meanwhile.
      if (catalogVersion(db) >= CATALOG_SCHEMA_VERSION) return false
      const have = new Set(db.prepare('SELECT name FROM sqlite_master').pluck().all() as string[])
      for (const s of schemaStatements()) if (!have.has(s.name)) db.exec(s.sql)
      if (opts.searchIndex) rebuildSearchIndexKeepingSynonyms(db)
      db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
      return true
    })
    .immediate()
}

export function upgradeCatalogFile(file: string, opts: { searchIndex: boolean }): boolean {
  const db = openSqlite(file, { fileMustExist: true })
  try {
    db.pragma('trusted_schema = OFF')
    return upgradeCatalog(db, opts)
  } finally {
    db.close()
  }
}
