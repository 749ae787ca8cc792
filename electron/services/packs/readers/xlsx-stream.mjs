// A streaming .xlsx row reader: finds the sheet through the zip's central directory, reads the
// shared strings, then inflates the sheet XML piece by piece and hands each row to a callback
// (the rows are scanned in the inflated bytes, by xlsx-cells.mjs).
// The whole sheet never sits in memory as cells, which is what lets the all-data OEWS workbook
// (about 400,000 rows) build within the memory goal, and it is several times faster than
// exceljs's WorkbookReader because it parses only what a data sheet holds (values, no styles).
// Plain JavaScript so the workbook reader thread (xlsx-sheet.mjs) can use it too.
import { createInflateRaw, inflateRawSync } from 'node:zlib'
import { Inflate, inflateSync } from 'fflate'
import { runsText, sheetRows, unescapeXml } from './xlsx-cells.mjs'

const CHUNK = 1 << 16

/** The zip's entries by name, from the central directory (no inflating). */
export function zipDirectory(buf) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  let eocd = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no central directory)')
  const count = view.getUint16(eocd + 10, true)
  let p = view.getUint32(eocd + 16, true)
  const entries = new Map()
  const dec = new TextDecoder()
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('damaged zip directory')
    const method = view.getUint16(p + 10, true)
    const csize = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const local = view.getUint32(p + 42, true)
    const name = dec.decode(buf.subarray(p + 46, p + 46 + nameLen))
    entries.set(name, { name, method, csize, size, local })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

function entryData(buf, e) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  if (view.getUint32(e.local, true) !== 0x04034b50) throw new Error(`damaged zip entry ${e.name}`)
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true)
  return buf.subarray(start, start + e.csize)
}

/** Inflates one entry piece by piece; `onBytes` gets the inflated pieces. */
function streamEntry(buf, e, onBytes) {
  const data = entryData(buf, e)
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) onBytes(data.subarray(i, i + CHUNK))
    return
  }
  if (e.method !== 8) throw new Error(`unsupported zip compression ${e.method}`)
  const over = overInflate(e)
  const inf = new Inflate((chunk) => {
    over(chunk.length)
    onBytes(chunk)
  })
  for (let i = 0; i < data.length; i += CHUNK) inf.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length)
}

/**
 * A guard for one entry's inflated bytes: never past the size the zip's directory states (a
 * zip bomb states a small size or inflates far beyond it; a sheet read as rows is otherwise
 * unbounded in time: only its rows are held, and junk between rows is thrown away).
 */
function overInflate(e) {
  // 0xFFFFFFFF: a ZIP64 size kept elsewhere (a sheet over 4 GB, which no OEWS workbook has).
  const limit = e.size === 0xffffffff ? Number.POSITIVE_INFINITY : e.size
  let total = 0
  return (n) => {
    total += n
    if (total > limit)
      throw new Error(
        `the sheet inflates to more than the ${limit} bytes the workbook states (a damaged or hostile file)`,
      )
  }
}

function entryText(buf, e) {
  const data = entryData(buf, e)
  return new TextDecoder().decode(e.method === 0 ? data : inflateWhole(data, e.size))
}

/**
 * An entry inflated at once by Node's zlib (several times faster than fflate on a large shared
 * strings part); a stream zlib refuses or that inflates past its stated size goes to fflate as
 * before, which cuts it at that size or names what is wrong the same way as ever.
 */
function inflateWhole(data, size) {
  try {
    return inflateRawSync(data, { maxOutputLength: size })
  } catch {
    return inflateSync(data, { out: new Uint8Array(size) })
  }
}

function sharedStrings(buf, entries) {
  const e = entries.get('xl/sharedStrings.xml')
  if (!e) return []
  const xml = entryText(buf, e)
  const out = []
  // The items the regex /<si>([\s\S]*?)<\/si>|<si\/>/g finds, but a `</si>` that never comes is
  // looked for once, not again from every later `<si>` (a part of a million of them took hours).
  let ends = true
  for (let p = xml.indexOf('<si'); p >= 0; ) {
    let next = p + 1
    if (xml.startsWith('/>', p + 3)) {
      out.push('')
      next = p + 5
    } else if (ends && xml.charCodeAt(p + 3) === 62) {
      const end = xml.indexOf('</si>', p + 4)
      ends = end >= 0
      if (ends) {
        out.push(itemText(xml.slice(p + 4, end)))
        next = end + 5
      }
    }
    p = xml.indexOf('<si', next)
  }
  return out
}

/** A string item's text; most are one plain `<t>` run, read without the run regex. */
function itemText(item) {
  const n = item.length
  if (n >= 7 && item.startsWith('<t>') && item.endsWith('</t>') && item.indexOf('<', 3) === n - 4)
    return unescapeXml(item.slice(3, n - 4))
  return runsText(item)
}

/** Sheets in workbook order: name and the zip entry that holds it. */
export function xlsxSheets(buf, entries = zipDirectory(buf)) {
  const wb = entries.get('xl/workbook.xml')
  const rels = entries.get('xl/_rels/workbook.xml.rels')
  if (!wb || !rels) throw new Error('not an Excel workbook (xl/workbook.xml is missing)')
  const targets = new Map()
  for (const m of entryText(buf, rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1]
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1]
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
  }
  const sheets = []
  for (const m of entryText(buf, wb).matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? '')
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1] ?? /\bid="([^"]*)"/.exec(m[1])?.[1]
    const path = id ? targets.get(id) : undefined
    if (path) sheets.push({ name, path: path.replace(/\/\.\//g, '/') })
  }
  return sheets
}

/**
 * Calls `onRow(cells, rowNumber)` for every row of `sheet` (by name, case-insensitive; the first
 * sheet without one). Cells are text, as Excel shows them unformatted (numbers in full
 * precision, booleans "TRUE"/"FALSE"); missing cells are ''. Returns the sheet names.
 */
export function forEachXlsxRow(buf, sheet, onRow) {
  const r = openSheet(buf, sheet, onRow)
  if (!r.found) return r
  streamEntry(buf, r.entry, r.push)
  return r.end()
}

/**
 * As forEachXlsxRow, the sheet inflated by Node's zlib (native code, several times faster than
 * fflate, in a stream of 256 KB pieces) instead: for the reader threads, which may wait.
 */
export async function forEachXlsxRowAsync(buf, sheet, onRow) {
  const r = openSheet(buf, sheet, onRow)
  if (!r.found) return r
  const data = entryData(buf, r.entry)
  if (r.entry.method !== 8) {
    streamEntry(buf, r.entry, r.push)
    return r.end()
  }
  await new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 1 << 18 })
    let failed = false
    const fail = (e) => {
      if (failed) return
      failed = true
      z.destroy()
      reject(e)
    }
    const over = overInflate(r.entry)
    z.on('data', (chunk) => {
      if (failed) return
      try {
        over(chunk.length)
        r.push(chunk)
      } catch (e) {
        fail(e)
      }
    })
    z.on('error', fail)
    z.on('end', () => {
      if (failed) return
      resolve()
    })
    z.end(data)
  })
  return r.end()
}

/** The sheet's entry and a row parser fed with its bytes (shared by the two readers above). */
function openSheet(buf, sheet, onRow) {
  const entries = zipDirectory(buf)
  const sheets = xlsxSheets(buf, entries)
  const seen = sheets.map((s) => s.name)
  const pick = sheet ? sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()) : sheets[0]
  if (!pick) return { found: false, sheet: '', seen }
  const entry = entries.get(pick.path)
  if (!entry) throw new Error(`the sheet "${pick.name}" is missing from the workbook`)
  const rows = sheetRows(sharedStrings(buf, entries), onRow)
  return {
    found: true,
    entry,
    push: rows.push,
    end() {
      rows.end()
      return { found: true, sheet: pick.name, seen }
    },
  }
}

/** All text of one sheet, one line per row (for notes such as OEWS "Field Descriptions"). */
export function xlsxSheetText(buf, sheet) {
  const lines = []
  const r = forEachXlsxRow(buf, sheet, (cells) => lines.push(cells.join(' ').trim()))
  return r.found ? lines.join('\n') : ''
}
