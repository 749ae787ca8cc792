// Streams one worksheet of an .xlsx with exceljs and returns its cells as text. Plain JavaScript
// so the same code runs in-process and in a worker thread (readers/xlsx-pool.ts), where the
// pack builder reads workbooks while the main thread writes the text and CSV tables.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { isMainThread, parentPort } from 'node:worker_threads'
import { CELL, ROW } from './packed-rows.mjs'
import { forEachXlsxRow, forEachXlsxRowAsync, xlsxSheetText } from './xlsx-stream.mjs'

export { CELL, ROW }

function cellText(v) {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if (v.richText) return v.richText.map((r) => r.text).join('')
    if (v.text !== undefined) return cellText(v.text)
    if (v.result !== undefined) return cellText(v.result)
  }
  return String(v)
}

/**
 * Rows are packed as one string (cells joined by \x1f, rows by \x1e): cheap to pass between
 * threads. `notes` names a later sheet whose text is wanted too (OEWS "Field Descriptions").
 */
export async function readSheetPacked(input, sheet, notes) {
  // A file named by its path is read here, in the reader thread, and its SHA-256 (the pack's
  // manifest records one per source file) taken from the same bytes: the builder's main thread
  // neither reads nor copies workbooks it never parses.
  const buf = typeof input === 'string' ? readFileSync(input) : input
  const sha256 = createHash('sha256').update(buf).digest('hex')
  // The streaming reader of xlsx-stream.mjs first (several times faster); exceljs reads any
  // workbook that reader cannot (an unusual zip layout), with the same result.
  let fast
  try {
    fast = await readSheetFastAsync(buf, sheet, notes)
  } catch {
    fast = null
  }
  return { ...(fast ?? (await readSheetExceljs(buf, sheet, notes))), sha256 }
}

/** readSheetFast with the sheet inflated by Node's zlib (native, several times faster than fflate). */
export async function readSheetFastAsync(input, sheet, notes) {
  const buf = typeof input === 'string' ? readFileSync(input) : input
  const rows = []
  const rowNumbers = []
  const r = await forEachXlsxRowAsync(buf, sheet, (cells, n) => {
    rows.push(cells.join(CELL))
    rowNumbers.push(n)
  })
  return packed(buf, r, rows, rowNumbers, notes)
}

/** The streaming reader alone, without the exceljs fallback (tests compare the two). */
export function readSheetFast(input, sheet, notes) {
  const buf = typeof input === 'string' ? readFileSync(input) : input
  const rows = []
  const rowNumbers = []
  const r = forEachXlsxRow(buf, sheet, (cells, n) => {
    rows.push(cells.join(CELL))
    rowNumbers.push(n)
  })
  return packed(buf, r, rows, rowNumbers, notes)
}

function packed(buf, r, rows, rowNumbers, notes) {
  if (!r.found) return { found: false, sheet: '', packed: '', rowNumbers: [], seen: r.seen }
  const found = { found: true, sheet: r.sheet, packed: rows.join(ROW), rowNumbers, seen: r.seen }
  if (!notes) return found
  const at = r.seen.findIndex((s) => s.toLowerCase() === r.sheet.toLowerCase())
  const later = r.seen.slice(at + 1).find((s) => s.toLowerCase() === notes.toLowerCase())
  return { ...found, notesText: later ? xlsxSheetText(buf, later) : '' }
}

export async function readSheetExceljs(input, sheet, notes) {
  // Loaded only for a workbook the streaming reader cannot read: exceljs costs the reader
  // thread about 0.4 s and tens of MB to load (the pack build's peak memory goal is 500 MB).
  const { default: ExcelJS } = await import('exceljs')
  const stream = typeof input === 'string' ? input : Readable.from([Buffer.from(input)])
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  })
  const seen = []
  let found = null
  for await (const ws of reader) {
    const name = ws.name ?? ''
    seen.push(name)
    if (found) {
      if (name.toLowerCase() !== notes.toLowerCase()) continue
      const lines = []
      for await (const row of ws) lines.push(row.values.map(cellText).join(' ').trim())
      return { ...found, notesText: lines.join('\n') }
    }
    if (sheet && name.toLowerCase() !== sheet.toLowerCase()) continue
    const rows = []
    const rowNumbers = []
    for await (const row of ws) {
      const values = row.values
      const cells = []
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]))
      rows.push(cells.join(CELL))
      rowNumbers.push(row.number)
    }
    found = { found: true, sheet: name, packed: rows.join(ROW), rowNumbers, seen }
    if (!notes) return found
  }
  return found ? { ...found, notesText: '' } : { found: false, sheet: '', packed: '', rowNumbers: [], seen }
}

if (!isMainThread && parentPort) {
  const port = parentPort
  // One workbook at a time, in the order asked: the builder consumes them in that order.
  let queue = Promise.resolve()
  port.on('message', ({ id, input, sheet, notes }) => {
    queue = queue.then(async () => {
      try {
        port.postMessage({ id, ok: true, result: await readSheetPacked(input, sheet, notes) })
      } catch (e) {
        port.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) })
      }
    })
  })
}
