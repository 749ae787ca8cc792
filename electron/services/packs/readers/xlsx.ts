import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { FIX_OFFICIAL, packInvalid } from './problem'
import { cellText, type RawTable } from './table'

export interface SheetRows {
  sheet: string
  rows: string[][]
  rowNumbers: number[]
}

/**
 * Streams one worksheet of an .xlsx (exceljs streaming reader: the whole workbook model never
 * sits in memory). `sheet` picks by name; without it the first sheet is read.
 */
export async function readXlsxSheet(
  input: string | Uint8Array,
  file: string,
  sheet?: string,
): Promise<SheetRows> {
  const stream = typeof input === 'string' ? input : Readable.from([Buffer.from(input)])
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream as never, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  })
  const seen: string[] = []
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name ?? ''
      seen.push(name)
      if (sheet && name.toLowerCase() !== sheet.toLowerCase()) continue
      const rows: string[][] = []
      const rowNumbers: number[] = []
      for await (const row of ws) {
        const values = row.values as unknown[]
        const cells: string[] = []
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]))
        rows.push(cells)
        rowNumbers.push(row.number)
      }
      return { sheet: name, rows, rowNumbers }
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'PACK_INVALID') throw e
    throw packInvalid(
      file,
      null,
      `the file cannot be read as an Excel workbook (${(e as Error).message}).`,
      FIX_OFFICIAL,
    )
  }
  throw packInvalid(
    file,
    null,
    sheet
      ? `the sheet "${sheet}" is missing (sheets found: ${seen.join(', ') || 'none'}).`
      : 'the workbook has no sheets.',
    FIX_OFFICIAL,
  )
}

/** Turns sheet rows into a table whose header is at `headerAt` (an index into rows). */
export function sheetTable(file: string, s: SheetRows, headerAt = 0): RawTable {
  const header = (s.rows[headerAt] ?? []).map((h) => h.trim())
  const rows = s.rows.slice(headerAt + 1)
  const nums = s.rowNumbers.slice(headerAt + 1)
  return { file, header, rows, where: (i) => `row ${nums[i] ?? '?'}` }
}
