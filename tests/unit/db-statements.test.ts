import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { prepareAll, statements } from '../../electron/services/db/statements'

describe('the services’ statement cache', () => {
  const open = () => {
    const db = new Database(':memory:')
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'Ana'), (2, 'Zoë')")
    return db
  }

  it('compiles each SQL text once per database handle', () => {
    const db = open()
    const q = statements(db)
    const first = q('SELECT name FROM t WHERE id = ?')
    expect(statements(db)('SELECT name FROM t WHERE id = ?')).toBe(first)
    expect(q('SELECT id FROM t WHERE name = ?')).not.toBe(first)
    expect(first.get(2)).toEqual({ name: 'Zoë' })
    db.close()
  })

  it('never hands one handle’s statement to another (an installed pack is a new handle)', () => {
    const a = open()
    const b = open()
    b.prepare("UPDATE t SET name = 'Bea' WHERE id = 2").run()
    const sql = 'SELECT name FROM t WHERE id = ?'
    expect(statements(a)(sql)).not.toBe(statements(b)(sql))
    expect(statements(a)(sql).get(2)).toEqual({ name: 'Zoë' })
    expect(statements(b)(sql).get(2)).toEqual({ name: 'Bea' })
    a.close()
    b.close()
  })

  it('gives a module’s named queries from the same cache', () => {
    const db = open()
    const SQL = { byId: 'SELECT name FROM t WHERE id = ?', count: 'SELECT count(*) AS n FROM t' }
    const q = prepareAll(db, SQL)
    expect(q.byId).toBe(statements(db)(SQL.byId))
    expect(prepareAll(db, SQL).count).toBe(q.count)
    expect(q.count.get()).toEqual({ n: 2 })
    db.close()
  })
})
