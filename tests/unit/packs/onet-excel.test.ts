import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openOnetRelease, startOnetFile } from '../../../electron/services/packs/readers/onet-release'
import { rowArrays } from '../../../electron/services/packs/readers/table'
import { SHARED_DATA } from '../../support/tmp'
import { expectPackInvalid, fixtureDir, writeXlsx } from './fixture'

describe('O*NET Excel release', () => {
  it('reads a workbook into the same columns as the text file, numbers as text', async () => {
    const f = fixtureDir({ 'db_29_0_excel/Read Me.txt': 'O*NET 29.0 Database\nAugust 2024 Release\n' })
    const dir = join(f.dir, 'db_29_0_excel')
    await writeXlsx(join(dir, 'Knowledge.xlsx'), {
      Knowledge: [
        ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Data Value'],
        [
          '11-1011.00',
          'Chief Executives',
          '2.C.1.a',
          'Administration and Management',
          'IM',
          'Importance',
          4.78,
        ],
      ],
    })
    try {
      const r = openOnetRelease(dir)
      expect(r.tables.get('knowledge')?.kind).toBe('onet-excel')
      const t = await r.read('knowledge')
      expect(t.rows.at(0)?.[6]).toBe('4.78')
      expect(t.where(0)).toBe('row 2')
    } finally {
      f.cleanup()
    }
  })

  it('reports a workbook gone from disk since the folder was opened as its own read error, as before', async () => {
    // The reader thread reads the file itself; a file it cannot open is not a bad workbook (the
    // message would send the counselor to download it again), it is the error reading it gives.
    const f = fixtureDir({ 'db_29_0_excel/Read Me.txt': 'O*NET 29.0 Database\nAugust 2024 Release\n' })
    const file = join(f.dir, 'db_29_0_excel', 'Knowledge.xlsx')
    await writeXlsx(file, { Knowledge: [['O*NET-SOC Code', 'Data Value']] })
    try {
      const r = openOnetRelease(join(f.dir, 'db_29_0_excel'))
      rmSync(file)
      let expected = ''
      try {
        readFileSync(file)
      } catch (e) {
        expected = (e as Error).message
      }
      await expect(r.read('knowledge')).rejects.toThrow(expected)
      await expect(r.read('knowledge')).rejects.not.toThrow(/cannot be read as an Excel workbook/)
    } finally {
      f.cleanup()
    }
  })

  it('records the SHA-256 of the very bytes of a workbook, read from disk or from a zip', async () => {
    // The reader thread hashes what it parses; a zip entry (no path on disk) is read here and
    // sent to it. Either way the manifest must name the file's own hash, never an empty one.
    const f = fixtureDir({ 'db_29_0_excel/Read Me.txt': 'O*NET 29.0 Database\nAugust 2024 Release\n' })
    const file = join(f.dir, 'db_29_0_excel', 'Knowledge.xlsx')
    await writeXlsx(file, { Knowledge: [['O*NET-SOC Code', 'Data Value']] })
    const bytes = readFileSync(file)
    const zip = join(f.dir, 'db_29_0_excel.zip')
    writeFileSync(zip, zipSync({ 'db_29_0_excel/Knowledge.xlsx': bytes }))
    const expected = createHash('sha256').update(bytes).digest('hex')
    try {
      for (const source of [join(f.dir, 'db_29_0_excel'), zip]) {
        const t = openOnetRelease(source).tables.get('knowledge')!
        expect((await startOnetFile(t)).sha256, source).toBe(expected)
      }
    } finally {
      f.cleanup()
    }
  })

  it('refuses a file that is not a workbook', async () => {
    const f = fixtureDir({ 'db_29_0_excel/Knowledge.xlsx': 'this is not a zip' })
    try {
      const r = openOnetRelease(join(f.dir, 'db_29_0_excel'))
      await expectPackInvalid(
        () => r.read('knowledge'),
        /Knowledge\.xlsx/,
        /cannot be read as an Excel workbook/,
      )
    } finally {
      f.cleanup()
    }
  })

  it('reads the real 29.0 Skills workbook: 35 elements, IM and LV', async () => {
    const t = await openOnetRelease(join(SHARED_DATA, 'onet/29.0_excel')).read('skills')
    expect(t.rows).toHaveLength(61530)
    const el = t.header.indexOf('Element ID')
    expect(new Set(rowArrays(t.rows).map((r) => r[el])).size).toBe(35)
  })
})
