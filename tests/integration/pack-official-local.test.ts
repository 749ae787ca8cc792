import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { planOfficial } from '../../electron/services/packs/official/plan'
import { readOews } from '../../electron/services/packs/readers/oews'
import { readOewsAreas } from '../../electron/services/packs/readers/oews-local'
import {
  areaTable,
  FIXTURE_METROS,
  FIXTURE_STATES,
  industryTable,
  NATIONAL_2025,
  writeOewsCsv,
  writeOewsWorkbook,
  zipAs,
} from '../support/oews-fixtures'
import { RESOURCES, tempDir } from '../support/tmp'

// A counselor drops the BLS downloads as they come (national, state, metro zip, industry): each
// is recognised by its content, not its name, and goes where the explicit --oews-area and
// --oews-industry options would put it.
const t = tempDir('ca-official-local-')
afterAll(() => t.cleanup())
const dir = join(t.dir, 'downloads')
const ohio = FIXTURE_STATES[0]!

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  symlinkSync(NATIONAL_2025, join(dir, 'national_M2025_dl.xlsx'))
  // Renamed files: what they are is told by their rows, never by their names.
  await writeOewsWorkbook(join(dir, 'wages-by-state.xlsx'), 'state_M2025_dl', areaTable({ areas: [ohio] }))
  const msa = await writeOewsWorkbook(
    join(t.dir, 'MSA_M2025_dl.xlsx'),
    'MSA_M2025_dl',
    areaTable({ areas: FIXTURE_METROS.filter((m) => m.type === 4) }),
  )
  zipAs(join(dir, 'oesm25ma.zip'), 'oesm25ma', [msa])
  await writeOewsWorkbook(join(dir, 'industries.xlsx'), 'nat3d_M2025_dl', industryTable())
})

describe('OEWS area and industry files among the official downloads', () => {
  it('are recognised by content and listed as used, with their release', () => {
    const plan = planOfficial([dir])
    const by = (file: string) => plan.report.files.find((f) => f.file === file)
    expect(by('downloads/wages-by-state.xlsx')).toMatchObject({
      status: 'used',
      what: 'BLS OEWS wages by state and metropolitan area',
      release: 'OEWS May 2025',
    })
    expect(by('oesm25ma.zip/oesm25ma/MSA_M2025_dl.xlsx')).toMatchObject({ status: 'used' })
    expect(by('downloads/industries.xlsx')).toMatchObject({
      status: 'used',
      what: 'BLS OEWS national wages by industry',
    })
    expect(by('downloads/national_M2025_dl.xlsx')).toMatchObject({
      status: 'used',
      what: 'BLS OEWS national wages and employment',
    })
    expect(plan.oewsArea?.map((f) => f.label).sort()).toEqual([
      'downloads/wages-by-state.xlsx',
      'oesm25ma.zip/oesm25ma/MSA_M2025_dl.xlsx',
    ])
    expect(plan.oewsIndustry?.map((f) => f.label)).toEqual(['downloads/industries.xlsx'])
  })

  it('tells the all-data workbook (which starts with national rows) from the national file by its sheet', async () => {
    const other = join(t.dir, 'all')
    await writeOewsWorkbook(
      join(other, 'all_data_M_2025.xlsx'),
      'All May 2025 data',
      areaTable({ areas: [ohio], allData: true }),
    )
    const plan = planOfficial([other])
    expect(plan.oews).toBeUndefined()
    expect(plan.oewsArea?.map((f) => f.label)).toEqual(['all/all_data_M_2025.xlsx'])
    expect(plan.report.files[0]).toMatchObject({ status: 'used', release: 'OEWS May 2025' })
  })

  it('routes a CSV export of the all-data file with the area files, not as the national file', () => {
    // A CSV has no sheet name, and its first 64 kB are national rows: read as the national file it
    // was refused only at its first state row, after the O*NET tables had been written.
    const other = join(t.dir, 'all-csv')
    mkdirSync(other, { recursive: true })
    const file = writeOewsCsv(join(other, 'all_data_M_2025.csv'), areaTable({ areas: [ohio], allData: true }))
    const plan = planOfficial([other])
    expect(plan.oews).toBeUndefined()
    expect(plan.oewsArea?.map((f) => f.label)).toEqual(['all-csv/all_data_M_2025.csv'])
    expect(plan.report.files[0]).toMatchObject({
      status: 'used',
      what: 'BLS OEWS wages by state and metropolitan area',
      release: 'OEWS May 2025',
    })
    const areas = new Set<string>()
    readOewsAreas([file], (r) => areas.add(r.area), null)
    expect([...areas]).toEqual([ohio.area])
  })

  it('a renamed all-data CSV given as the national file is refused at its first area row, saying what it is', async () => {
    const other = join(t.dir, 'all-renamed')
    mkdirSync(other, { recursive: true })
    const file = writeOewsCsv(join(other, 'wages.csv'), areaTable({ areas: [ohio], allData: true }))
    await expect(readOews(file)).rejects.toMatchObject({
      message: expect.stringMatching(/wages\.csv.*holds area wages \(AREA_TYPE 2\)/),
    })
    await expect(readOews(file)).rejects.toMatchObject({ fix: expect.stringMatching(/as area wages/) })
  })

  it('builds area and industry wages from the dropped files as the explicit options do', async () => {
    const out = join(t.dir, 'dropped.sqlite')
    await buildPack({
      out,
      onet: [{ path: join(RESOURCES, 'starter-pack/onet'), release: '30.0' }],
      official: [dir],
    })
    const db = new Database(out, { readonly: true })
    try {
      expect(db.prepare('SELECT area FROM areas ORDER BY area').all()).toEqual([
        { area: '17460' },
        { area: '18140' },
        { area: '39' },
      ])
      const oh = db.prepare("SELECT a_median FROM area_wages WHERE area = '39' AND code = '29-2072.00'").get()
      expect(oh).toBeTruthy()
      expect(db.prepare('SELECT COUNT(DISTINCT naics) AS n FROM industry_wages').get()).toEqual({ n: 5 })
    } finally {
      db.close()
    }
    // An explicit area file replaces the ones found (and the report says so).
    const only = join(t.dir, 'explicit.sqlite')
    const r = await buildPack({
      out: only,
      onet: [{ path: join(RESOURCES, 'starter-pack/onet'), release: '30.0' }],
      official: [dir],
      oewsArea: [join(dir, 'wages-by-state.xlsx')],
    })
    expect(r.official?.files.find((f) => f.file === 'oesm25ma.zip/oesm25ma/MSA_M2025_dl.xlsx')).toMatchObject(
      {
        status: 'skipped',
        note: expect.stringMatching(/explicit option/),
      },
    )
    const db2 = new Database(only, { readonly: true })
    expect(db2.prepare('SELECT area FROM areas').all()).toEqual([{ area: '39' }])
    db2.close()
  })
})
