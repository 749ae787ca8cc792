import { FIX_OFFICIAL, packInvalid } from './problem'
import { PackedRows, type RawTable } from './table'
import { readSheet } from './xlsx-pool'
import { CELL, type PackedSheet, ROW } from './xlsx-sheet.mjs'

export interface SheetRows {
  sheet: string
  rows: string[][]
  rowNumbers: number[]
  notesText?: string
}

/**
 * Streams one worksheet of an .xlsx (exceljs streaming reader, in a worker thread: the whole
 * workbook model never sits in memory). `sheet` picks by name; without it the first sheet is read.
 */
export async function readXlsxSheet(
  input: string | Uint8Array,
  file: string,
  sheet?: string,
  notes?: string,
): Promise<SheetRows> {
  return unpackSheet(await readXlsxPacked(input, file, sheet, notes))
}

/** The sheet as one packed string (see xlsx-sheet.mjs); unpack with unpackSheet when needed. */
export async function readXlsxPacked(
  input: string | Uint8Array,
  file: string,
  sheet?: string,
  notes?: string,
): Promise<PackedSheet> {
  let r: PackedSheet
  try {
    r = await readSheet(input, sheet, notes)
  } catch (e) {
    throw packInvalid(
      file,
      null,
      `the file cannot be read as an Excel workbook (${(e as Error).message}).`,
      FIX_OFFICIAL,
    )
  }
  if (!r.found) {
    throw packInvalid(
      file,
      null,
      sheet
        ? `the sheet "${sheet}" is missing (sheets found: ${r.seen.join(', ') || 'none'}).`
        : 'the workbook has no sheets.',
      FIX_OFFICIAL,
    )
  }
  return r
}

export function unpackSheet(r: PackedSheet): SheetRows {
  const rows = r.packed === '' ? [] : r.packed.split(ROW).map((line) => line.split(CELL))
  return { sheet: r.sheet, rows, rowNumbers: r.rowNumbers, notesText: r.notesText }
}

/**
 * A sheet whose first row is its header, its rows left packed until they are used (PackedRows):
 * the O*NET workbooks, ~60,000 rows each, which the builder walks once.
 */
export function packedSheetTable(file: string, r: PackedSheet): RawTable {
  const cut = r.packed.indexOf(ROW)
  const first = cut < 0 ? r.packed : r.packed.slice(0, cut)
  const header = r.packed === '' ? [] : first.split(CELL).map((h) => h.trim())
  const nums = r.rowNumbers
  return { file, header, rows: new PackedRows(r.packed, 1), where: (i) => `row ${nums[i + 1] ?? '?'}` }
}

/** Turns sheet rows into a table whose header is at `headerAt` (an index into rows). */
export function sheetTable(file: string, s: SheetRows, headerAt = 0): RawTable {
  const header = (s.rows[headerAt] ?? []).map((h) => h.trim())
  const rows = s.rows.slice(headerAt + 1)
  const nums = s.rowNumbers.slice(headerAt + 1)
  return { file, header, rows, where: (i) => `row ${nums[i] ?? '?'}` }
}
