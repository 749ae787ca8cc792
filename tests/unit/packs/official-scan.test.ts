import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { planOfficial } from '../../../electron/services/packs/official/plan'

const MAX_FILES = 1000

import { fixtureDir } from './fixture'

let cleanup = () => {}
afterEach(() => cleanup())
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const t = fixtureDir(files)
  cleanup = t.cleanup
  return t.dir
}

/** A workbook whose one sheet inflates to `mb` MB of blanks from a few KB: a zip bomb. */
function bombWorkbook(mb: number): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(mb * 1024 * 1024).fill(32),
    },
    { level: 9 },
  )
}

describe('what a drop of hostile or odd files reads', () => {
  it('refuses a zip bomb workbook inside a zip, as it does one on disk, without inflating it', () => {
    const dir = folder({ 'wages.zip': zipSync({ 'national_M2025_dl.xlsx': bombWorkbook(4) }, { level: 0 }) })
    const [f] = planOfficial([dir]).report.files
    expect(f).toMatchObject({ file: 'wages.zip/national_M2025_dl.xlsx', status: 'skipped' })
    expect(f?.note).toMatch(/zip bomb|far more data/)
  })

  it('a zip with an entry that climbs out of its folder is listed as not opened', () => {
    const dir = folder({ 'db_30_3_text.zip': zipSync({ '../../outside.txt': strToU8('x') }) })
    const [f] = planOfficial([dir]).report.files
    expect(f).toMatchObject({ status: 'skipped' })
    expect(f?.note).toMatch(
      /entry "\.\.\/\.\.\/outside\.txt": .*outside its own folder, so it was not opened/,
    )
  })

  it('a PDF or other binary file is listed as not a table, whatever its name', () => {
    const dir = folder({ 'Occupation Data.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]) })
    expect(planOfficial([dir]).report.files[0]).toMatchObject({
      status: 'skipped',
      note: 'Not read: not a text, CSV or Excel file.',
    })
  })

  it('a zip of thousands of files (photos, a backup) is listed as not opened', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_FILES + 1 }, (_, i) => [`IMG_${i}.txt`, strToU8(`photo ${i}`)]),
    )
    const [f, ...rest] = planOfficial([folder({ 'camera.zip': zipSync(many) })]).report.files
    expect(rest).toEqual([])
    expect(f?.note).toMatch(/it holds 1,001 files, far more than any official download, so it was not opened/)
  })

  it('walks a folder that links back to itself once', () => {
    const dir = folder({ 'a/roster.csv': 'Name,Grade\nAna,10\n' })
    symlinkSync(join(dir, 'a'), join(dir, 'a/again'))
    symlinkSync(join(dir, 'a'), join(dir, 'a/and-again'))
    symlinkSync(dir, join(dir, 'a/up'))
    expect(planOfficial([dir]).report.files.map((f) => f.file)).toEqual(['a/roster.csv'])
  })

  it('stops looking after MAX_FILES files and says to drop only the downloads folder', () => {
    const dir = folder()
    mkdirSync(join(dir, 'Downloads'))
    for (let i = 0; i < MAX_FILES + 5; i++) writeFileSync(join(dir, 'Downloads', `f${i}.txt`), `note ${i}\n`)
    const files = planOfficial([join(dir, 'Downloads')]).report.files
    expect(files).toHaveLength(MAX_FILES + 1)
    expect(files.at(-1)).toMatchObject({ file: 'Downloads', status: 'skipped' })
    expect(files.at(-1)?.note).toMatch(
      /more than 1,000 files .* Drop only the folder that holds the official downloads/,
    )
  })
})

describe('the same download in two places', () => {
  it('the same download from two places: both listed, one used and one a duplicate, each named by where it is', () => {
    const readMe = 'O*NET 27.0 Database\nAugust 2022 Release\n'
    const occ =
      'O*NET-SOC Code\tTitle\tDescription\n29-2072.00\tMedical Records Specialists\tKeeps records.\n'
    const dir = folder({
      'Downloads/db_27_0_text/Read Me.txt': readMe,
      'Downloads/db_27_0_text/Occupation Data.txt': occ,
      'USB/db_27_0_text/Read Me.txt': readMe,
      'USB/db_27_0_text/Occupation Data.txt': occ,
    })
    const files = planOfficial([join(dir, 'Downloads/db_27_0_text'), join(dir, 'USB/db_27_0_text')]).report
      .files
    const occupation = files.filter((f) => f.what === 'O*NET Occupation Data (the occupations)')
    expect(occupation.map((f) => f.status).sort()).toEqual(['duplicate', 'used'])
    expect(new Set(files.map((f) => f.file)).size).toBe(4)
    expect(occupation.map((f) => f.file)).toEqual([
      join(dir, 'Downloads/db_27_0_text/Occupation Data.txt'),
      join(dir, 'USB/db_27_0_text/Occupation Data.txt'),
    ])
  })
})

describe('a zip larger than any official download', () => {
  it('a zip larger than any official download is listed as not opened, without reading it into memory', () => {
    const dir = folder({ 'backup.zip': zipSync({ 'a.txt': strToU8('x') }) })
    // Sparse: 2 GB on paper, a few bytes on disk.
    truncateSync(join(dir, 'backup.zip'), 2 * 1024 ** 3)
    const [f] = planOfficial([dir]).report.files
    expect(f).toMatchObject({ file: expect.stringMatching(/backup\.zip$/), status: 'skipped' })
    expect(f?.note).toMatch(/at 2,147 MB this zip is larger than any official download/)
  })
})
