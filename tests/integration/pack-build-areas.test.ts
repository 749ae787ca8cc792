import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import {
  areaTable,
  FIXTURE_METROS,
  FIXTURE_STATES,
  industryTable,
  NATIONAL_2025,
  nationalRow,
  writeOewsCsv,
  writeOewsWorkbook,
  zipAs,
} from '../support/oews-fixtures'
import { RESOURCES, ROOT, SHARED_DATA, tempDir } from '../support/tmp'

// Area and industry wages from OEWS files in the official layout (generated from the real
// national rows, see tests/support/oews-fixtures.ts): figures exactly as the workbook states them,
// BLS markers kept as flags, and the mistakes a counselor or IT person can make refused by name.
const t = tempDir('ca-areas-')
const STARTER_ONET = join(RESOURCES, 'starter-pack/onet')
const ohio = FIXTURE_STATES[0]!
let stateXlsx = ''
let metroZip = ''
let industryXlsx = ''

beforeAll(async () => {
  stateXlsx = await writeOewsWorkbook(
    join(t.dir, 'state_M2025_dl.xlsx'),
    'state_M2025_dl',
    areaTable({ areas: FIXTURE_STATES }),
  )
  const msa = await writeOewsWorkbook(
    join(t.dir, 'MSA_M2025_dl.xlsx'),
    'MSA_M2025_dl',
    areaTable({ areas: FIXTURE_METROS.filter((m) => m.type === 4) }),
  )
  const bos = writeOewsCsv(
    join(t.dir, 'BOS_M2025_dl.csv'),
    areaTable({ areas: FIXTURE_METROS.filter((m) => m.type === 6) }),
  )
  metroZip = zipAs(join(t.dir, 'oesm25ma.zip'), 'oesm25ma', [msa, bos])
  industryXlsx = await writeOewsWorkbook(
    join(t.dir, 'nat3d_M2025_dl.xlsx'),
    'nat3d_M2025_dl',
    industryTable(),
  )
})
afterAll(() => t.cleanup())

const small = (out: string, area: string[], industry?: string[]) =>
  buildPack({
    out,
    onet: [{ path: STARTER_ONET, release: '30.0' }],
    oews: NATIONAL_2025,
    oewsArea: area,
    oewsIndustry: industry,
  })

describe('area wages in a pack', () => {
  it("stores exactly the state workbook's figures for 29-2072.00, markers as flags, never zero", async () => {
    const out = join(t.dir, 'national-areas.sqlite')
    await buildPack({
      out,
      onet: [join(SHARED_DATA, 'onet/30.3_csv')],
      oews: NATIONAL_2025,
      oewsArea: [stateXlsx, metroZip],
      oewsIndustry: [industryXlsx],
    })
    const db = new Database(out, { readonly: true })
    const nat = nationalRow('29-2072')
    const expectedMedian = Math.round((Number(nat.A_MEDIAN) * ohio.factor) / 10) * 10
    const row = db
      .prepare("SELECT * FROM area_wages WHERE area = '39' AND code = '29-2072.00'")
      .get() as Record<string, unknown>
    expect(row).toMatchObject({
      soc_used: '29-2072',
      basis: 'exact',
      a_median: expectedMedian,
      h_median: Math.round(Number(nat.H_MEDIAN) * ohio.factor * 100) / 100,
      a_pct90: null,
      a_pct10: null,
      tot_emp: null,
      jobs_1000: null,
    })
    expect(JSON.parse(row.flags as string)).toEqual({
      a_pct10: 'suppressed',
      a_pct90: 'topcoded',
      h_pct10: 'suppressed',
      h_pct90: 'topcoded',
      jobs_1000: 'suppressed',
      tot_emp: 'suppressed',
    })
    expect(db.prepare("SELECT * FROM areas WHERE area = '39'").get()).toMatchObject({
      title: 'Ohio',
      area_type: 2,
      state: 'OH',
      release: 'OEWS May 2025',
    })
    // West Virginia's workbook has no 29-2072 row: no figure at all, never a guess.
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM area_wages WHERE area = '54' AND code = '29-2072.00'").get(),
    ).toEqual({
      n: 0,
    })
    // Metro (xlsx) and nonmetro (csv) areas both came out of the zip.
    expect(
      (
        db
          .prepare('SELECT area, area_type, state FROM areas WHERE area_type IN (4, 6) ORDER BY area')
          .all() as unknown[]
      ).length,
    ).toBe(3)
    const zeros = db
      .prepare(
        'SELECT COUNT(*) AS n FROM area_wages WHERE a_median = 0 OR a_pct90 = 0 OR h_pct90 = 0 OR tot_emp = 0',
      )
      .get()
    expect(zeros).toEqual({ n: 0 })
    const ind = db
      .prepare(
        "SELECT naics, naics_title, tot_emp FROM industry_wages WHERE code = '29-2072.00' ORDER BY tot_emp DESC",
      )
      .all() as { naics: string; tot_emp: number }[]
    expect(ind[0]).toMatchObject({ naics: '622000', naics_title: 'Hospitals' })
    expect(ind).toHaveLength(5)
    const src = db.prepare("SELECT * FROM table_sources WHERE table_name = 'area_wages'").get()
    expect(src).toMatchObject({ source_kind: 'oews-area', release: 'OEWS May 2025' })
    db.close()
  })

  it('reads the same figures from a .csv export and from the zip BLS ships', async () => {
    const csv = writeOewsCsv(join(t.dir, 'state_M2025_dl.csv'), areaTable({ areas: [ohio] }))
    const zip = zipAs(join(t.dir, 'oesm25st.zip'), 'oesm25st', [stateXlsx])
    const a = join(t.dir, 'a.sqlite')
    const b = join(t.dir, 'b.sqlite')
    await small(a, [csv])
    await small(b, [zip])
    const q = "SELECT * FROM area_wages WHERE area = '39' ORDER BY code"
    const ra = new Database(a, { readonly: true })
    const rb = new Database(b, { readonly: true })
    expect(ra.prepare(q).all().length).toBeGreaterThan(10)
    expect(ra.prepare(q).all()).toEqual(rb.prepare(q).all())
    ra.close()
    rb.close()
  })

  it('refuses an unknown area type, naming the file and row', async () => {
    const tbl = areaTable({ areas: [ohio] })
    tbl.rows[3]![tbl.header.indexOf('AREA_TYPE')] = '5'
    const bad = await writeOewsWorkbook(join(t.dir, 'bad-type', 'state_M2025_dl.xlsx'), 'state_M2025_dl', tbl)
    await expect(small(join(t.dir, 'x.sqlite'), [bad])).rejects.toThrow(
      /state_M2025_dl\.xlsx, row 5, column AREA_TYPE: the area type "5" is not one BLS uses/,
    )
  })

  it('builds through the CLI with --oews-area, and fails there with the same message and exit code 1', () => {
    const cli = (area: string, out: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'electron/cli/pack.ts'),
          'build',
          '--onet',
          STARTER_ONET,
          '--onet-release',
          '30.0',
          '--oews',
          NATIONAL_2025,
          '--oews-area',
          area,
          '--out',
          out,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      )
    const good = cli(stateXlsx, join(t.dir, 'cli.capack'))
    expect(good.status).toBe(0)
    const db = new Database(join(t.dir, 'cli.capack'), { readonly: true })
    expect(db.prepare('SELECT COUNT(*) AS n FROM areas').get()).toEqual({ n: FIXTURE_STATES.length })
    db.close()
    const bad = cli(join(t.dir, 'bad-type', 'state_M2025_dl.xlsx'), join(t.dir, 'cli-bad.capack'))
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('row 5, column AREA_TYPE: the area type "5" is not one BLS uses')
  })

  it('refuses the same occupation twice within an area, naming the row', async () => {
    const tbl = areaTable({ areas: [ohio] })
    tbl.rows.splice(10, 0, [...tbl.rows[9]!])
    const dup = await writeOewsWorkbook(join(t.dir, 'dup', 'state_M2025_dl.xlsx'), 'state_M2025_dl', tbl)
    await expect(small(join(t.dir, 'x.sqlite'), [dup])).rejects.toThrow(
      /state_M2025_dl\.xlsx, row 12: the occupation \d\d-\d{4} \(\w+\) in area 39 appears twice/,
    )
  })

  it('explains a national file given as an area file', async () => {
    await expect(small(join(t.dir, 'x.sqlite'), [NATIONAL_2025])).rejects.toThrow(
      /national_M2025_dl\.xlsx: the file holds no state, metropolitan or nonmetropolitan area rows\. The national file goes under national wages/,
    )
  })

  it('refuses an area file from another release than the national one', async () => {
    const old = await writeOewsWorkbook(
      join(t.dir, 'state_M2024_dl.xlsx'),
      'state_M2024_dl',
      areaTable({ areas: [ohio], notesFirstLine: 'May 2024 OEWS Estimates' }),
    )
    await expect(small(join(t.dir, 'x.sqlite'), [old])).rejects.toThrow(
      /state_M2024_dl\.xlsx: this file is OEWS May 2024, but the national OEWS file is OEWS May 2025/,
    )
  })

  it('refuses duplicate rows (the same state given twice), naming the second file and row', async () => {
    const all = await writeOewsWorkbook(
      join(t.dir, 'all_data_M_2025.xlsx'),
      'All May 2025 data',
      areaTable({ areas: [ohio], allData: true }),
    )
    await expect(small(join(t.dir, 'x.sqlite'), [stateXlsx, all])).rejects.toThrow(
      /all_data_M_2025\.xlsx, row \d+: the rows of area 39 \(Ohio\) were already read from state_M2025_dl\.xlsx: the area appears twice/,
    )
    // The all-data workbook alone: its national and industry rows are skipped, its areas kept;
    // given as the industry file too, its national industry rows fill "Where they work".
    const out = join(t.dir, 'all.sqlite')
    await small(out, [all], [all])
    const db = new Database(out, { readonly: true })
    expect(db.prepare('SELECT area FROM areas').all()).toEqual([{ area: '39' }])
    expect(db.prepare('SELECT DISTINCT naics FROM industry_wages').all()).toEqual([{ naics: '622000' }])
    db.close()
  })
})
