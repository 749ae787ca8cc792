import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DB } from '../../../electron/services/db/open'
import { BATCH_ROWS, insertRows, type RowInserter } from '../../../electron/services/packs/build/insert-rows'
import { createPackDb } from '../../../electron/services/packs/build/writer'
import type { RawTable } from '../../../electron/services/packs/readers/table'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A pack file as the build opens it, with a small keyed table to write into. */
function packDb(): DB {
  const dir = mkdtempSync(join(tmpdir(), 'insert-rows-'))
  dirs.push(dir)
  const db = createPackDb(join(dir, 'p.sqlite'))
  db.exec('CREATE TABLE t (code TEXT NOT NULL, n INTEGER NOT NULL, v TEXT, PRIMARY KEY (code, n))')
  db.exec('BEGIN')
  return db
}

// Source line i + 2, as a text file with a header line names its rows.
const file: RawTable = {
  file: '/data/Task Statements.txt',
  header: [],
  rows: [] as never,
  where: (i) => `line ${i + 2}`,
}
const rowCount = (db: DB) => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n
/** Row i's key, except where `dupes` says it repeats the key of an earlier row. */
const keyed = (count: number, dupes: Record<number, number> = {}) =>
  Array.from({ length: count }, (_, i) => ['11-1011.00', dupes[i] ?? i, `row ${i}`])

/** Queues every row, naming its source line when `sourced`. */
const all =
  (rows: unknown[][], sourced = false) =>
  (ins: RowInserter) => {
    for (const [i, r] of rows.entries()) ins.run(r, sourced ? { t: file, i } : undefined)
  }

describe('insertRows (multi-row inserts with the errors of one row at a time)', () => {
  it('names the repeated row in the middle of a full batch and leaves none of that batch in the table', () => {
    const db = packDb()
    const second = BATCH_ROWS + 30
    const rows = keyed(3 * BATCH_ROWS, { [second]: BATCH_ROWS + 5 })
    expect(() => insertRows(db, 't', ['code', 'n', 'v'], all(rows, true))).toThrow(
      `Task Statements.txt, line ${second + 2}: this row repeats a key already read (11-1011.00, ${BATCH_ROWS + 5}, row ${second}).`,
    )
    // The first batch is in; SQLite undid the failed batch before its rows were run one by one,
    // and the one-by-one run stopped at the repeat: nothing after the first batch remains but
    // the rows before the repeat.
    const kept = db.prepare('SELECT n FROM t ORDER BY n').pluck().all() as number[]
    expect(kept).toEqual(Array.from({ length: second }, (_, i) => i))
  })

  it('works on a pack file that undoes a failed multi-row statement, which batches rely on', () => {
    // createPackDb asks for journal_mode OFF, which better-sqlite3's defensive mode refuses; were
    // it ever granted, a failed statement's earlier rows would stay and batching would be off.
    const db = packDb()
    db.prepare("INSERT INTO t VALUES ('11-1011.00', 40, 'first')").run()
    const batch = db.prepare(`INSERT INTO t VALUES ${Array(BATCH_ROWS).fill('(?,?,?)').join(',')}`)
    expect(() => batch.run(keyed(BATCH_ROWS).flat())).toThrow(/UNIQUE constraint failed/)
    expect(rowCount(db)).toBe(1)
  })

  it('reports a repeat queued before a row that fails its own checks, as one row at a time did', () => {
    const db = packDb()
    const rows = keyed(BATCH_ROWS - 1, { 20: 3 })
    expect(() =>
      insertRows(db, 't', ['code', 'n', 'v'], (ins) => {
        rows.forEach((r, i) => {
          if (i === 40) throw new Error('row 40 is not a number')
          ins.run(r, { t: file, i })
        })
      }),
    ).toThrow('Task Statements.txt, line 22: this row repeats a key already read')
  })

  it('still names the right row when the journal is off and a statement cannot be undone', () => {
    const db = packDb()
    db.exec('COMMIT')
    db.unsafeMode(true)
    db.pragma('journal_mode = OFF')
    expect(db.pragma('journal_mode', { simple: true })).toBe('off')
    db.exec('BEGIN')
    const rows = keyed(2 * BATCH_ROWS, { [BATCH_ROWS + 30]: BATCH_ROWS + 5 })
    expect(() => insertRows(db, 't', ['code', 'n', 'v'], all(rows, true))).toThrow(`line ${BATCH_ROWS + 32}:`)
  })

  it('counts only the rows written in ignore mode, repeats within and across batches', () => {
    const db = packDb()
    const dupes: Record<number, number> = { 3: 1, 10: 2, [BATCH_ROWS + 1]: 7, [BATCH_ROWS + 2]: BATCH_ROWS }
    const rows = keyed(2 * BATCH_ROWS + 9, dupes)
    const n = insertRows(db, 't', ['code', 'n', 'v'], all(rows), {
      mode: 'ignore',
    })
    expect(n).toBe(rows.length - 4)
    expect(rowCount(db)).toBe(rows.length - 4)
    // The first of two rows with one key is the one kept.
    expect(db.prepare('SELECT v FROM t WHERE n = 7').pluck().get()).toBe('row 7')
  })

  it('writes the rows after the last full batch, and fewer rows than a batch', () => {
    const db = packDb()
    const rows = keyed(2 * BATCH_ROWS + 5)
    expect(insertRows(db, 't', ['code', 'n', 'v'], all(rows))).toBe(rows.length)
    expect(rowCount(db)).toBe(rows.length)
    expect(
      db
        .prepare('SELECT v FROM t WHERE n = ?')
        .pluck()
        .get(rows.length - 1),
    ).toBe(`row ${rows.length - 1}`)
    db.exec('DELETE FROM t')
    expect(insertRows(db, 't', ['code', 'n', 'v'], all(keyed(3)))).toBe(3)
    expect(rowCount(db)).toBe(3)
  })

  it('refuses a row queued after the insert has finished, which no read would see', () => {
    const db = packDb()
    let kept: { run: (v: unknown[]) => void } | null = null
    insertRows(db, 't', ['code', 'n', 'v'], (ins) => {
      kept = ins
    })
    expect(() => kept!.run(['11-1011.00', 1, 'late'])).toThrow(/after its insert finished/)
    expect(rowCount(db)).toBe(0)
  })
})
