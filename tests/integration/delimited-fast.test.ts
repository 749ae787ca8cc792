import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { parseDelimitedFast } from '../../electron/services/packs/readers/delimited-fast'
import { SHARED_DATA } from '../support/tmp'

// The fast splitter (readers/delimited-fast.ts) on the real files: csv-parse's records exactly.
const csvParse = (text: string, d: '\t' | ',') =>
  parse(text, { delimiter: d, quote: d === '\t' ? false : '"', relax_quotes: true, skip_empty_lines: true })

describe('fast delimited splitter on the official files', () => {
  it('gives csv-parse’s records for every delimited file in ../shared/data', () => {
    const files: string[] = []
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.(csv|txt)$/i.test(f) && !/read ?me/i.test(f)) files.push(p)
      }
    }
    walk(SHARED_DATA)
    expect(files.length).toBeGreaterThan(20)
    let fast = 0
    for (const p of files) {
      let text = readFileSync(p, 'utf8')
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      const d = p.endsWith('.csv') ? ',' : '\t'
      let expected: string[][]
      try {
        expected = csvParse(text, d)
      } catch {
        expect(parseDelimitedFast(text, d), p).toBeNull()
        continue
      }
      const got = parseDelimitedFast(text, d)
      if (got === null) continue
      fast++
      expect(got.length, p).toBe(expected.length)
      expect(got, p).toEqual(expected)
    }
    // Nearly all official files take the fast path (CIPCode2020.csv has a bare quote inside quotes).
    expect(fast).toBeGreaterThan(files.length - 3)
  })
})
