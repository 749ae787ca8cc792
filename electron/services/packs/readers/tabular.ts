import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { readDelimited } from './delimited'
import { FIX_OFFICIAL, packInvalid } from './problem'
import { type RawTable, rowArrays } from './table'
import { readXlsxSheet, type SheetRows, sheetTable } from './xlsx'

/**
 * Reads a BLS/NCES file that comes as an .xlsx or as a .csv export with the same columns, and
 * finds its header row (BLS tables open with a title row) with `isHeader`.
 */
export async function readTabular(
  file: string,
  isHeader: (cells: string[]) => boolean,
  opts: { sheet?: string; scanRows?: number; notes?: string } = {},
): Promise<RawTable & { sheetRows?: SheetRows }> {
  const ext = extname(file).toLowerCase()
  let buf: Buffer
  try {
    buf = readFileSync(file)
  } catch {
    throw packInvalid(
      file,
      null,
      'the file was not found or cannot be read.',
      'Check the path and try again.',
    )
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const t = readDelimited(buf, file, ext === '.csv' ? ',' : '\t')
    if (isHeader(t.header)) return t
    const rows = rowArrays(t.rows)
    const at = rows.slice(0, opts.scanRows ?? 10).findIndex(isHeader)
    if (at < 0) throw missingHeader(file)
    return {
      file,
      header: rows[at]!.map((h) => h.trim()),
      rows: rows.slice(at + 1),
      where: (i) => t.where(i + at + 1),
    }
  }
  if (ext !== '.xlsx') {
    throw packInvalid(
      file,
      null,
      `files of type "${ext || 'none'}" cannot be read here.`,
      'Choose the .xlsx file from bls.gov (or a .csv export of it).',
    )
  }
  const s = await readXlsxSheet(buf, file, opts.sheet, opts.notes)
  const at = s.rows.slice(0, opts.scanRows ?? 10).findIndex(isHeader)
  if (at < 0) throw missingHeader(file)
  return { ...sheetTable(file, s, at), sheetRows: s }
}

function missingHeader(file: string) {
  return packInvalid(
    file,
    'header',
    'the expected column headings were not found near the top of the file.',
    FIX_OFFICIAL,
  )
}

/** Excel column letter for messages ("cell AB12"). */
export function colLetter(i: number): string {
  let s = ''
  let n = i + 1
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
