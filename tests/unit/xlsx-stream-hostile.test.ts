import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { readOewsAreas } from '../../electron/services/packs/readers/oews-local'
import { forEachXlsxRow, forEachXlsxRowAsync } from '../../electron/services/packs/readers/xlsx-stream.mjs'

/** A one-sheet workbook whose sheet XML is written by hand (what a hostile or odd file holds). */
function book(rows: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
  })
}

function rowsOf(buf: Uint8Array): string[][] {
  const out: string[][] = []
  forEachXlsxRow(buf, undefined, (cells: string[]) => out.push(cells))
  return out
}

const dir = mkdtempSync(join(tmpdir(), 'ca-xlsx-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('streaming xlsx reader on hostile cells', () => {
  it('refuses a cell reference past column XFD instead of padding the row with billions of cells', () => {
    const buf = book('<row r="1"><c r="A1"><v>1</v></c><c r="AAAAA1"><v>2</v></c></row>')
    expect(() => rowsOf(buf)).toThrow(/beyond Excel's last column \(XFD\)/)
    // The last real column still reads.
    expect(rowsOf(book('<row r="1"><c r="XFD1"><v>7</v></c></row>'))[0]?.[16_383]).toBe('7')
  })

  it('reads a formula by its cached value, an error cell as its text, a formula without a value as empty', () => {
    const [cells] = rowsOf(
      book(
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"x"</f><v>x</v></c>' +
          '<c r="C1" t="e"><v>#N/A</v></c><c r="D1"><f>A1*2</f></c></row>',
      ),
    )
    expect(cells).toEqual(['2', 'x', '#N/A', ''])
  })

  it('reads number cells as String(+value): exponent, leading and trailing zeros, long and tiny numbers', () => {
    // Most figures are taken as written (a fast path); the rest must still read as Excel shows them.
    const vals = ['0', '7', '0.5', '0.0000001', '1E3', '1.50', '007', '-0', '-12.5', '123456789012345678']
    const more = [
      '1.',
      '.5',
      '12345.678',
      '100',
      '999999999999999',
      '1e21',
      '0.000001',
      '100000000000000000000000',
    ]
    const all = [...vals, ...more]
    const [cells] = rowsOf(book(`<row r="1">${all.map((v) => `<c><v>${v}</v></c>`).join('')}</row>`))
    expect(cells).toEqual(all.map((v) => String(+v)))
  })

  it('an area workbook with such a cell is refused naming the file', () => {
    const file = join(dir, 'state_M2025_dl.xlsx')
    writeFileSync(file, book('<row r="1"><c r="AAAAA1"><v>1</v></c></row>'))
    expect(() => readOewsAreas([file], () => {}, null)).toThrow(/state_M2025_dl\.xlsx.*last column/)
  })

  it('refuses a row that never ends (a sheet inflating to one endless line) instead of gathering it whole', async () => {
    // 40 MB of one cell compresses to a few kB: without a bound the reader would gather it all and
    // search it again for every inflated piece, which holds a build for minutes.
    const buf = book(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(40 << 20)}`)
    expect(() => rowsOf(buf)).toThrow(/a row of the sheet is longer than/)
    await expect(forEachXlsxRowAsync(buf, undefined, () => {})).rejects.toThrow(
      /a row of the sheet is longer than/,
    )
  })

  it('reads a sheet ending in 200,000 row tags that never end (no rows), not for minutes', async () => {
    // 1 MB of `<row>` compresses to a few kB; searching the rest of the sheet for `</row>` again
    // from every one of them took minutes (5 MB: hours).
    const buf = book(`<row r="1"><c><v>1</v></c></row><row/>${'<row>'.repeat(200_000)}`)
    expect(rowsOf(buf)).toEqual([['1'], []])
    await expect(forEachXlsxRowAsync(buf, undefined, () => {})).resolves.toMatchObject({ found: true })
  })

  it('refuses a row of thousands of values without </v> (a 1 kB file) instead of taking gigabytes', async () => {
    // Each such value reads on to the row's end: 10,000 of them are 1 GB of text (20,000 ran out
    // of memory). A cell or two of a damaged file still read as before (xlsx-cells.test.ts).
    const buf = book(`<row r="1">${'<c t="str"><v>1</c>'.repeat(10_000)}</row>`)
    expect(() => rowsOf(buf)).toThrow(/values of the sheet run on past their cells/)
    await expect(forEachXlsxRowAsync(buf, undefined, () => {})).rejects.toThrow(/run on past their cells/)
  })

  it('reads runs and shared strings whose end tags never come (500,000 of them), not for minutes', () => {
    // Each `<t>` or `<si>` used to search the rest of the cell or part again for its end tag.
    const inline = book(`<row r="1"><c t="inlineStr"><is><t>a</t>${'<t>'.repeat(500_000)}</is></c></row>`)
    expect(rowsOf(inline)).toEqual([['a']])
    const shared = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(`<sst><si><t>a</t></si><si/>${'<si>'.repeat(500_000)}</sst>`),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row></sheetData></worksheet>',
      ),
    })
    expect(rowsOf(shared)).toEqual([['a', '', '']])
  })

  it('still reads a long row and rows split across inflated pieces', async () => {
    const long = 'y'.repeat(3 << 20)
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}"><c><v>${i}</v></c></row>`).join(
      '',
    )
    const buf = book(`<row r="1"><c t="inlineStr"><is><t>${long}</t></is></c></row>${rows}`)
    const got = rowsOf(buf)
    expect(got).toHaveLength(20_001)
    expect(got[0]?.[0]).toBe(long)
    expect(got[20_000]?.[0]).toBe('19999')
    const viaZlib: string[][] = []
    await forEachXlsxRowAsync(buf, undefined, (cells: string[]) => viaZlib.push(cells))
    expect(viaZlib).toEqual(got)
  })

  it('refuses a sheet that inflates past the size the zip directory states (a zip bomb)', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join('')
    const buf = book(rows)
    // The sheet is the last entry: its central directory record states its size at offset 24.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
    const eocd = buf.length - 22
    let p = view.getUint32(eocd + 16, true)
    for (let n = view.getUint16(eocd + 10, true); n > 1; n--)
      p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    expect(new TextDecoder().decode(buf.subarray(p + 46, p + 46 + view.getUint16(p + 28, true)))).toBe(
      'xl/worksheets/sheet1.xml',
    )
    view.setUint32(p + 24, 1000, true)
    expect(() => rowsOf(buf)).toThrow(/inflates to more than the 1000 bytes/)
    await expect(forEachXlsxRowAsync(buf, undefined, () => {})).rejects.toThrow(
      /inflates to more than the 1000 bytes/,
    )
  })
})
