import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readEp } from '../../../electron/services/packs/readers/ep'
import { readOews } from '../../../electron/services/packs/readers/oews'
import { SHARED_DATA } from '../../support/tmp'
import { expectPackInvalid, fixtureDir, writeXlsx } from './fixture'

const OEWS_HEADER =
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY'
const oewsRow = (code: string, title: string, group: string, wages: string, flags = ',') =>
  `99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,${code},"${title}",${group},1000,1,,,,,${wages},${flags}`

describe('OEWS national wages', () => {
  it('flags * as suppressed and # as top-coded instead of storing 0, and marks hourly-only rows', async () => {
    // Columns: H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10..H_PCT90,A_PCT10..A_PCT90
    const f = fixtureDir({
      'oews_national.csv': [
        OEWS_HEADER,
        oewsRow('29-1211', 'Anesthesiologists', 'detailed', '#,#,1,60,90,#,#,#,125000,190000,#,#,#'),
        oewsRow(
          '27-2011',
          'Actors',
          'detailed',
          '58.29,*,8.4,16.5,20.34,29.05,97.95,143.68,*,*,*,*,*',
          ',TRUE',
        ),
      ].join('\n'),
    })
    try {
      const d = await readOews(join(f.dir, 'oews_national.csv'), 'OEWS May 2025')
      const [doc, actor] = d.rows
      expect(doc!.wages.a_median).toBeNull()
      expect(doc!.flags).toMatchObject({ a_median: 'topcoded', a_pct90: 'topcoded', h_mean: 'topcoded' })
      expect(doc!.wages.a_pct10).toBe(125000)
      expect(actor!.hourlyOnly).toBe(true)
      expect(actor!.wages.h_median).toBe(29.05)
      expect(actor!.flags.a_median).toBe('suppressed')
    } finally {
      f.cleanup()
    }
  })

  it('refuses a wage that is not a number, naming the row and column', async () => {
    const f = fixtureDir({
      'oews.csv': [
        OEWS_HEADER,
        oewsRow('29-2072', 'Medical Records Specialists', 'detailed', '24,51140,1,x,1,1,1,1,1,1,1,1,1'),
      ].join('\n'),
    })
    try {
      await expectPackInvalid(
        () => readOews(join(f.dir, 'oews.csv')),
        /oews\.csv, line 2, column H_PCT10/,
        /"x"/,
      )
    } finally {
      f.cleanup()
    }
  })

  it('refuses a file without the OEWS columns', async () => {
    const f = fixtureDir({ 'oews.csv': 'OCC_CODE,OCC_TITLE\n29-2072,X\n' })
    try {
      await expectPackInvalid(() => readOews(join(f.dir, 'oews.csv')), /column "O_GROUP" is missing/)
    } finally {
      f.cleanup()
    }
  })

  it('refuses a state file and a repeated occupation', async () => {
    const state = oewsRow(
      '29-2072',
      'Medical Records Specialists',
      'detailed',
      '1,1,1,1,1,1,1,1,1,1,1,1,1',
    ).replace('99,U.S.,1,', '06,California,2,')
    const row = oewsRow('29-2072', 'Medical Records Specialists', 'detailed', '1,1,1,1,1,1,1,1,1,1,1,1,1')
    const f = fixtureDir({
      'state.csv': [OEWS_HEADER, state].join('\n'),
      'twice.csv': [OEWS_HEADER, row, row].join('\n'),
    })
    try {
      await expectPackInvalid(() => readOews(join(f.dir, 'state.csv')), /not the national file/)
      await expectPackInvalid(
        () => readOews(join(f.dir, 'twice.csv')),
        /twice\.csv, line 3/,
        /29-2072 \(detailed\) appears twice/,
      )
    } finally {
      f.cleanup()
    }
  })

  it('refuses another BLS workbook given as the wage file', async () => {
    await expectPackInvalid(
      () => readOews(join(SHARED_DATA, 'bls/ep/occupation.xlsx')),
      /occupation\.xlsx/,
      /column headings/,
    )
  })

  it('reads the real May 2025 workbook: 29-2072 median $51,140 and its percentiles', async () => {
    const d = await readOews(join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx'))
    expect(d.release).toBe('OEWS May 2025')
    expect(d.rows).toHaveLength(1401)
    const mrs = d.rows.find((r) => r.soc === '29-2072')!
    expect(mrs.totEmp).toBe(194720)
    expect([
      mrs.wages.a_pct10,
      mrs.wages.a_pct25,
      mrs.wages.a_median,
      mrs.wages.a_pct75,
      mrs.wages.a_pct90,
    ]).toEqual([37000, 43490, 51140, 64820, 81150])
    expect(d.rows.find((r) => r.soc === '27-2011')?.hourlyOnly).toBe(true)
    // The workbook's own note on # gives the top-code a profile shows as "$239,200 or more".
    expect(d.topcode).toEqual({ hourly: 115, annual: 239200 })
  })

  it('flags the real May 2024 top-coded wages (#) rather than reading them as 0', async () => {
    const d = await readOews(join(SHARED_DATA, 'bls/oews/national_M2024_dl.xlsx'))
    const mgmt = d.rows.find((r) => r.soc === '11-0000')!
    expect(mgmt.flags.a_pct90).toBe('topcoded')
    expect(mgmt.wages.a_pct90).toBeNull()
    expect(d.rows.some((r) => Object.values(r.wages).some((v) => v === 0))).toBe(false)
  })
})

describe('EP Table 1.2 projections', () => {
  it('skips the title and footnote rows, trims indented titles and converts thousands', async () => {
    const f = fixtureDir({})
    const file = join(f.dir, 'occupation.xlsx')
    const header = [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment, 2034',
      'Employment distribution, percent, 2024',
      'Employment distribution, percent, 2034',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
      'Percent self employed, 2024',
      'Occupational openings, 2024–34 annual average',
      'Median annual wage, dollars, 2024[1]',
      'Typical education needed for entry',
      'Work experience in a related occupation',
      'Typical on-the-job training needed to attain competency in the occupation',
    ]
    await writeXlsx(file, {
      Index: [['x']],
      'Table 1.2': [
        ['Table 1.2 Occupational projections (Employment in thousands)'],
        header,
        [
          'Total, all occupations',
          '00-0000',
          'Summary',
          169956.1,
          175167.9,
          100,
          100,
          5211.8,
          3.1,
          5.8,
          18863.3,
          49500,
          '—',
          '—',
          '—',
        ],
        [
          '      Medical records specialists',
          '29-2072',
          'Line item',
          194.8,
          208.6,
          0.1,
          0.1,
          13.8,
          7.1,
          1,
          14.2,
          50250,
          'Postsecondary nondegree award',
          'None',
          'None',
        ],
        ['Footnotes:'],
        ['[1] Data are from the OEWS program.'],
      ],
    })
    try {
      const d = await readEp(file)
      expect(d.release).toBe('EP 2024-34')
      expect(d.rows).toHaveLength(2)
      expect(d.rows[1]).toMatchObject({
        soc: '29-2072',
        title: 'Medical records specialists',
        empBase: 194800,
        empProj: 208600,
        openings: 14200,
        education: 'Postsecondary nondegree award',
      })
      expect(d.rows[0]!.education).toBeNull()
    } finally {
      f.cleanup()
    }
  })

  it('refuses a workbook without Table 1.2, listing the sheets it has', async () => {
    const f = fixtureDir({})
    const file = join(f.dir, 'occupation.xlsx')
    await writeXlsx(file, { 'Table 1.1': [['x']] })
    try {
      await expectPackInvalid(() => readEp(file), /occupation\.xlsx/, /"Table 1\.2" is missing/, /Table 1\.1/)
    } finally {
      f.cleanup()
    }
  })

  it('reads the real EP 2024-34 workbook', async () => {
    const d = await readEp(join(SHARED_DATA, 'bls/ep/occupation.xlsx'))
    expect(d.rows.filter((r) => r.type === 'Line item')).toHaveLength(832)
    expect(d.rows.find((r) => r.soc === '29-2072')).toMatchObject({
      empBase: 194800,
      empProj: 208600,
      openings: 14200,
      changePct: 7.1,
    })
  })
})
