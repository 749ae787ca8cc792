// The rows and cells of a sheet's XML, scanned in the inflated bytes: decoding the whole sheet to
// a string and searching it again per row and per cell cost more than inflating it. Only text
// that needs it (inline strings, escaped text, anything not plain ASCII) goes through TextDecoder.
// The scan keeps exactly the results of the string reader it replaced (a regex per row, indexOf
// per cell), odd files included: tests/unit/xlsx-cells.test.ts holds the cases.

const MAX_COLUMNS = 16_384
/** Bytes one row may take in the sheet XML: a full row of 16,384 long cells is far below. */
const MAX_ROW_BYTES = 32 << 20
/**
 * Bytes of values read on past their cells (runOnValues) one sheet may take: as much as one row,
 * far more than a damaged cell or two. Each such value holds the rest of its row, so a
 * crafted row of them would otherwise take minutes to hours and the row's cells, joined, more
 * memory than a string may hold.
 */
const MAX_RUN_ON_BYTES = MAX_ROW_BYTES

// Subranges start and end at ASCII bytes, so decoding one alone gives what decoding the whole
// sheet gave there; a U+FEFF inside a cell is text, not a byte order mark.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
const ROW_END = Buffer.from('</row>')
const ROW_START = Buffer.from('<row')

/** A regex word character (\w); past the end (undefined, NaN) is none, as \b sees it. */
const isWord = (b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95

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

/**
 * Text of every `<t>` run in a string item or inline string, phonetic runs left out: what the
 * regex /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g found, but a `</t>` that never comes is looked for
 * once, not again from every later `<t>` (a cell of a million of them took hours).
 */
export function runsText(xml) {
  const clean = xml.indexOf('<rPh') >= 0 ? withoutPhonetic(xml) : xml
  let out = ''
  let noEndFrom = clean.length
  for (let p = clean.indexOf('<t'); p >= 0; ) {
    let next = p + 1
    // `<t` and a word character is another tag.
    if (!isWord(clean.charCodeAt(p + 2))) {
      const gt = clean.indexOf('>', p + 2)
      if (gt < 0) break
      if (gt > p + 2 && clean.charCodeAt(gt - 1) === 47) next = gt + 1
      else {
        const end = gt + 1 < noEndFrom ? clean.indexOf('</t>', gt + 1) : -1
        if (end < 0) noEndFrom = Math.min(noEndFrom, gt + 1)
        else {
          out += clean.slice(gt + 1, end)
          next = end + 4
        }
      }
    }
    p = clean.indexOf('<t', next)
  }
  return unescapeXml(out)
}

/** The text without its `<rPh …>…</rPh>` runs, as xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, ''). */
function withoutPhonetic(xml) {
  let out = ''
  let from = 0
  for (let p = xml.indexOf('<rPh'); p >= 0; ) {
    if (isWord(xml.charCodeAt(p + 4))) {
      p = xml.indexOf('<rPh', p + 1)
      continue
    }
    const end = xml.indexOf('</rPh>', p + 4)
    // No `</rPh>` from here: no later run can end either.
    if (end < 0) break
    out += xml.slice(from, p)
    from = end + 6
    p = xml.indexOf('<rPh', from)
  }
  return from === 0 ? xml : out + xml.slice(from)
}

/**
 * A number cell as Excel shows it unformatted: String(+raw). Most cells already read that way
 * (plain digits, one dot, no leading or trailing zeros, at most 15 characters, so they convert
 * back exactly and never to exponent form): those are returned as they are.
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

/** numberText of bytes a..b, without making a string first for the figures it returns as they are. */
function numberBytes(buf, a, b) {
  const n = b - a
  if (n <= 15 && buf[a] === 48 && n > 2 && buf[a + 1] === 46) return fractionBytes(buf, a, b)
  if (n <= 15 && (buf[a] !== 48 || n === 1)) {
    let dot = -1
    let plain = true
    for (let k = a; k < b; k++) {
      const c = buf[k]
      if (c === 46 && dot < 0) dot = k
      else if (c < 48 || c > 57) {
        plain = false
        break
      }
    }
    if (plain && dot !== a && (dot < 0 || (dot !== b - 1 && buf[b - 1] !== 48))) return ascii(buf, a, b)
  }
  return numberText(textOf(buf, a, b))
}

/**
 * A fraction written "0.digits" (LOC_QUOTIENT, O*NET's standard errors: a third of all figures)
 * already reads as String(+raw) when its last digit is not 0 and at most 5 zeros follow the dot
 * (smaller ones print in exponent form); at most 15 characters convert back exactly.
 */
function fractionBytes(buf, a, b) {
  let zeros = 0
  while (a + 2 + zeros < b && buf[a + 2 + zeros] === 48) zeros++
  if (zeros <= 5 && buf[b - 1] !== 48) {
    let k = a + 2
    while (k < b && buf[k] >= 48 && buf[k] <= 57) k++
    if (k === b) return ascii(buf, a, b)
  }
  return numberText(textOf(buf, a, b))
}

/**
 * ASCII bytes a..b as a string. Buffer#latin1Slice is what toString('latin1', a, b) calls after
 * checking its arguments: undocumented (nodejs/node#46467 left it so), but the scan of a sheet of
 * 2 million figures takes ~10% less time with it (240 ms against 265). Kept to this one place.
 */
const ascii = (buf, a, b) => buf.latin1Slice(a, b)

/** Bytes a..b as the string decoding the whole sheet gave there (latin1 is that for ASCII). */
function textOf(buf, a, b) {
  for (let k = a; k < b; k++) if (buf[k] > 127) return utf8.decode(buf.subarray(a, b))
  return ascii(buf, a, b)
}

/** A shared string by the index written in bytes a..b, as `strings[+raw] ?? ''`. */
function sharedAt(strings, buf, a, b) {
  const n = b - a
  if (n > 0 && n <= 15) {
    let i = 0
    for (let k = a; k < b; k++) {
      const c = buf[k]
      if (c < 48 || c > 57) return strings[+textOf(buf, a, b)] ?? ''
      i = i * 10 + (c - 48)
    }
    return strings[i] ?? ''
  }
  return strings[+textOf(buf, a, b)] ?? ''
}

/** The first `r="digits"` of a row tag's attributes a..b (the regex /\br="(\d+)"/), or -1. */
function rowNumberAttr(buf, a, b) {
  for (let k = a; k + 4 < b; k++) {
    if (buf[k] !== 114 || buf[k + 1] !== 61 || buf[k + 2] !== 34) continue
    if (k > a && isWord(buf[k - 1])) continue
    let d = k + 3
    while (d < b && buf[d] >= 48 && buf[d] <= 57) d++
    if (d > k + 3 && d < b && buf[d] === 34)
      return d - (k + 3) <= 15 ? parseDigits(buf, k + 3, d) : Number(ascii(buf, k + 3, d))
  }
  return -1
}

function parseDigits(buf, a, b) {
  let n = 0
  for (let k = a; k < b; k++) n = n * 10 + (buf[k] - 48)
  return n
}

/** Kinds of a cell's t attribute; absent and "n" both mean a number. */
const NUMBER = 0
const SHARED = 1
const BOOL = 2
const INLINE = 3
const OTHER = 4

function typeKind(buf, a, b) {
  const n = b - a
  if (n === 1) {
    const c = buf[a]
    return c === 115 ? SHARED : c === 98 ? BOOL : c === 110 ? NUMBER : OTHER
  }
  if (n === 9 && ascii(buf, a, b) === 'inlineStr') return INLINE
  return OTHER
}

function kindOfText(t) {
  return t === 's' ? SHARED : t === 'b' ? BOOL : t === 'n' ? NUMBER : t === 'inlineStr' ? INLINE : OTHER
}

/**
 * The cells of one row's body, bytes s..e: each `<c …>` up to the first `</c>`, its column from
 * r="…" (letters only) or else the next one, its value from the first `<v>` before `</c>`.
 */
function rowCells(buf, s, e, strings, runOnBytes) {
  const cells = []
  let i = s
  let next = 0
  let runOn = null
  for (;;) {
    let c = -1
    for (let k = i; k + 1 < e; k++)
      if (buf[k] === 60 && buf[k + 1] === 99) {
        c = k
        break
      }
    if (c < 0) break
    // The tag's end, and where ' r="' and ' t="' first stand inside it.
    let tagEnd = -1
    let r = -1
    let tp = -1
    for (let k = c + 2; k < e; k++) {
      const b = buf[k]
      if (b === 62) {
        tagEnd = k
        break
      }
      if (b === 32 && k + 3 < e && buf[k + 2] === 61 && buf[k + 3] === 34) {
        const name = buf[k + 1]
        if (name === 114 && r < 0) r = k
        else if (name === 116 && tp < 0) tp = k
      }
    }
    if (tagEnd < 0) break
    let col = next
    if (r >= 0) {
      let n = 0
      for (let k = r + 4; k < tagEnd; k++) {
        const ch = buf[k]
        if (ch < 65 || ch > 90) break
        n = n * 26 + (ch - 64)
        // Excel stops at column XFD: a larger reference would make the row millions of cells long.
        if (n > MAX_COLUMNS) throw new Error("a cell reference lies beyond Excel's last column (XFD)")
      }
      if (n > 0) col = n - 1
    }
    next = col + 1
    let v = ''
    if (buf[tagEnd - 1] === 47) i = tagEnd + 1
    else {
      // The first `</c>`, the first `<v>` before it and the first `</v>` after that, in one pass.
      let close = -1
      let vs = -1
      let ve = -1
      for (let k = tagEnd + 1; k < e; k++) {
        if (buf[k] !== 60) continue
        const b1 = buf[k + 1]
        if (b1 === 47) {
          const b2 = buf[k + 2]
          if (b2 === 99 && buf[k + 3] === 62 && k + 3 < e) {
            close = k
            break
          }
          if (b2 === 118 && vs >= 0 && ve < 0 && buf[k + 3] === 62 && k + 3 < e) ve = k
        } else if (b1 === 118 && vs < 0 && buf[k + 2] === 62 && k + 2 < e) vs = k
      }
      if (close < 0) close = e
      i = close + 4
      let kind = NUMBER
      let t
      if (tp >= 0) {
        let q = tp + 4
        while (q < e && buf[q] !== 34) q++
        if (q < e) kind = typeKind(buf, tp + 4, q)
        else {
          // No closing quote in the row: the string reader took the rest of the row but its last character.
          t = textOf(buf, tp + 4, e).slice(0, -1)
          kind = kindOfText(t)
        }
      }
      if (kind === INLINE) v = runsText(textOf(buf, tagEnd + 1, close))
      else if (vs < 0) v = kind === SHARED ? (strings[0] ?? '') : kind === BOOL ? 'FALSE' : ''
      else if (ve < 0) {
        runOn ??= runOnValues(buf, s, e, runOnBytes)
        v = cellFromText(runOn(vs + 3), kind, strings)
      } else if (kind === SHARED) v = sharedAt(strings, buf, vs + 3, ve)
      else if (kind === BOOL) v = ve - vs === 4 && buf[vs + 3] === 49 ? 'TRUE' : 'FALSE'
      else if (kind === NUMBER) v = ve === vs + 3 ? '' : numberBytes(buf, vs + 3, ve)
      else v = unescapeXml(textOf(buf, vs + 3, ve))
    }
    while (cells.length < col) cells.push('')
    cells[col] = v
  }
  return cells
}

/**
 * Values whose `</v>` is not in their cell, by the byte where they start: the string reader read
 * each on to the next `</v>` of the row, or to the row's end but its last character. A crafted row
 * of such cells would have each search and decode the rest of the row (a 2 kB file took minutes
 * and gigabytes): the search is remembered, the row is decoded once and each value is a slice of
 * it (as it was a slice of the row's text before), and the sheet's total of them is bounded.
 */
function runOnValues(buf, s, e, runOnBytes) {
  const text = textOf(buf, s, e)
  const startChar = charOffsets(buf, s)
  const endChar = charOffsets(buf, s)
  // The first `</v>` at or after byte `from` is at `at` (-1: none to the row's end).
  let from = -1
  let at = -1
  return (a) => {
    if (from < 0 || a < from || (at >= 0 && a > at)) {
      from = a
      at = findBytes(buf, a, e, 60, 47, 118, 62)
    }
    runOnBytes.total += (at < 0 ? e : at) - a
    if (runOnBytes.total > MAX_RUN_ON_BYTES)
      throw new Error('values of the sheet run on past their cells (a damaged or hostile file)')
    return text.slice(startChar(a), at < 0 ? text.length - 1 : endChar(at))
  }
}

/**
 * Where bytes of a row (from s, asked in increasing order, each an ASCII byte) stand in its
 * decoded text: decoding stops and starts cleanly at an ASCII byte, so the pieces add up.
 */
function charOffsets(buf, s) {
  let byte = s
  let char = 0
  return (b) => {
    char += textOf(buf, byte, b).length
    byte = b
    return char
  }
}

/** A cell's value from its raw text (the rare value whose `</v>` is missing). */
function cellFromText(raw, kind, strings) {
  if (kind === SHARED) return strings[+raw] ?? ''
  if (kind === BOOL) return raw === '1' ? 'TRUE' : 'FALSE'
  if (kind === NUMBER) return raw === '' ? '' : numberText(raw)
  return unescapeXml(raw)
}

/** The first a ≤ k with bytes b0 b1 b2 b3 at k..k+3 inside a..e, or -1. */
function findBytes(buf, a, e, b0, b1, b2, b3) {
  for (let k = a; k + 3 < e; k++)
    if (buf[k] === b0 && buf[k + 1] === b1 && buf[k + 2] === b2 && buf[k + 3] === b3) return k
  return -1
}

/**
 * The first `</row>` at or after `from` that ends by `end`, or -1. Found by its "w", which a
 * sheet's XML otherwise rarely holds: searching for its "<" stops at every tag.
 */
function rowEndFrom(buf, from, end) {
  for (let k = buf.indexOf(119, from + 4); k >= 0 && k + 1 < end; k = buf.indexOf(119, k + 1))
    if (
      buf[k + 1] === 62 &&
      buf[k - 1] === 111 &&
      buf[k - 2] === 114 &&
      buf[k - 3] === 47 &&
      buf[k - 4] === 60
    )
      return k - 4
  return -1
}

/**
 * A row parser fed with the sheet's inflated bytes piece by piece. Rows are parsed up to the last
 * complete one in what has arrived; the rest (and pieces holding no row end, kept apart so a
 * long row is copied once) waits for the next piece.
 */
export function sheetRows(strings, onRow) {
  let pending = Buffer.alloc(0)
  let parts = []
  let partsLength = 0
  // The last (up to) 5 bytes before the newest piece: a row end may straddle two pieces.
  let tail = Buffer.alloc(0)
  let seq = 0
  const runOnBytes = { total: 0 }

  /** Every `<row …/>` and `<row …>…</row>` in buf's bytes start..end, in order. */
  const parseRows = (buf, start, end) => {
    let p = start
    // Where a search for `</row>` found none to the end: the later row tags have none either, and
    // searching again for each (a sheet's tail of `<row>` tags without an end) would take hours.
    let noEndFrom = end
    for (;;) {
      const q = buf.indexOf(ROW_START, p)
      if (q < 0 || q + 4 > end) return
      if (q + 4 < end && isWord(buf[q + 4])) {
        p = q + 1
        continue
      }
      const gt = buf.indexOf(62, q + 4)
      // No '>' left: no later row can match either.
      if (gt < 0 || gt >= end) return
      let bodyEnd = -1
      if (buf[gt - 1] !== 47) {
        bodyEnd = gt + 1 < noEndFrom ? rowEndFrom(buf, gt + 1, end) : -1
        if (bodyEnd < 0) {
          noEndFrom = Math.min(noEndFrom, gt + 1)
          p = q + 1
          continue
        }
      }
      const attrsEnd = bodyEnd < 0 ? gt - 1 : gt
      const attr = rowNumberAttr(buf, q + 4, attrsEnd)
      const number = attr >= 0 ? attr : seq + 1
      seq = number
      const cells = bodyEnd > gt + 1 ? rowCells(buf, gt + 1, bodyEnd, strings, runOnBytes) : []
      onRow(cells, number)
      p = bodyEnd < 0 ? gt + 1 : bodyEnd + 6
    }
  }

  return {
    push(chunk) {
      const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
      const ends =
        piece.indexOf(ROW_END) >= 0 ||
        (tail.length > 0 && Buffer.concat([tail, piece.subarray(0, 5)]).indexOf(ROW_END) >= 0)
      tail = piece.length >= 5 ? piece.subarray(piece.length - 5) : Buffer.concat([tail, piece]).subarray(-5)
      if (!ends) {
        parts.push(piece)
        partsLength += piece.length
        // A sheet that inflates to one endless row (a zip bomb, a damaged file) would otherwise be
        // gathered whole in memory, and the build held for minutes, before failing or not at all.
        if (pending.length + partsLength > MAX_ROW_BYTES)
          throw new Error(
            `a row of the sheet is longer than ${MAX_ROW_BYTES >> 20} million characters (a damaged or hostile file)`,
          )
        return
      }
      const all = pending.length || parts.length ? Buffer.concat([pending, ...parts, piece]) : piece
      parts = []
      partsLength = 0
      const cut = all.lastIndexOf(ROW_END) + 6
      parseRows(all, 0, cut)
      pending = all.subarray(cut)
    },
    end() {
      const rest = parts.length ? Buffer.concat([pending, ...parts]) : pending
      pending = Buffer.alloc(0)
      parts = []
      partsLength = 0
      if (rest.length) parseRows(rest, 0, rest.length)
    },
  }
}
