import type { DB, Statement } from '../db/open'

// Compiling SQL costs more than running these small queries; keep one statement per text per database.
const cache = new WeakMap<DB, Map<string, Statement<unknown[]>>>()

export function stmt(db: DB, sql: string): Statement<unknown[]> {
  let m = cache.get(db)
  if (!m) {
    m = new Map()
    cache.set(db, m)
  }
  let s = m.get(sql)
  if (!s) {
    s = db.prepare(sql)
    m.set(sql, s)
  }
  return s
}
