import { FIX_OFFICIAL, packInvalid } from './problem'

/** A source table read whole: header plus rows of strings, and where each row sits in the file. */
export interface RawTable {
  file: string
  header: string[]
  rows: string[][]
  /** e.g. "line 12" (text) or "row 12" (spreadsheet), for messages. */
  where: (rowIndex: number) => string
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
