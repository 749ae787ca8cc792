// A streaming .xlsx row reader: finds the sheet through the zip's central directory, reads the
// shared strings, then inflates the sheet XML in 1 MB pieces and hands each row to a callback.
// The whole sheet never sits in memory as cells, which is what lets the all-data OEWS workbook
// (about 400,000 rows) build within the memory goal, and it is several times faster than
// exceljs's WorkbookReader because it parses only what a data sheet holds (values, no styles).
// Plain JavaScript so the workbook reader thread (xlsx-sheet.mjs) can use it too.
import { createInflateRaw } from 'node:zlib'
import { Inflate, inflateSync } from 'fflate'

const CHUNK = 1 << 16
const MAX_COLUMNS = 16_384
/** Characters one row may take in the sheet XML: a full row of 16,384 long cells is far below. */
const MAX_ROW_CHARS = 32 << 20

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

/** Inflates one entry piece by piece; `onText` gets decoded text chunks. */
function streamEntry(buf, e, onText) {
  const data = entryData(buf, e)
  const dec = new TextDecoder('utf-8')
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK)
      onText(dec.decode(data.subarray(i, i + CHUNK), { stream: i + CHUNK < data.length }))
    return
  }
  if (e.method !== 8) throw new Error(`unsupported zip compression ${e.method}`)
  const over = overInflate(e)
  const inf = new Inflate((chunk, final) => {
    over(chunk.length)
    onText(dec.decode(chunk, { stream: !final }))
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
  const raw = e.method === 0 ? data : inflateSync(data, { out: new Uint8Array(e.size) })
  return new TextDecoder().decode(raw)
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
export function unescapeXml(s) {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, k) =>
      k[0] === '#'
        ? String.fromCodePoint(k[1] === 'x' ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1)))
        : ENTITIES[k],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))
}

/** Text of every `<t>` run in a string item or inline string, phonetic runs left out. */
function runsText(xml) {
  const clean = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml
  let out = ''
  const re = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g
  for (let m = re.exec(clean); m; m = re.exec(clean)) out += m[1] ?? ''
  return unescapeXml(out)
}

function sharedStrings(buf, entries) {
  const e = entries.get('xl/sharedStrings.xml')
  if (!e) return []
  const xml = entryText(buf, e)
  const out = []
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : runsText(m[1]))
  return out
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
 * A number cell as Excel shows it unformatted: String(+raw). Most cells already read that way
 * (plain digits, one dot, no leading or trailing zeros, at most 15 characters, so they convert
 * back exactly and never to exponent form): those are returned as they are, which saves the
 * conversion on the ~2 million figures of an all-states workbook.
 */
function numberText(raw) {
  const n = raw.length
  if (n > 15 || raw.charCodeAt(0) === 48) return n === 1 ? raw : String(+raw)
  let dot = -1
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i)
    if (c === 46 && dot < 0) dot = i
    else if (c < 48 || c > 57) return String(+raw)
  }
  if (dot === 0 || (dot > 0 && (dot === n - 1 || raw.charCodeAt(n - 1) === 48))) return String(+raw)
  return raw
}

/**
 * The cells of one row's XML, scanned with indexOf (a regex per cell costs about twice as much
 * on the all-data workbook's 400,000 rows).
 */
function rowCells(body, strings) {
  const cells = []
  let i = 0
  let next = 0
  for (;;) {
    const c = body.indexOf('<c', i)
    if (c < 0) break
    const tagEnd = body.indexOf('>', c)
    if (tagEnd < 0) break
    const selfClose = body.charCodeAt(tagEnd - 1) === 47
    // Attributes are looked up inside the tag without copying it.
    let col = next
    const r = body.indexOf(' r="', c)
    if (r >= 0 && r < tagEnd) {
      let n = 0
      for (let k = r + 4; k < tagEnd; k++) {
        const ch = body.charCodeAt(k)
        if (ch < 65 || ch > 90) break
        n = n * 26 + (ch - 64)
        // Excel stops at column XFD: a larger reference would make the row millions of cells long.
        if (n > MAX_COLUMNS) throw new Error("a cell reference lies beyond Excel's last column (XFD)")
      }
      if (n > 0) col = n - 1
    }
    next = col + 1
    let v = ''
    if (selfClose) i = tagEnd + 1
    else {
      let close = body.indexOf('</c>', tagEnd)
      if (close < 0) close = body.length
      i = close + 4
      const tp = body.indexOf(' t="', c)
      const t = tp >= 0 && tp < tagEnd ? body.slice(tp + 4, body.indexOf('"', tp + 4)) : undefined
      if (t === 'inlineStr') v = runsText(body.slice(tagEnd + 1, close))
      else {
        const vs = body.indexOf('<v>', tagEnd)
        const raw = vs < 0 || vs > close ? '' : body.slice(vs + 3, body.indexOf('</v>', vs))
        if (t === 's') v = strings[+raw] ?? ''
        else if (t === 'b') v = raw === '1' ? 'TRUE' : 'FALSE'
        else if (t === undefined || t === 'n') v = raw === '' ? '' : numberText(raw)
        else v = unescapeXml(raw)
      }
    }
    while (cells.length < col) cells.push('')
    cells[col] = v
  }
  return cells
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
  const dec = new TextDecoder('utf-8')
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
        r.push(dec.decode(chunk, { stream: true }))
      } catch (e) {
        fail(e)
      }
    })
    z.on('error', fail)
    z.on('end', () => {
      if (failed) return
      try {
        r.push(dec.decode())
        resolve()
      } catch (e) {
        fail(e)
      }
    })
    z.end(data)
  })
  return r.end()
}

/** The sheet's entry and a row parser fed with its text (shared by the two readers above). */
function openSheet(buf, sheet, onRow) {
  const entries = zipDirectory(buf)
  const sheets = xlsxSheets(buf, entries)
  const seen = sheets.map((s) => s.name)
  const pick = sheet ? sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()) : sheets[0]
  if (!pick) return { found: false, sheet: '', seen }
  const entry = entries.get(pick.path)
  if (!entry) throw new Error(`the sheet "${pick.name}" is missing from the workbook`)
  const strings = sharedStrings(buf, entries)
  // Text after the last complete row: `pending` (flat) and the pieces inflated since, which hold
  // no row end (joined only once one arrives, so a long row is not copied again for every piece).
  let pending = ''
  let parts = []
  let partsLength = 0
  let tail = ''
  let seq = 0
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g
  const parseRows = (text) => {
    rowRe.lastIndex = 0
    for (let m = rowRe.exec(text); m; m = rowRe.exec(text)) {
      const rAttr = /\br="(\d+)"/.exec(m[1])
      const number = rAttr ? Number(rAttr[1]) : seq + 1
      seq = number
      const cells = m[2] ? rowCells(m[2], strings) : []
      onRow(cells, number)
    }
  }
  return {
    found: true,
    entry,
    push(text) {
      // A row end may straddle two pieces: the last characters before this piece count too.
      const ends =
        text.indexOf('</row>') >= 0 || (tail !== '' && `${tail}${text.slice(0, 5)}`.includes('</row>'))
      tail = text.length >= 5 ? text.slice(-5) : `${tail}${text}`.slice(-5)
      if (!ends) {
        parts.push(text)
        partsLength += text.length
        // A sheet that inflates to one endless row (a zip bomb, a damaged file) would otherwise be
        // gathered whole in memory, and the build held for minutes, before failing or not at all.
        if (pending.length + partsLength > MAX_ROW_CHARS)
          throw new Error(
            `a row of the sheet is longer than ${MAX_ROW_CHARS >> 20} million characters (a damaged or hostile file)`,
          )
        return
      }
      const all = parts.length ? pending + parts.join('') + text : pending + text
      parts = []
      partsLength = 0
      // Rows up to the last complete one; the rest waits for the next piece.
      const cut = all.lastIndexOf('</row>') + 6
      parseRows(all.slice(0, cut))
      pending = all.slice(cut)
    },
    end() {
      const rest = pending + parts.join('')
      if (rest) parseRows(rest)
      pending = ''
      parts = []
      partsLength = 0
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
