import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readPackCsv, readPackTsv } from '../../scripts/starter-pack/pack-files'
import { SHARED_DATA } from '../support/tmp'

/**
 * Everything the starter pack presents as official (titles, ratings, wages) must be found, as is,
 * in the official release it names. A rating we made up, or a value that drifted, fails here.
 */
const HAVE_DATA = existsSync(join(SHARED_DATA, 'onet/29.0_excel/Skills.xlsx'))
const TITLE = HAVE_DATA
  ? 'starter pack provenance'
  : 'starter pack provenance (skipped: ../shared/data is not present to compare against)'

const officialLines = (rel: string) =>
  new Set(readFileSync(join(SHARED_DATA, rel), 'utf8').replace(/\r/g, '').split('\n').slice(1))

async function sheetRows(rel: string, sheet?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(join(SHARED_DATA, rel))
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0]
  const rows: unknown[][] = []
  ws?.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1))
  })
  return rows
}

describe.skipIf(!HAVE_DATA)(TITLE, () => {
  it.each([
    ['Interests.txt', 'onet/30.1_text/Interests.txt'],
    ['Work Styles.txt', 'onet/30.1_text/Work Styles.txt'],
    ['Work Values.txt', 'onet/30.1_text/Work Values.txt'],
    ['Job Zones.txt', 'onet/27.0_text/Job Zones.txt'],
    ['Education, Training, and Experience.txt', 'onet/27.0_text/Education, Training, and Experience.txt'],
    ['Technology Skills.txt', 'onet/27.0_text/Technology Skills.txt'],
    ['Tools Used.txt', 'onet/27.0_text/Tools Used.txt'],
  ])('every row of %s is a row of the official file', (name, rel) => {
    const official = officialLines(rel)
    const foreign = readPackTsv(name).rows.filter((r) => !official.has(r.join('\t')))
    expect(foreign).toEqual([])
  })

  it('occupation titles, reported titles and related pairs match the releases they name', () => {
    const titles = new Map(
      [...officialLines('onet/30.1_text/Occupation Data.txt')].map((l) => {
        const [code = '', title = ''] = l.split('\t')
        return [code, title] as const
      }),
    )
    for (const [code, title] of readPackTsv('Occupation Data.txt').rows)
      expect(title, code).toBe(titles.get(code!))
    const csv = (rel: string) =>
      parse(readFileSync(join(SHARED_DATA, rel)), { columns: true, bom: true }) as Record<string, string>[]
    const reported = new Set(
      csv('onet/30.3_csv/sample_of_reported_titles.csv').map((r) =>
        [r['O*NET-SOC Code'], r['Reported Job Title'], r['Shown in My Next Move']].join('\t'),
      ),
    )
    for (const r of readPackTsv('Sample of Reported Titles.txt').rows)
      expect(reported.has(r.join('\t')), r[1]).toBe(true)
    const related = new Set(
      csv('onet/30.3_csv/related_occupations.csv').map((r) =>
        [r['O*NET-SOC Code'], r['Related O*NET-SOC Code'], r['Relatedness Tier'], r.Index].join('\t'),
      ),
    )
    for (const r of readPackTsv('Related Occupations.txt').rows)
      expect(related.has(r.join('\t')), r.join(' ')).toBe(true)
  })

  it.each(['Knowledge', 'Skills'])(
    '%s ratings equal O*NET 29.0, and unrated occupations have none',
    async (domain) => {
      const rows = await sheetRows(`onet/29.0_excel/${domain}.xlsx`)
      const official = new Map(rows.map((r) => [`${r[0]}|${r[2]}|${r[4]}`, Number(r[6])]))
      const ratedCodes = new Set(rows.map((r) => String(r[0])))
      const pack = readPackTsv(`${domain}.txt`).records
      for (const r of pack) {
        const key = `${r['O*NET-SOC Code']}|${r['Element ID']}|${r['Scale ID']}`
        expect(Number(r['Data Value']), key).toBeCloseTo(official.get(key) ?? Number.NaN, 2)
      }
      const packCodes = new Set(pack.map((r) => r['O*NET-SOC Code']))
      for (const code of readPackTsv('Occupation Data.txt').rows.map((r) => r[0]!)) {
        expect(packCodes.has(code), code).toBe(ratedCodes.has(code))
      }
    },
  )

  it('OEWS rows equal the May 2025 workbook cell for cell, markers included', async () => {
    const rows = await sheetRows('bls/oews/national_M2025_dl.xlsx', 'national_M2025_dl')
    const header = rows[0]!.map(String)
    const byCode = new Map(rows.slice(1).map((r) => [String(r[8]), r]))
    const pack = readPackCsv('bls/oews_national.csv')
    expect(pack.header).toEqual(header)
    for (const r of pack.rows) {
      const official = byCode.get(r[8]!)!
      expect(official, r[8]).toBeDefined()
      expect(r, r[8]).toEqual(
        header.map((_, i) => (official[i] === null || official[i] === undefined ? '' : String(official[i]))),
      )
    }
  })
})
