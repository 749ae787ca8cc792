import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readDelimited } from '../../electron/services/packs/readers/delimited'
import { parseDelimitedFast, scanDelimited } from '../../electron/services/packs/readers/delimited-fast'

// The fast splitter must give exactly what csv-parse gives with readDelimited's options, or
// step aside (null) so csv-parse reads the file.
const csvParse = (text: string, d: '\t' | ',') =>
  parse(text, { delimiter: d, quote: d === '\t' ? false : '"', relax_quotes: true, skip_empty_lines: true })

const agree = (text: string, d: '\t' | ',' = ',') => {
  const fast = parseDelimitedFast(text, d)
  if (fast !== null) expect(fast).toEqual(csvParse(text, d))
  return fast
}

describe('fast delimited splitter', () => {
  it('splits plain, quoted, multi-line and escaped-quote records as csv-parse does', () => {
    expect(agree('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
    expect(agree('a,b\r\n"x, y","say ""hi"""\r\n\r\n"two\r\nlines",=""01""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', '=""01""'],
    ])
    expect(agree('a,b\n"",5 "inch"\n,\nlast,row')).toEqual([
      ['a', 'b'],
      ['', '5 "inch"'],
      ['', ''],
      ['last', 'row'],
    ])
    // Tab files take quotes literally.
    expect(agree('Title\tNote\n"Q"\t12" pipe\n', '\t')).toEqual([
      ['Title', 'Note'],
      ['"Q"', '12" pipe'],
    ])
  })

  it('keeps rows as text until they are read, and reads them the same every time', () => {
    // One column (no delimiter to find on any line) and a quote only on the last line.
    expect(agree(`${'x\n'.repeat(5)}"a\nb"\n`)).toEqual([['x'], ['x'], ['x'], ['x'], ['x'], ['a\nb']])
    const t = scanDelimited('h1,h2\n1,2\n\n"3,3",4\n', ',')
    expect(t?.header).toEqual(['h1', 'h2'])
    expect(t?.rows.length).toBe(2)
    expect(t?.rows.at(1)).toEqual(['3,3', '4'])
    expect(t?.rows.at(0)).toEqual(['1', '2'])
    expect(t?.rows.at(1)).toEqual(['3,3', '4'])
    expect(t?.rows.at(2)).toBeUndefined()
    expect(scanDelimited('"a,1",b\n2,3\n', ',')?.header).toEqual(['a,1', 'b'])
  })

  it('leaves what it does not handle to csv-parse', () => {
    expect(agree('a,b\r1,2\r')).toBeNull() // old Mac line ends
    expect(agree('a,b\r\n1,2\n3,4\r\n')).toBeNull() // mixed line ends
    expect(agree('a,b\n"x"y,2\n')).toBeNull() // text after a closing quote
    expect(agree('a,b\n1,2,3\n')).toBeNull() // a record of another length: csv-parse names the line
    expect(agree('a,b\n"open,2\n')).toBeNull() // a quote never closed
    // A CRLF file whose quoted record ends on a bare \n: csv-parse reads on to the next \r\n (and
    // here refuses the record's length); the fast path must not cut the \n's neighbour instead.
    expect(agree('a,b\r\n"x\r\ny",zz\nnext,row\r\n')).toBeNull()
    expect(() => readDelimited(Buffer.from('a,b\n1,2,3\n'), 'x.csv', ',')).toThrow(/x\.csv.*line 2/)
  })

  it('agrees with csv-parse (or steps aside) on thousands of hostile scraps: quotes anywhere, BOM, CR, CRLF, tabs', () => {
    // Seeded, so a disagreement found here is found again: every scrap the fast path accepts must
    // read exactly as csv-parse reads it (and never where csv-parse refuses the text).
    const pieces = ['a', 'b', ',', '"', '""', '\n', '\r', '\r\n', '\t', ' ', '\ufeff', '\x1f']
    let seed = 13
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x80000000
    }
    let accepted = 0
    for (let n = 0; n < 20_000; n++) {
      let text = ''
      for (let i = 1 + Math.floor(rnd() * 16); i > 0; i--) text += pieces[Math.floor(rnd() * pieces.length)]
      for (const d of [',', '\t'] as const) {
        const fast = parseDelimitedFast(text, d)
        if (fast === null) continue
        accepted++
        let ref: unknown
        try {
          ref = csvParse(text, d)
        } catch (e) {
          ref = `csv-parse refuses: ${(e as Error).message}`
        }
        expect({ text, d, rows: fast }).toEqual({ text, d, rows: ref })
      }
    }
    // Most scraps are plain enough for the fast path: the comparison is not vacuous.
    expect(accepted).toBeGreaterThan(10_000)
  })
})
