import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CELL,
  ROW,
  readSheetExceljs,
  readSheetFast,
  readSheetFastAsync,
} from '../../electron/services/packs/readers/xlsx-sheet.mjs'
import { SHARED_DATA } from '../support/tmp'

// The streaming reader (xlsx-stream.mjs) must hand the builder exactly the cells exceljs read
// from the official workbooks: numbers in full, shared and inline strings, empty cells, row numbers.
describe('streaming xlsx reader', () => {
  for (const [file, sheet, notes] of [
    ['bls/oews/national_M2025_dl.xlsx', undefined, 'Field Descriptions'],
    ['bls/oews/national_M2024_dl.xlsx', undefined, 'Field Descriptions'],
    ['bls/ep/occupation.xlsx', 'Table 1.2', undefined],
    ['onet/29.0_excel/Skills.xlsx', undefined, undefined],
  ] as const) {
    it(`reads ${file} cell for cell as exceljs does`, async () => {
      const buf = readFileSync(join(SHARED_DATA, file))
      // The streaming reader itself: readSheetPacked would fall back to exceljs and always agree.
      const fast = readSheetFast(buf, sheet, notes)
      const slow = await readSheetExceljs(buf, sheet, notes)
      expect(fast.rowNumbers).toEqual(slow.rowNumbers)
      expect(fast.sheet).toBe(slow.sheet)
      // Empty cells at a row's end may be absent in one and '' in the other: readers index cells
      // by column with `?? ''`, so only the cells with text must agree.
      const trim = (r: string) => {
        let end = r.length
        while (end > 0 && r[end - 1] === CELL) end--
        return r.slice(0, end)
      }
      const rows = (p: string) => p.split(ROW).map(trim)
      const a = rows(fast.packed)
      const b = rows(slow.packed)
      expect(a.length).toBe(b.length)
      const diff = a.findIndex((r, i) => r !== b[i])
      expect(diff === -1 ? null : { row: diff, fast: a[diff], exceljs: b[diff] }).toBeNull()
      if (notes) expect(fast.notesText).toContain('# ')
      // The reader threads inflate with Node's zlib instead of fflate: the very same result.
      expect(await readSheetFastAsync(buf, sheet, notes)).toEqual(fast)
    })
  }

  it('inflating with zlib refuses a damaged sheet as fflate does, and reads a stored one', async () => {
    const { zipSync, unzipSync, strToU8 } = await import('fflate')
    const files = unzipSync(readFileSync(join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx')))
    // Stored (no compression): the same rows.
    const stored = zipSync(files, { level: 0 })
    expect(await readSheetFastAsync(stored)).toEqual(readSheetFast(stored))
    // A sheet whose compressed data is garbage: both refuse it.
    const book = zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8('<worksheet>x</worksheet>') })
    const bad = Buffer.from(book)
    const at = bad.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length
    bad.fill(0xff, at, at + 12)
    expect(() => readSheetFast(bad)).toThrow()
    await expect(readSheetFastAsync(bad)).rejects.toThrow()
  })
})
