import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sheetRows } from '../../electron/services/packs/readers/xlsx-cells.mjs'
import { forEachXlsxRow, forEachXlsxRowAsync } from '../../electron/services/packs/readers/xlsx-stream.mjs'

const SHARED =
  '<sst><si><t>zero</t></si><si><r><t>o</t></r><r><rPr><b/></rPr><t>ne</t></r></si><si/>' +
  '<si><t>th&amp;ree</t><rPh sb="0" eb="1"><t>ス</t></rPh></si></sst>'

/** A one-sheet workbook with the sheet XML as given; level 0 stores the sheet uninflated. */
function book(sheetXml: string, level: 0 | 6 = 6): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(SHARED),
    'xl/worksheets/sheet1.xml': [strToU8(sheetXml), { level }],
  })
}

type Row = [number, string[]]

async function bothReaders(buf: Uint8Array): Promise<Row[]> {
  const sync: Row[] = []
  forEachXlsxRow(buf, undefined, (cells: string[], n: number) => sync.push([n, cells]))
  const viaZlib: Row[] = []
  await forEachXlsxRowAsync(buf, undefined, (cells: string[], n: number) => viaZlib.push([n, cells]))
  expect(viaZlib).toEqual(sync)
  return sync
}

const bytes = (s: string) => Buffer.byteLength(s)

describe('xlsx rows scanned in bytes', () => {
  it('reads every kind of cell as Excel shows it unformatted', async () => {
    const xml =
      '<worksheet><sheetData>' +
      '<row r="1" spans="1:10"><c r="A1" t="s"><v>1</v></c><c r="C1" t="b"><v>1</v></c><c t="b"><v>0</v></c>' +
      '<c t="e"><v>#DIV/0!</v></c><c t="str"><v>a&amp;b_x000D_c&#x41;</v></c>' +
      '<c t="inlineStr"><is><r><t>ka</t></r><r><t xml:space="preserve"> na</t></r><rPh sb="0" eb="1"><t>カ</t></rPh></is></c>' +
      '<c r="H1" t="n"><v>2.50</v></c><c r="I1" s="3"/><c r="J1" t="s"><v>3</v></c></row>' +
      // No r= on the row: the one after the last; cells without r= follow the last cell.
      '<row><c t="s"><v></v></c><c t="s"><v> 1 </v></c><c><v>1E3</v></c><c t="str"><v>\uFEFFé😀</v></c></row>' +
      '<row r="7"/><row/>' +
      '<row r="9"><c r="B9"><v>-0</v></c><c r="A9"><v>12.5</v></c></row>' +
      '</sheetData></worksheet>'
    expect(await bothReaders(book(xml))).toEqual([
      [1, ['one', '', 'TRUE', 'FALSE', '#DIV/0!', 'a&b\rcA', 'ka na', '2.5', '', 'th&ree']],
      [2, ['zero', 'one', '1000', '\uFEFFé😀']],
      [7, []],
      [8, []],
      [9, ['12.5', '0']],
    ])
  })

  it('reads a value whose </v> or t= quote is missing as the string reader did: on past its cell', async () => {
    // Damaged cells: the value runs on to the next `</v>` of the row, or to the row's end but its
    // last character; a t= without its closing quote takes the rest of the row the same way.
    const xml =
      '<worksheet><sheetData>' +
      '<row r="1"><c t="str"><v>ab</c><c t="s"><v>1</v></c></row>' +
      '<row r="2"><c><v>7</c><c t="b"><v>1</c></row>' +
      '<row r="3"><c t="str"><v>é</c><c t="str"><v>😀x</c><c t="str"><v>中</v></c></row>' +
      '<row r="4"><c t="str"><v>a😀</row>' +
      '<row r="5"><c t="s><v>1</v></c></row>' +
      '<row r="6"><c t="b></row><row r="7"><c t="s></row><row r="8"><c t="s"><v>3</c></row>' +
      '<row r="9"><c t="str"><v>a</c><c t="str"><v>b</v></c><c t="str"><v>c</c><c><v>4</v></c></row>' +
      '</sheetData></worksheet>'
    expect(await bothReaders(book(xml))).toEqual([
      [1, ['ab</c><c t="s"><v>1', 'one']],
      [2, ['NaN', 'FALSE']],
      [3, ['é</c><c t="str"><v>😀x</c><c t="str"><v>中', '😀x</c><c t="str"><v>中', '中']],
      [4, ['a\uD83D']],
      [5, ['1']],
      [6, ['FALSE']],
      [7, ['zero']],
      [8, ['']],
      [9, ['a</c><c t="str"><v>b', 'b', 'c</c><c><v>4', '4']],
    ])
  })

  it('reads the same rows wherever the inflated pieces are cut', () => {
    // Pieces of every size from 1 byte, and two pieces cut at every byte: a character, a tag, a
    // `</row>`, an entity or a value split anywhere reads as when the sheet comes whole, and each
    // row is handed on once its end has come, not held to the sheet's end (end() adds nothing).
    const xml = Buffer.from(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c><c t="str"><v>a&amp;é😀_x0041_</v></c>' +
        '<c t="inlineStr"><is><t>中</t><rPh><t>ス</t></rPh></is></c><c r="E1"><v>0.50</v></c></row>' +
        '<row r="2"/><row><c t="b"><v>1</v></c><c t="str"><v>x</c><c><v>12</v></c></row>' +
        '<row r="9" spans="1:2"><c t="s"><v>1</v></c></row></sheetData></worksheet>',
    )
    const strings = ['zero', 'one', '', 'th&ree']
    const read = (pieces: Uint8Array[]) => {
      const rows: Row[] = []
      const parser = sheetRows(strings, (cells, n) => rows.push([n, cells]))
      for (const p of pieces) parser.push(p)
      const before = rows.length
      parser.end()
      expect(rows.length).toBe(before)
      return rows
    }
    const whole = read([xml])
    expect(whole).toEqual([
      [1, ['th&ree', 'a&é😀A', '中', '', '0.5']],
      [2, []],
      [3, ['TRUE', 'x</c><c><v>12', '12']],
      [9, ['one']],
    ])
    for (let size = 1; size < xml.length; size++) {
      const pieces = []
      for (let i = 0; i < xml.length; i += size) pieces.push(xml.subarray(i, i + size))
      expect(read(pieces), `pieces of ${size} bytes`).toEqual(whole)
    }
    for (let cut = 1; cut < xml.length; cut++)
      expect(read([xml.subarray(0, cut), xml.subarray(cut)]), `cut at byte ${cut}`).toEqual(whole)
  })

  it('reads a character and a row end that straddle two inflated pieces', async () => {
    // A stored sheet is handed over in 64 kB pieces, zlib's output in 256 kB ones: the filler rows
    // put a 4-byte character across the first boundary, `</row>` across the second and a
    // 3-byte character across 256 kB.
    let xml = '<worksheet><sheetData>'
    const filler = (n: number, upTo: number, before: string) => {
      const open = `<row r="${n}"><c t="inlineStr"><is><t>`
      const close = '</t></is></c></row>'
      const pad = upTo - bytes(xml) - bytes(open) - bytes(close) - bytes(before)
      xml += `${open}${'a'.repeat(pad)}${close}`
    }
    const row2 = '<row r="2"><c t="inlineStr"><is><t>'
    filler(1, (1 << 16) - 2, row2)
    xml += `${row2}😀é</t></is></c><c t="str"><v>x</v></c></row>`
    const row4 = '<row r="4"><c><v>42</v></c></r'
    filler(3, (2 << 16) - bytes(row4), '')
    xml += `${row4}ow><row r="5"><c><v>43</v></c></row>`
    const row7 = '<row r="7"><c t="str"><v>'
    filler(6, (1 << 18) - 1, row7)
    xml += `${row7}中</v></c></row></sheetData></worksheet>`
    expect(
      Buffer.from(xml)
        .subarray((1 << 16) - 2, (1 << 16) + 2)
        .toString(),
    ).toBe('😀')
    expect(
      Buffer.from(xml)
        .subarray((2 << 16) - 3, (2 << 16) + 3)
        .toString(),
    ).toBe('</row>')
    expect(
      Buffer.from(xml)
        .subarray((1 << 18) - 1, (1 << 18) + 2)
        .toString(),
    ).toBe('中')
    for (const level of [0, 6] as const) {
      const rows = await bothReaders(book(xml, level))
      expect(rows.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7])
      expect(rows[1]?.[1]).toEqual(['😀é', 'x'])
      expect(rows[3]?.[1]).toEqual(['42'])
      expect(rows[4]?.[1]).toEqual(['43'])
      expect(rows[6]?.[1]).toEqual(['中'])
    }
  })

  it('reads fractions as String(+value), those that print in exponent form or lose a trailing zero too', async () => {
    const vals = [
      '0.97',
      '0.000012',
      '0.0000012',
      '0.00000012',
      '0.120',
      '0.1.2',
      '0.',
      '0.00',
      '0.12345678901234',
    ]
    const xml = `<worksheet><sheetData><row r="1">${vals.map((v) => `<c><v>${v}</v></c>`).join('')}</row></sheetData></worksheet>`
    const [[, cells] = [0, []]] = await bothReaders(book(xml))
    expect(cells).toEqual(vals.map((v) => String(+v)))
    expect(cells.slice(0, 4)).toEqual(['0.97', '0.000012', '0.0000012', '1.2e-7'])
  })

  it('reads raw bytes that are not UTF-8 as replacement characters, as a text decoder does', async () => {
    const head = strToU8('<worksheet><sheetData><row r="1"><c t="str"><v>a')
    const tail = strToU8('b</v></c><c><v>1')
    const end = strToU8('</v></c></row></sheetData></worksheet>')
    const xml = new Uint8Array([...head, 0xe2, 0x82, ...tail, 0xff, ...end])
    const buf = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': xml,
    })
    expect(await bothReaders(buf)).toEqual([[1, ['a\uFFFDb', 'NaN']]])
  })
})
