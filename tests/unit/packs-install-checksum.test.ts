import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTENT_TABLES, contentChecksum, quickChecksum } from '../../electron/services/packs/checksum'
import { makeMiniPack, miniOccupations } from '../support/mini-pack'
import { tempDir } from '../support/tmp'

describe('contentChecksum', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  const sumOf = (file: string) => {
    const db = new Database(file, { readonly: true })
    try {
      return contentChecksum(db)
    } finally {
      db.close()
    }
  }

  it('depends on what the pack holds, not on the order rows were written or on the manifest', () => {
    const occ = miniOccupations(6)
    const a = makeMiniPack(`${t.dir}/a.sqlite`, { occupations: occ, name: 'A' })
    const b = makeMiniPack(`${t.dir}/b.sqlite`, { occupations: [...occ].reverse(), name: 'B', builtAt: 'x' })
    expect(sumOf(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(sumOf(a)).toBe(sumOf(b))
  })

  it('changes when one figure changes', () => {
    const occ = miniOccupations(6)
    const a = makeMiniPack(`${t.dir}/c.sqlite`, { occupations: occ })
    const changed = occ.map((o, i) => (i === 3 ? { ...o, median: (o.median ?? 0) + 1 } : o))
    const b = makeMiniPack(`${t.dir}/d.sqlite`, { occupations: changed })
    expect(sumOf(a)).not.toBe(sumOf(b))
  })

  it('tells apart text that differs only slightly (empty, digits)', () => {
    const mk = (name: string, v: string) =>
      makeMiniPack(`${t.dir}/${name}.sqlite`, {
        count: 1,
        before: (db) => db.prepare('INSERT INTO bls_totals VALUES (?, 1, ?)').run('k', v),
      })
    const sums = [sumOf(mk('n', 'x')), sumOf(mk('e', '')), sumOf(mk('s', '1'))]
    expect(new Set(sums).size).toBe(3)
  })

  it('skips the search index (virtual tables and their shadow tables)', () => {
    const a = makeMiniPack(`${t.dir}/f.sqlite`, { count: 3 })
    const before = sumOf(a)
    const db = new Database(a)
    db.exec("CREATE VIRTUAL TABLE search USING fts5(title); INSERT INTO search VALUES ('nurse')")
    db.close()
    expect(sumOf(a)).toBe(before)
  })
})

describe('contentChecksum written by SQLite', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  // The definition, written out: every row as JSON.stringify writes it, rows in column order.
  const linesOf = (db: Database.Database, table: string) => {
    const cols = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).join(',')
    const rows = db.prepare(`SELECT ${cols} FROM ${table} ORDER BY ${cols}`).raw(true).all()
    return rows.map((r) => `${JSON.stringify(r)}\n`).join('')
  }
  const byDefinition = (db: Database.Database, table: string) =>
    createHash('sha256')
      .update(`${table}\n${linesOf(db, table)}`)
      .digest('hex')
  const packWith = (values: unknown[]) => {
    // One content table holding the values in a REAL, an INTEGER, an untyped and a TEXT column.
    const db = new Database(':memory:')
    db.exec('CREATE TABLE bls_totals (key TEXT, r REAL, i INTEGER, u, t TEXT)')
    const ins = db.prepare('INSERT INTO bls_totals VALUES (?, ?, ?, ?, ?)')
    for (const [n, v] of values.entries()) ins.run(`k${n}`, v, v, v, v)
    return db
  }

  it('equals the row-by-row JSON.stringify checksum for the figures a pack holds', () => {
    const db = packWith([
      820,
      820.5,
      4.75,
      0.97,
      195.28,
      103.7,
      0,
      -1.5,
      239200,
      115,
      null,
      'x',
      'Ünïcode “quotes” \\ /',
    ])
    // Written by the query itself, not by the JavaScript it falls back to.
    expect(quickChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
    expect(contentChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
  })

  it('is written by the query, without falling back, for every table of a pack', () => {
    const file = makeMiniPack(`${t.dir}/mini.sqlite`, { occupations: miniOccupations(6) })
    const db = new Database(file, { readonly: true })
    const present = CONTENT_TABLES.filter(
      (name) => (db.pragma(`table_info(${name})`) as unknown[]).length > 0,
    )
    const sum = createHash('sha256')
    for (const name of present) sum.update(`${name}\n${linesOf(db, name)}`)
    expect(present.length).toBeGreaterThan(10)
    expect(quickChecksum(db)).toBe(sum.digest('hex'))
    db.close()
  })

  it('still equals it where SQLite would print a value otherwise (long or tiny reals, control characters)', () => {
    for (const v of [
      1 / 3,
      1e-7,
      0.00005,
      1e20,
      2.5e15,
      28332720338141270,
      796844.440671456,
      93.6250022160365,
      0.07513352478270718,
      -0,
      'a\u0001b\nc\t"d"',
      '\u2028',
    ]) {
      const db = packWith([v, 4.75])
      expect(contentChecksum(db), String(v)).toBe(byDefinition(db, 'bls_totals'))
    }
  })

  it('equals it for reals of every size and precision (5,000 drawn with a fixed seed)', () => {
    const db = packWith([0])
    const set = db.prepare("UPDATE bls_totals SET r = ?, i = ?, u = ? WHERE key = 'k0'")
    let seed = 20261201
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let n = 0; n < 5000; n++) {
      const x = random() * 10 ** Math.floor(random() * 36 - 18)
      const v = n % 2 ? x : Number(x.toPrecision(1 + Math.floor(random() * 17)))
      set.run(v, v, v)
      expect(contentChecksum(db), String(v)).toBe(byDefinition(db, 'bls_totals'))
    }
  })

  it('falls back to JavaScript for a value JSON cannot hold (a BLOB) instead of failing', () => {
    const db = packWith([Buffer.from([1, 2, 3]), 4.75])
    expect(() => quickChecksum(db)).toThrow()
    expect(contentChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
  })

  it('equals it for integers beyond 2^53, which JavaScript rounds (packs checksummed before hold that form)', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE bls_totals (key TEXT, i INTEGER, t TEXT)')
    const ins = db.prepare('INSERT INTO bls_totals VALUES (?, ?, ?)')
    ins.run('a', 2n ** 60n + 1n, 'x')
    ins.run('b', -(2n ** 63n), 9007199254740993n)
    ins.run('c', 9007199254740992n, 'y')
    expect(contentChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
  })

  it('does not write a BLOB as the JSON it encodes (JSONB): no BLOB passes for text, or for two rows', () => {
    // A JSONB text element whose bytes SQLite would copy between quotes as they are.
    const jsonb = (text: string) => Buffer.concat([Buffer.from([0xc7, text.length]), Buffer.from(text)])
    const table = (rows: unknown[][]) => {
      const db = new Database(':memory:')
      db.exec('CREATE TABLE bls_totals (key TEXT, value REAL, release TEXT)')
      for (const r of rows) db.prepare('INSERT INTO bls_totals VALUES (?, ?, ?)').run(...r)
      return db
    }
    const genuine = contentChecksum(
      table([
        ['a', 1, 'x'],
        ['b', 2, 'y'],
      ]),
    )
    const blobForText = table([
      ['a', 1, jsonb('x')],
      ['b', 2, 'y'],
    ])
    const oneRowForTwo = table([['a', 1, jsonb('x"]\n["b",2,"y')]])
    for (const db of [blobForText, oneRowForTwo]) {
      expect(contentChecksum(db)).not.toBe(genuine)
      expect(contentChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
    }
  })

  it('writes a real stored in a TEXT column (a file made another way) as JavaScript does', () => {
    const file = `${t.dir}/text-real.sqlite`
    const made = new Database(file)
    made.exec('CREATE TABLE bls_totals (key TEXT, t REAL)')
    made.prepare('INSERT INTO bls_totals VALUES (?, ?)').run('k', 1.5e-7)
    made.unsafeMode(true)
    made.pragma('writable_schema = ON')
    made.exec(
      "UPDATE sqlite_master SET sql = 'CREATE TABLE bls_totals (key TEXT, t TEXT)' WHERE name = 'bls_totals'",
    )
    made.close()
    const db = new Database(file, { readonly: true })
    expect(db.prepare('SELECT typeof(t) FROM bls_totals').pluck().get()).toBe('real')
    expect(contentChecksum(db)).toBe(byDefinition(db, 'bls_totals'))
    db.close()
  })
})
