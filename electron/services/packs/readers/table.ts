import { CELL, ROW } from './packed-rows.mjs'
import { FIX_OFFICIAL, packInvalid } from './problem'

/**
 * The rows of a source table. A plain string[][] is one; a workbook read by a reader thread is
 * kept as the packed text it arrived in (PackedRows) and split into cells row by row as it is
 * used, so its ~million cell strings are never all alive at once (they were the bulk of what the
 * build's garbage collector copied).
 */
export interface Rows {
  readonly length: number
  /** Row i's cells. A packed table makes them on demand: use them, do not keep them. */
  at(i: number): string[] | undefined
  forEach(fn: (cells: string[], i: number) => void): void
  some(fn: (cells: string[], i: number) => boolean): boolean
}

/** A source table read whole: header plus rows of strings, and where each row sits in the file. */
export interface RawTable {
  file: string
  header: string[]
  rows: Rows
  /** e.g. "line 12" (text) or "row 12" (spreadsheet), for messages. */
  where: (rowIndex: number) => string
}

/** Rows kept as text and split into cells as they are read. */
export abstract class LazyRows implements Rows {
  // The row last split: the builder reads one row's cells several times (code, range checks).
  private last = -1
  private lastCells: string[] = []

  constructor(readonly length: number) {}

  /** Row i's cells, 0 <= i < length. */
  protected abstract split(i: number): string[]

  at(i: number): string[] | undefined {
    if (i === this.last) return this.lastCells
    if (!(i >= 0 && i < this.length)) return undefined
    const cells = this.split(i)
    this.last = i
    this.lastCells = cells
    return cells
  }

  forEach(fn: (cells: string[], i: number) => void): void {
    for (let i = 0; i < this.length; i++) fn(this.at(i) as string[], i)
  }

  some(fn: (cells: string[], i: number) => boolean): boolean {
    for (let i = 0; i < this.length; i++) if (fn(this.at(i) as string[], i)) return true
    return false
  }
}

/** Rows packed as one string (cells joined by CELL, rows by ROW), as the reader threads send them. */
export class PackedRows extends LazyRows {
  /** Where each row starts in `text`; starts[length] is one past the end of the last. */
  private readonly starts: Int32Array

  /** `text` minus its first `skip` rows (a header already taken). */
  constructor(
    private readonly text: string,
    skip = 0,
  ) {
    const starts = rowStarts(text, skip)
    super(starts.length - 1)
    this.starts = starts
  }

  protected split(i: number): string[] {
    return this.text.slice(this.starts[i], (this.starts[i + 1] as number) - 1).split(CELL)
  }
}

function rowStarts(text: string, skip: number): Int32Array {
  let count = text === '' ? 0 : 1
  for (let p = text.indexOf(ROW); p >= 0; p = text.indexOf(ROW, p + 1)) count++
  const starts = new Int32Array(Math.max(count - skip, 0) + 1)
  let n = 0
  let at = 0
  for (let row = 0; row < count; row++) {
    if (row >= skip) starts[n++] = at
    const end = text.indexOf(ROW, at)
    at = end < 0 ? text.length + 1 : end + 1
  }
  starts[n] = text.length + 1
  return starts
}

/** The rows as arrays (for the small tables read whole: BLS and NCES files). */
export function rowArrays(rows: Rows): string[][] {
  const out: string[][] = []
  rows.forEach((cells) => {
    out.push(cells)
  })
  return out
}

/**
 * Index of the first header matching one of `names` (releases rename columns, e.g. 30.3's
 * "Workplace Example" for "Example"). Throws a message listing what was expected when missing.
 */
export function column(t: RawTable, names: string[]): number {
  const i = optionalColumn(t, names)
  if (i < 0) {
    throw packInvalid(
      t.file,
      'header',
      `the column "${names[0]}" is missing (found: ${t.header.slice(0, 12).join(', ') || 'nothing'}).`,
      `Check that this is the right file. ${FIX_OFFICIAL}`,
    )
  }
  return i
}

export function optionalColumn(t: RawTable, names: string[]): number {
  const wanted = names.map((n) => n.toLowerCase())
  return t.header.findIndex((h) => wanted.includes(h.trim().toLowerCase()))
}
