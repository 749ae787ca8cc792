import type { DB, Statement } from './open'

/** Prepares SQL on one database handle, once per SQL text. */
export type Prepare = (sql: string) => Statement<unknown[]>

const caches = new WeakMap<DB, Prepare>()

/**
 * The handle's cached prepare: `statements(db)('SELECT …').get(x)`. Compiling SQL costs more than
 * running the small indexed lookups the services make, so each text is compiled once per handle.
 * Keyed by the handle itself: an installed or restored database is a new handle, so a statement
 * never outlives the file it was prepared on, and a closed handle's statements go with it.
 * Statements are shared: never switch one to pluck()/raw() (prepare such queries directly).
 */
export function statements(db: DB): Prepare {
  let prepare = caches.get(db)
  if (!prepare) {
    const byText = new Map<string, Statement<unknown[]>>()
    prepare = (sql) => {
      let s = byText.get(sql)
      if (!s) {
        s = db.prepare(sql)
        byText.set(sql, s)
      }
      return s
    }
    caches.set(db, prepare)
  }
  return prepare
}

/** A module's named queries as statements from the handle's cache: `prepareAll(db, SQL).byGrade.all(p)`. */
export function prepareAll<K extends string>(
  db: DB,
  sql: Record<K, string>,
): Record<K, Statement<unknown[]>> {
  const prepare = statements(db)
  const out = {} as Record<K, Statement<unknown[]>>
  for (const k of Object.keys(sql) as K[]) out[k] = prepare(sql[k])
  return out
}
