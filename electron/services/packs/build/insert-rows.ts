import type { DB, Statement } from '../../db/open'
import { FIX_OFFICIAL, packInvalid } from '../readers/problem'
import type { RawTable } from '../readers/table'

/** Names the source row of an insert in the message if the row repeats a key. */
export type RowSource = { t: RawTable; i: number }

export interface RowInserter {
  /** Queues one row; values are bound positionally in the order of the columns. */
  run(values: unknown[], source?: RowSource): void
}

export interface InsertOptions {
  /** 'ignore': INSERT OR IGNORE, and the count is of the rows actually written. */
  mode?: 'strict' | 'ignore'
  /** Rows per multi-row statement (tests and benchmarks); see BATCH_ROWS. */
  batchRows?: number
}

/**
 * Rows per multi-row INSERT. One `stmt.run` per row costs a native call and a VDBE start each;
 * 64 rows a statement cut the build's insert time by about a third (measured on ratings, 6
 * columns, and area_wages, 21 columns: larger batches gained no more). SQLite binds at most
 * 32,766 parameters a statement.
 */
export const BATCH_ROWS = 64
const MAX_PARAMS = 32_766

/**
 * Writes the rows `write` queues into `table` and returns how many were written. Rows go in
 * multi-row statements; every row is in the table when this returns (the count says so), and a
 * row queued after that throws, so no later read can miss one.
 *
 * Errors are those of one row at a time: a duplicate key throws a message naming its source row
 * (a failed batch is rolled back by SQLite and its rows are run one by one to find it), and when
 * `write` throws, the rows queued before the failing one are written first, so a duplicate
 * earlier in the file is reported as it would have been.
 */
export function insertRows(
  db: DB,
  table: string,
  columns: string[],
  write: (ins: RowInserter) => void,
  options: InsertOptions = {},
): number {
  const verb = options.mode === 'ignore' ? 'INSERT OR IGNORE' : 'INSERT'
  const head = `${verb} INTO ${table} (${columns.join(',')}) VALUES `
  const tuple = `(${columns.map(() => '?').join(',')})`
  const single = db.prepare(head + tuple)
  const width = columns.length
  // Without a journal SQLite cannot undo a failed statement's earlier rows (journal_mode OFF;
  // better-sqlite3's defensive mode refuses it today), so rows then go one at a time.
  const undoable = String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'off'
  const rows = undoable
    ? Math.max(1, Math.min(options.batchRows ?? BATCH_ROWS, Math.floor(MAX_PARAMS / width)))
    : 1
  const buffer: unknown[] = new Array(rows * width)
  const sources: (RowSource | undefined)[] = new Array(rows)
  let queued = 0
  let count = 0
  let closed = false
  let batch: Statement | null = null

  const runOne = (values: unknown[], source: RowSource | undefined) => {
    try {
      count += single.run(values).changes
    } catch (e) {
      if (source && isConstraint(e)) {
        throw packInvalid(
          source.t.file,
          source.t.where(source.i),
          `this row repeats a key already read (${values.slice(0, 3).join(', ')}).`,
          FIX_OFFICIAL,
        )
      }
      throw e
    }
  }
  const rowAt = (k: number) => buffer.slice(k * width, (k + 1) * width)
  /** Runs the queued rows; the queue is emptied first, so a failure is never retried. */
  const flush = () => {
    const n = queued
    queued = 0
    if (n === rows && rows > 1) {
      batch ??= db.prepare(head + new Array(rows).fill(tuple).join(','))
      try {
        count += batch.run(buffer).changes
        return
      } catch (e) {
        if (!isConstraint(e)) throw e
        // SQLite rolled the statement back: one row at a time names the row, as without batches.
        for (let k = 0; k < n; k++) runOne(rowAt(k), sources[k])
        throw e
      }
    }
    for (let k = 0; k < n; k++) runOne(rowAt(k), sources[k])
  }

  const ins: RowInserter = {
    run(values, source) {
      if (closed) throw new Error(`Rows for ${table} were queued after its insert finished.`)
      if (values.length !== width)
        throw new RangeError(`${table} takes ${width} values a row, not ${values.length}.`)
      const at = queued * width
      for (let c = 0; c < width; c++) buffer[at + c] = values[c]
      sources[queued] = source
      if (++queued === rows) flush()
    },
  }
  try {
    write(ins)
  } catch (e) {
    // Rows queued before the failing one come first in the file: their error wins, as it did
    // when each row was inserted as it was read.
    closed = true
    flush()
    throw e
  }
  closed = true
  flush()
  return count
}

function isConstraint(e: unknown): boolean {
  return ((e as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')
}
