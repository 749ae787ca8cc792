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
  const crlf = text.indexOf('\r') >= 0
  // Line ends are either all \n or all \r\n (checked below); a lone \r is left to csv-parse.
  if (crlf && text.indexOf('\r\n') < 0) return null
  const quoted = delimiter === ','
  const out: string[][] = []
  let width = -1
  let pos = 0
  const n = text.length
  while (pos < n) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = n
    let lineEnd = end
    if (crlf) {
      if (end < n && text.charCodeAt(end - 1) !== 13) return null
      if (end < n) lineEnd = end - 1
    }
    const line = text.slice(pos, lineEnd)
    if (line.indexOf('\r') >= 0) return null
    let rec: string[]
    if (!quoted || line.indexOf('"') < 0) {
      if (line === '') {
        pos = end + 1
        continue
      }
      rec = line.split(delimiter)
      pos = end + 1
    } else {
      const r = quotedRecord(text, pos, crlf)
      if (!r) return null
      rec = r.rec
      pos = r.next
    }
    if (width < 0) width = rec.length
    else if (rec.length !== width) return null
    out.push(rec)
  }
  return out
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
    // An unquoted field runs to the next comma or the line's end; quotes inside it are kept.
    const comma = text.indexOf(',', pos)
    let end = text.indexOf('\n', pos)
    if (end < 0) end = n
    const lineEnd = crlf && end < n ? end - 1 : end
    if (comma >= 0 && comma < lineEnd) {
      rec.push(text.slice(pos, comma))
      pos = comma + 1
      continue
    }
    const field = text.slice(pos, lineEnd)
    if (field.indexOf('\r') >= 0) return null
    rec.push(field)
    return { rec, next: end + 1 }
  }
}
