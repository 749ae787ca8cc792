import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readOews, WAGE_COLUMNS } from '../../electron/services/packs/readers/oews'
import {
  type AreaRow,
  readOewsAreas,
  readOewsIndustries,
} from '../../electron/services/packs/readers/oews-local'

/*
 * Area and industry files with values no BLS file holds. Each is refused at build time naming the
 * file, row and column: before these checks the builder wrote them, and the pack it had just built
 * was then refused at install as "changed after Career Atlas built it" (or, for a state code Excel
 * stripped of its zero, the state could not be chosen).
 */
const dir = mkdtempSync(join(tmpdir(), 'ca-oews-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HEADER = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  ...WAGE_COLUMNS.map((w) => w.toUpperCase()),
  'JOBS_1000',
  'LOC_QUOTIENT',
]
const base: Record<string, string> = {
  AREA: '39',
  AREA_TITLE: 'Ohio',
  AREA_TYPE: '2',
  PRIM_STATE: 'OH',
  NAICS: '000000',
  NAICS_TITLE: 'Cross-industry',
  I_GROUP: 'cross-industry',
  OCC_CODE: '29-2072',
  OCC_TITLE: 'Medical Records Specialists',
  O_GROUP: 'detailed',
  TOT_EMP: '5000',
  JOBS_1000: '1.2',
  LOC_QUOTIENT: '0.9',
}
for (const w of WAGE_COLUMNS) base[w.toUpperCase()] = w.startsWith('a_') ? '50000' : '24'

let n = 0
function csv(rows: Record<string, string>[]): string {
  const file = join(dir, `state_M2025_dl_${++n}.csv`)
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`
  writeFileSync(
    file,
    [HEADER, ...rows.map((r) => HEADER.map((h) => r[h] ?? base[h] ?? ''))]
      .map((r) => r.map(q).join(','))
      .join('\n'),
  )
  return file
}
const areas = (rows: Record<string, string>[]) => {
  const got: AreaRow[] = []
  readOewsAreas([csv(rows)], (r) => got.push(r), null)
  return got
}

describe('hostile area and industry files', () => {
  it('refuses an area title a megabyte long, or with control characters, naming row and column', () => {
    expect(() => areas([{ AREA_TITLE: 'O'.repeat(1_000_000) }])).toThrow(
      /line 2, column AREA_TITLE: .* is not a title/,
    )
    expect(() => areas([{ AREA_TITLE: 'Oh\u0000io' }])).toThrow(/column AREA_TITLE/)
    expect(() => areas([{ AREA_TITLE: '' }])).toThrow(/column AREA_TITLE: the title is empty/)
  })

  it('refuses area codes and states that are not BLS codes', () => {
    expect(() => areas([{ AREA: '39; DROP TABLE' }])).toThrow(
      /column AREA: .* is not a BLS area code \(2 digits for a state\)/,
    )
    expect(() => areas([{ AREA: '' }])).toThrow(/column AREA/)
    expect(() => areas([{ PRIM_STATE: 'Ohio' }])).toThrow(
      /column PRIM_STATE: "OHIO" is not a state postal code/,
    )
  })

  it("gives back the leading zero Excel strips from a CSV's codes (Alabama 01, a nonmetro area)", () => {
    const got = areas([
      { AREA: '1', AREA_TITLE: 'Alabama', PRIM_STATE: 'AL' },
      {
        AREA: '100001',
        AREA_TITLE: 'Northwest Alabama nonmetropolitan area',
        AREA_TYPE: '6',
        PRIM_STATE: 'AL',
      },
    ])
    expect(got.map((r) => r.area)).toEqual(['01', '0100001'])
  })

  it('refuses a figure no wage or count comes near (which the installer would refuse in the built pack)', () => {
    expect(() => areas([{ A_MEDIAN: '1e15' }])).toThrow(
      /line 2, column A_MEDIAN: "1e15" is not a wage or count/,
    )
    expect(areas([{ A_MEDIAN: '239200' }])[0]?.wages.a_median).toBe(239_200)
  })

  it('the national file reads figures and markers by the same rules', async () => {
    const national = (r: Record<string, string>) =>
      readOews(csv([{ AREA: '99', AREA_TITLE: 'U.S.', AREA_TYPE: '1', PRIM_STATE: 'US', ...r }]))
    await expect(national({ A_MEDIAN: '1e15' })).rejects.toThrow(
      /column A_MEDIAN: "1e15" is not a wage or count/,
    )
    const row = (await national({ A_MEDIAN: '~', A_PCT90: '#' })).rows[0]!
    expect(row.wages.a_median).toBeNull()
    expect(row.flags).toEqual({ a_median: 'suppressed', a_pct90: 'topcoded' })
  })

  it('refuses industry codes and groups that are not BLS codes', () => {
    const ind = (r: Record<string, string>) => () =>
      readOewsIndustries(
        [
          csv([
            {
              AREA: '99',
              AREA_TYPE: '1',
              NAICS: '622000',
              NAICS_TITLE: 'Hospitals',
              I_GROUP: '3-digit',
              ...r,
            },
          ]),
        ],
        () => {},
        null,
      )
    expect(ind({})).not.toThrow()
    expect(ind({ NAICS: '622000<script>' })).toThrow(/column NAICS: .* is not how BLS codes an industry/)
    expect(ind({ I_GROUP: 'x'.repeat(500) })).toThrow(/column I_GROUP/)
    expect(ind({ NAICS_TITLE: 'H'.repeat(5000) })).toThrow(/column NAICS_TITLE/)
  })
})
