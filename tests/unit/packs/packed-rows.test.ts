import { describe, expect, it } from 'vitest'
import { CELL, ROW } from '../../../electron/services/packs/readers/packed-rows.mjs'
import { PackedRows, rowArrays } from '../../../electron/services/packs/readers/table'

const pack = (rows: string[][]) => rows.map((r) => r.join(CELL)).join(ROW)

describe('packed rows (a workbook as the reader thread sends it)', () => {
  it('gives each row after the skipped header, split only when read', () => {
    const rows = new PackedRows(
      pack([
        ['Code', 'Value'],
        ['11-1011.00', '4.5'],
        ['', ''],
        ['29-2072.00', ''],
      ]),
      1,
    )
    expect(rows.length).toBe(3)
    expect(rows.at(2)).toEqual(['29-2072.00', ''])
    expect(rows.at(0)).toEqual(['11-1011.00', '4.5'])
    expect(rows.at(1)).toEqual(['', ''])
    expect(rows.at(3)).toBeUndefined()
    expect(rows.at(-1)).toBeUndefined()
    expect(rowArrays(rows)).toEqual([
      ['11-1011.00', '4.5'],
      ['', ''],
      ['29-2072.00', ''],
    ])
    expect(rows.some((r) => r[0] === '29-2072.00')).toBe(true)
  })

  it('holds no rows for an empty sheet or one with only its header', () => {
    expect(new PackedRows('', 1).length).toBe(0)
    expect(new PackedRows(pack([['Code', 'Value']]), 1).length).toBe(0)
    expect(rowArrays(new PackedRows(pack([['only']]), 0))).toEqual([['only']])
  })
})
