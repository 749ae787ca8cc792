import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, readPackCsv, readPackTsv, STARTER_PACK_DIR } from '../../scripts/starter-pack/pack-files'
import { SHARED_DATA } from '../support/tmp'

/** The official text-release headers (O*NET 27.0 / 30.1 text, 29.0 Knowledge/Skills in text columns). */
const ONET_HEADERS: Record<string, string> = {
  'Occupation Data.txt': 'O*NET-SOC Code|Title|Description',
  'Alternate Titles.txt': 'O*NET-SOC Code|Alternate Title|Short Title|Source(s)',
  'Sample of Reported Titles.txt': 'O*NET-SOC Code|Reported Job Title|Shown in My Next Move',
  'Task Statements.txt': 'O*NET-SOC Code|Task ID|Task|Task Type|Incumbents Responding|Date|Domain Source',
  'Interests.txt': 'O*NET-SOC Code|Element ID|Element Name|Scale ID|Data Value|Date|Domain Source',
  'Job Zones.txt': 'O*NET-SOC Code|Job Zone|Date|Domain Source',
  'Job Zone Reference.txt': 'Job Zone|Name|Experience|Education|Job Training|Examples|SVP Range',
  'Knowledge.txt':
    'O*NET-SOC Code|Element ID|Element Name|Scale ID|Data Value|N|Standard Error|Lower CI Bound|Upper CI Bound|Recommend Suppress|Not Relevant|Date|Domain Source',
  'Skills.txt':
    'O*NET-SOC Code|Element ID|Element Name|Scale ID|Data Value|N|Standard Error|Lower CI Bound|Upper CI Bound|Recommend Suppress|Not Relevant|Date|Domain Source',
  'Work Styles.txt': 'O*NET-SOC Code|Element ID|Element Name|Scale ID|Data Value|Date|Domain Source',
  'Work Values.txt': 'O*NET-SOC Code|Element ID|Element Name|Scale ID|Data Value|Date|Domain Source',
  'Education, Training, and Experience.txt':
    'O*NET-SOC Code|Element ID|Element Name|Scale ID|Category|Data Value|N|Standard Error|Lower CI Bound|Upper CI Bound|Recommend Suppress|Date|Domain Source',
  'Education, Training, and Experience Categories.txt':
    'Element ID|Element Name|Scale ID|Category|Category Description',
  'Related Occupations.txt': 'O*NET-SOC Code|Related O*NET-SOC Code|Relatedness Tier|Index',
  'Technology Skills.txt': 'O*NET-SOC Code|Example|Commodity Code|Commodity Title|Hot Technology',
  'Tools Used.txt': 'O*NET-SOC Code|Example|Commodity Code|Commodity Title',
}

const OEWS_HEADER =
  'AREA|AREA_TITLE|AREA_TYPE|PRIM_STATE|NAICS|NAICS_TITLE|I_GROUP|OWN_CODE|OCC_CODE|OCC_TITLE|O_GROUP|TOT_EMP|EMP_PRSE|JOBS_1000|LOC_QUOTIENT|PCT_TOTAL|PCT_RPT|H_MEAN|A_MEAN|MEAN_PRSE|H_PCT10|H_PCT25|H_MEDIAN|H_PCT75|H_PCT90|A_PCT10|A_PCT25|A_MEDIAN|A_PCT75|A_PCT90|ANNUAL|HOURLY'

const occupations = readPackTsv('Occupation Data.txt')
const codes = occupations.rows.map((r) => r[0]!)
const codeSet = new Set(codes)

describe('starter pack layout', () => {
  it.each(Object.entries(ONET_HEADERS))('%s has the official header and full rows', (name, header) => {
    const t = readPackTsv(name)
    expect(t.header.join('|')).toBe(header)
    expect(t.rows.length).toBeGreaterThan(0)
    for (const row of t.rows) expect(row).toHaveLength(t.header.length)
  })

  it.skipIf(!existsSync(join(SHARED_DATA, 'onet/27.0_text')))('headers equal the official text files', () => {
    for (const [name, dir] of [
      ['Occupation Data.txt', '30.1_text'],
      ['Interests.txt', '30.1_text'],
      ['Work Styles.txt', '30.1_text'],
      ['Task Statements.txt', '27.0_text'],
      ['Technology Skills.txt', '27.0_text'],
      ['Job Zone Reference.txt', '27.0_text'],
      ['Job Zones.txt', '27.0_text'],
      ['Alternate Titles.txt', '27.0_text'],
      ['Sample of Reported Titles.txt', '27.0_text'],
      ['Work Values.txt', '30.1_text'],
      ['Education, Training, and Experience.txt', '27.0_text'],
      ['Education, Training, and Experience Categories.txt', '27.0_text'],
      ['Related Occupations.txt', '27.0_text'],
      ['Tools Used.txt', '27.0_text'],
    ] as const) {
      const officialHeader = readFileSync(join(SHARED_DATA, 'onet', dir, name), 'utf8').split('\n')[0]!
      expect.soft(readPackTsv(name).header.join('\t'), name).toBe(officialHeader.replace(/\r$/, ''))
    }
  })

  it('names the release in Read Me.txt', () => {
    const readMe = readFileSync(join(STARTER_PACK_DIR, 'onet/Read Me.txt'), 'utf8')
    expect(readMe.split('\n')[0]).toBe('Career Atlas Starter Pack 2026.1')
    expect(readMe).toContain('CC BY 4.0')
  })

  it('stays under 3 MB', () => {
    const bytes = listFiles(STARTER_PACK_DIR).reduce((n, f) => n + statSync(f).size, 0)
    expect(bytes).toBeLessThan(3 * 1024 * 1024)
  })

  it('has the OEWS and EP headers and the all-occupations rows', () => {
    const oews = readPackCsv('bls/oews_national.csv')
    expect(oews.header.join('|')).toBe(OEWS_HEADER)
    expect(oews.records.find((r) => r.OCC_CODE === '00-0000')?.OCC_TITLE).toBe('All Occupations')
    const ep = readPackCsv('bls/ep_table_1_2.csv')
    expect(ep.header[1]).toBe('2024 National Employment Matrix code')
    expect(ep.header).toHaveLength(16)
    expect(ep.rows.find((r) => r[1] === '00-0000')?.[0]).toBe('Total, all occupations')
  })
})

describe('starter pack content', () => {
  it('holds at least 45 occupations with our descriptions and 6-10 typed tasks each', () => {
    expect(codes.length).toBeGreaterThanOrEqual(45)
    expect(codeSet.size).toBe(codes.length)
    const tasks = readPackTsv('Task Statements.txt').records
    for (const occ of occupations.records) {
      expect(occ.Description!.length, occ['O*NET-SOC Code']).toBeGreaterThan(80)
      const mine = tasks.filter((t) => t['O*NET-SOC Code'] === occ['O*NET-SOC Code'])
      expect(mine.length, occ['O*NET-SOC Code']).toBeGreaterThanOrEqual(6)
      expect(mine.length, occ['O*NET-SOC Code']).toBeLessThanOrEqual(10)
      for (const t of mine) expect(['Core', 'Supplemental']).toContain(t['Task Type'])
    }
    expect(new Set(tasks.map((t) => t['Task ID'])).size).toBe(tasks.length)
  })

  it('covers every job zone 1-5 and explains each one', () => {
    const zones = readPackTsv('Job Zones.txt').records
    expect(new Set(zones.map((z) => z['O*NET-SOC Code']))).toEqual(codeSet)
    expect(new Set(zones.map((z) => z['Job Zone']))).toEqual(new Set(['1', '2', '3', '4', '5']))
    const ref = readPackTsv('Job Zone Reference.txt').records
    expect(ref.map((r) => r['Job Zone'])).toEqual(['1', '2', '3', '4', '5'])
  })

  it("has every RIASEC area as some occupation's first high point, and OI scores for all", () => {
    const interests = readPackTsv('Interests.txt').records
    const first = interests.filter((r) => r['Element ID'] === '1.B.1.g').map((r) => Number(r['Data Value']))
    expect(new Set(first)).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    for (const code of codes) {
      const oi = interests.filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'OI')
      expect(oi, code).toHaveLength(6)
    }
  })

  it('holds Medical Records Specialists with the May 2025 median and no invented ratings', () => {
    expect(codeSet.has('29-2072.00')).toBe(true)
    const oews = readPackCsv('bls/oews_national.csv').records
    expect(oews.find((r) => r.OCC_CODE === '29-2072')?.A_MEDIAN).toBe('51140')
    for (const name of ['Knowledge.txt', 'Skills.txt']) {
      expect(
        readPackTsv(name).rows.filter((r) => r[0] === '29-2072.00'),
        name,
      ).toHaveLength(0)
    }
    const ep = readPackCsv('bls/ep_table_1_2.csv').rows.find((r) => r[1] === '29-2072')
    expect(ep?.[12]).toBe('Postsecondary nondegree award')
  })

  it('includes the codes the product relies on, and a detailed code that inherits its parent wages', () => {
    for (const code of ['29-2072.00', '15-1251.00', '29-2056.00', '33-3051.00', '33-3051.04', '35-3023.01']) {
      expect(codeSet.has(code), code).toBe(true)
    }
    const oewsSocs = new Set(readPackCsv('bls/oews_national.csv').records.map((r) => r.OCC_CODE))
    const epSocs = new Set(readPackCsv('bls/ep_table_1_2.csv').rows.map((r) => r[1]))
    expect(oewsSocs.has('33-3051')).toBe(true)
    for (const code of codes) {
      expect(oewsSocs.has(code.slice(0, 7)), code).toBe(true)
      expect(epSocs.has(code.slice(0, 7)), code).toBe(true)
    }
  })

  it('keeps all 35 skills where 29.0 rated an occupation, and related pairs inside the pack', () => {
    const skills = readPackTsv('Skills.txt').records
    const rated = new Set(skills.map((r) => r['O*NET-SOC Code']))
    expect(rated.size).toBeGreaterThanOrEqual(45)
    for (const code of rated) {
      const ids = new Set(skills.filter((r) => r['O*NET-SOC Code'] === code).map((r) => r['Element ID']))
      expect(ids.size, code).toBe(35)
    }
    const related = readPackTsv('Related Occupations.txt').rows
    expect(related.length).toBeGreaterThan(0)
    for (const [a, b] of related) expect(codeSet.has(a!) && codeSet.has(b!), `${a} -> ${b}`).toBe(true)
  })

  it('maps every occupation to a career cluster and most to CIP programs', () => {
    const clusters = readPackCsv('crosswalks/All_Career_Clusters.csv')
    expect(clusters.header).toEqual(['Career Cluster', 'Career Pathway', 'Code', 'Occupation'])
    expect(new Set(clusters.records.map((r) => r.Code))).toEqual(codeSet)
    const cw = readPackCsv('crosswalks/CIP2020_SOC2018_Crosswalk.csv')
    expect(cw.header).toEqual(['CIP2020Code', 'CIP2020Title', 'SOC2018Code', 'SOC2018Title'])
    const cips = new Set(cw.records.filter((r) => r.SOC2018Code === '29-2072').map((r) => r.CIP2020Code))
    expect(cips).toEqual(new Set(['51.0706', '51.0707', '51.0713', '51.0721']))
    const list = readPackCsv('crosswalks/CIPCode2020.csv')
    expect(list.header[5]).toBe('CIPDefinition')
    const codesListed = new Set(list.records.map((r) => r.CIPCode))
    // 99.9999 is NCES's "NO MATCH" placeholder, kept as in the official file for the reader to drop.
    const matched = cw.records.filter((r) => r.CIP2020Code !== '99.9999')
    for (const r of matched) expect(codesListed.has(`="${r.CIP2020Code}"`), r.CIP2020Code).toBe(true)
    for (const r of list.records) expect(r.CIPDefinition, r.CIPCode).toBe('')
  })
})
