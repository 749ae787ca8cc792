import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from '../../catalog/schema'
import type { DB } from '../../db/open'
import { openSqlite } from '../../db/sqlite'

/**
 * The schema's secondary indexes are created once the rows are in (createPackIndexes): sorting
 * the finished table is cheaper than growing each index row by row. Same statements, same pack.
 */
const INDEX_DDL = /^CREATE INDEX [^;]+;/gm
const CATALOG_TABLES = CATALOG_SCHEMA.replace(INDEX_DDL, '')
const CATALOG_INDEXES = (CATALOG_SCHEMA.match(INDEX_DDL) ?? []).join('\n')

/**
 * Opens a fresh pack file for bulk writing: no fsync until the end. journal_mode OFF is refused
 * by better-sqlite3's defensive mode, so the journal stays DELETE (pages appended to a new file
 * are not journaled); insertRows relies on that journal to undo a failed multi-row insert.
 */
export function createPackDb(file: string): DB {
  const db = openSqlite(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  // 16 MB: rows are appended and the secondary indexes built at the end (peak memory goal 500 MB).
  db.pragma('cache_size = -16384')
  db.pragma('temp_store = MEMORY')
  db.exec(CATALOG_TABLES)
  db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
  return db
}

/** The secondary indexes of the schema, after the bulk insert (see CATALOG_TABLES). */
export function createPackIndexes(db: DB): void {
  db.exec(CATALOG_INDEXES)
}

/** Finishes the file so it is self-contained and safe to copy: rollback journal, synced. */
export function finishPackDb(db: DB): void {
  db.pragma('journal_mode = DELETE')
  db.pragma('synchronous = FULL')
  db.exec('ANALYZE')
  db.close()
}

/** The value at `key`, created by `init` on first use. */
export function getOrInit<K, V>(map: Map<K, V>, key: K, init: () => V): V {
  let v = map.get(key)
  if (v === undefined) {
    v = init()
    map.set(key, v)
  }
  return v
}

/** SHA-256 of a file read in 1 MB pieces, so a large workbook is not held twice while hashing. */
export function sha256File(file: string): string {
  const hash = createHash('sha256')
  const fd = openSync(file, 'r')
  try {
    const chunk = Buffer.allocUnsafe(1 << 20)
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      hash.update(chunk.subarray(0, n))
    }
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}
