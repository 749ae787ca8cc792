import { LazyRows, type Rows, rowArrays } from './table'

/**
 * The records of a delimited file, the same as csv-parse gives with the options readDelimited
 * uses (quote '"' for CSV, none for tab-delimited; quotes inside an unquoted field kept; empty
 * lines skipped; every record as long as the first), for the files O*NET, NCES and BLS publish:
 * lines that hold no quote are split whole, which is several times faster on the ~30 MB of text
 * a national build reads. Anything else (a stray carriage return, a character after a closing
 * quote, a record of another length) returns null and csv-parse reads the file, so its result
 * and its messages stay the reference.
 */
export function parseDelimitedFast(text: string, delimiter: '\t' | ','): string[][] | null {
  const t = scanDelimited(text, delimiter)
  if (!t) return null
  return t.header ? [t.header, ...rowArrays(t.rows)] : []
}

/**
 * As parseDelimitedFast, the first record apart (the header) and the others left in the text,
 * split into cells only as they are used (see Rows): the whole file is checked here, so a file
 * this returns is one every row of which reads the same as csv-parse would read it.
 */
export function scanDelimited(
  text: string,
  delimiter: '\t' | ',',
): { header: string[] | undefined; rows: Rows } | null {
  const crlf = text.indexOf('\r') >= 0
  // Line ends are either all \n or all \r\n (checked below); a lone \r is left to csv-parse.
  if (crlf && text.indexOf('\r\n') < 0) return null
  const quoted = delimiter === ','
  // At most one record per line: where each starts, and where an unquoted one ends (-1: quoted).
  let lines = 1
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) lines++
  const starts = new Int32Array(lines)
  const ends = new Int32Array(lines)
  let count = 0
  let header: string[] | undefined
  let width = -1
  let pos = 0
  let nextQuote = quoted ? text.indexOf('"') : -1
  let nextDelimiter = text.indexOf(delimiter)
  const n = text.length
  while (pos < n) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = n
    let lineEnd = end
    if (crlf) {
      if (end < n && text.charCodeAt(end - 1) !== 13) return null
      if (end < n) lineEnd = end - 1
    }
    if (crlf) {
      const cr = text.indexOf('\r', pos)
      if (cr >= 0 && cr < lineEnd) return null
    }
    const start = pos
    let fields: number
    let stop = lineEnd
    // The next quote is looked up once and kept: searching from every line would read to the
    // end of a file that holds none for each line.
    if (quoted && nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos)
    if (nextQuote < 0 || nextQuote >= lineEnd) {
      if (lineEnd === pos) {
        pos = end + 1
        continue
      }
      fields = 1
      if (nextDelimiter >= 0 && nextDelimiter < pos) nextDelimiter = text.indexOf(delimiter, pos)
      while (nextDelimiter >= 0 && nextDelimiter < lineEnd) {
        fields++
        nextDelimiter = text.indexOf(delimiter, nextDelimiter + 1)
      }
      pos = end + 1
    } else {
      const r = quotedRecord(text, pos, crlf)
      if (!r) return null
      fields = r.rec.length
      stop = -1
      pos = r.next
    }
    if (width < 0) width = fields
    else if (fields !== width) return null
    if (header === undefined) {
      header =
        stop < 0 ? (quotedRecord(text, start, crlf)?.rec ?? []) : text.slice(start, stop).split(delimiter)
      continue
    }
    starts[count] = start
    ends[count] = stop
    count++
  }
  return { header, rows: new DelimitedRows(text, delimiter, crlf, starts, ends, count) }
}

class DelimitedRows extends LazyRows {
  constructor(
    private readonly text: string,
    private readonly delimiter: '\t' | ',',
    private readonly crlf: boolean,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    length: number,
  ) {
    super(length)
  }

  protected split(i: number): string[] {
    const start = this.starts[i] as number
    const end = this.ends[i] as number
    if (end >= 0) return this.text.slice(start, end).split(this.delimiter)
    return quotedRecord(this.text, start, this.crlf)?.rec ?? []
  }
}

/** One CSV record that holds a quote, from `pos`; null where csv-parse would decide differently. */
function quotedRecord(text: string, pos: number, crlf: boolean): { rec: string[]; next: number } | null {
  const rec: string[] = []
  const n = text.length
  const eol = crlf ? '\r\n' : '\n'
  for (;;) {
    if (text.charCodeAt(pos) === 34) {
      // A quoted field: "" stands for one quote; it must end at a comma or the line's end.
      let value = ''
      let p = pos + 1
      for (;;) {
        const q = text.indexOf('"', p)
        if (q < 0) return null
        value += text.slice(p, q)
        if (text.charCodeAt(q + 1) === 34) {
          value += '"'
          p = q + 2
          continue
        }
        p = q + 1
        break
      }
      // Line breaks inside quotes are kept; a lone \r inside them is left to csv-parse.
      if (value.indexOf('\r') >= 0 && (!crlf || value.replace(/\r\n/g, '').indexOf('\r') >= 0)) return null
      rec.push(value)
      if (p >= n) return { rec, next: n }
      if (text.charCodeAt(p) === 44) {
        pos = p + 1
        continue
      }
      if (text.startsWith(eol, p)) return { rec, next: p + eol.length }
      return null
    }
    // An unquoted field runs to the next comma or line end; quotes inside it are kept. Walked
    // char by char: indexOf(',') runs past the line's end (to the end of a one-column file), and
    // indexOf('\n') per field re-reads the rest of a wide line, both once per record: quadratic.
    let p = pos
    for (let c = text.charCodeAt(p); p < n && c !== 44 && c !== 10; c = text.charCodeAt(++p)) {}
    if (p < n && text.charCodeAt(p) === 44) {
      rec.push(text.slice(pos, p))
      pos = p + 1
      continue
    }
    // The record's last line end was not seen by the caller (it checked the first one only).
    if (crlf && p < n && text.charCodeAt(p - 1) !== 13) return null
    const field = text.slice(pos, crlf && p < n ? p - 1 : p)
    if (field.indexOf('\r') >= 0) return null
    rec.push(field)
    return { rec, next: p + 1 }
  }
}
