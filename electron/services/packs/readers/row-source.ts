import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { readDelimited } from './delimited'
import { CELL, ROW } from './packed-rows.mjs'
import { FIX_OFFICIAL, packInvalid } from './problem'
import { forEachXlsxRow, xlsxSheets, xlsxSheetText } from './xlsx-stream.mjs'
import { listZip, readZipEntry } from './zip'

/** Rows read ahead in another thread (row-prefetch.ts), handed to the reader of their file. */
export interface PrefetchedRows {
  /** Text of the "Field Descriptions" sheet ('' without one): the release and top-codes are read from it. */
  notes(): string
  /** The file's rows in batches, as forEachXlsxRow would give them; throws what the reader threw. */
  forEachBatch(onBatch: (rows: string, numbers: number[]) => void): { found: boolean; seen: string[] }
}

/** One data file to scan: an .xlsx or .csv on disk, or one inside a zip as BLS ships them. */
export interface RowFile {
  /** What messages name: `state_M2025_dl.xlsx`, or `oesm25st.zip/oesm25st/state_M2025_dl.xlsx`. */
  label: string
  /** The inner file name (the release is read from it when the workbook does not state one). */
  name: string
  read: () => Uint8Array
  /** A workbook already being read in the row reader thread (row-prefetch.ts). */
  prefetched?: PrefetchedRows
}

/** The data files a path stands for: itself, or every .xlsx/.csv inside a zip. */
export function rowFiles(path: string): RowFile[] {
  const ext = extname(path).toLowerCase()
  if (ext === '.zip') {
    const { data, entries } = listZip(path)
    const files = entries.filter(
      (e) =>
        /\.(xlsx|csv)$/i.test(e.name) && !e.name.includes('__MACOSX') && !basename(e.name).startsWith('~$'),
    )
    if (files.length === 0)
      throw packInvalid(path, null, 'the zip holds no .xlsx or .csv file.', FIX_OFFICIAL)
    return files.map((e) => ({
      label: `${basename(path)}/${e.name}`,
      name: basename(e.name),
      read: () => readZipEntry(path, data, e),
    }))
  }
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw packInvalid(
      path,
      null,
      `files of type "${ext || 'none'}" cannot be read here.`,
      'Choose the .xlsx file (or the .zip) from bls.gov/oes, or a .csv export of it.',
    )
  }
  return [{ label: basename(path), name: basename(path), read: () => readOrExplain(path) }]
}

function readOrExplain(path: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch {
    throw packInvalid(
      path,
      null,
      'the file was not found or cannot be read.',
      'Check the path and try again.',
    )
  }
}

/**
 * Streams the rows of a data file after its header row (found with `isHeader` in the first 10
 * rows). `onHeader` gets the header and, for a workbook, the text of its "Field Descriptions"
 * sheet (read first, so a wrong release is refused before any row); `onRow` gets the cells and
 * the place to name in a message ("row 12", "line 12").
 */
export function scanRows(
  f: RowFile,
  isHeader: (cells: string[]) => boolean,
  onHeader: (header: string[], notes: string) => void,
  onRow: (cells: string[], where: string) => void,
): void {
  if (/\.csv$/i.test(f.name)) {
    const t = readDelimited(f.read(), f.label, ',')
    let at = -1
    for (let i = 0; i < 10 && at < 0 && !isHeader(t.header); i++) if (isHeader(t.rows.at(i) ?? [])) at = i
    if (at < 0 && !isHeader(t.header)) throw missingHeader(f.label)
    onHeader(
      (at < 0 ? t.header : (t.rows.at(at) as string[])).map((h) => h.trim()),
      '',
    )
    at++
    for (let i = at; i < t.rows.length; i++) onRow(t.rows.at(i) as string[], t.where(i))
    return
  }
  let header: string[] | null = null
  let scanned = 0
  let notes = ''
  const row = (cells: string[], n: number) => {
    if (!header) {
      if (++scanned > 10) throw missingHeader(f.label)
      if (!isHeader(cells)) return
      header = cells.map((h) => h.trim())
      onHeader(header, notes)
      return
    }
    onRow(cells, `row ${n}`)
  }
  let r: { found: boolean; seen: string[] }
  try {
    const ahead = f.prefetched
    if (ahead) {
      notes = ahead.notes()
      r = ahead.forEachBatch((packed, numbers) => {
        const lines = packed.split(ROW)
        for (let i = 0; i < lines.length; i++) row(lines[i]!.split(CELL), numbers[i]!)
      })
    } else {
      const buf = f.read()
      const notesSheet = xlsxSheets(buf).find((s) => /field descriptions/i.test(s.name))
      if (notesSheet) notes = xlsxSheetText(buf, notesSheet.name)
      r = forEachXlsxRow(buf, undefined, row)
    }
  } catch (e) {
    if ((e as { code?: string }).code) throw e
    throw packInvalid(
      f.label,
      null,
      `the file cannot be read as an Excel workbook (${(e as Error).message}).`,
      FIX_OFFICIAL,
    )
  }
  if (!r.found) throw packInvalid(f.label, null, 'the workbook has no sheets.', FIX_OFFICIAL)
  if (!header) throw missingHeader(f.label)
}

function missingHeader(file: string) {
  return packInvalid(
    file,
    'header',
    'the expected column headings were not found near the top of the file.',
    FIX_OFFICIAL,
  )
}
