import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callOk } from '../support/call-ok'
import { nationalServices } from '../support/national-pack'
import { SHARED_DATA } from '../support/tmp'

/** Reads the first sheet of an official workbook as objects keyed by its header row. */
async function sheetRows(file: string, keep: (r: Record<string, unknown>) => boolean) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.worksheets[0]!
  const header = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''))
  const out: Record<string, unknown>[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const vals = row.values as unknown[]
    const obj = Object.fromEntries(header.map((h, i) => [h, vals[i]] as const))
    if (keep(obj)) out.push(obj)
  })
  return out
}

// The profile on the full national pack, checked against the official files themselves.
describe('occupation profile (national pack)', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  const profile = (code: string) => callOk(s, 'catalog.profile', { code })
  beforeAll(async () => {
    s = await nationalServices()
  })
  afterAll(() => s?.cleanup())

  it('shows exactly the OEWS May 2025 wage figures for Medical Records Specialists', async () => {
    const [row] = await sheetRows(
      join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx'),
      (r) => r.OCC_CODE === '29-2072',
    )
    const p = await profile('29-2072.00')
    const a = p.wages!.annual
    expect([a.p10, a.p25, a.median, a.p75, a.p90].map((f) => f.value)).toEqual(
      ['A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90'].map((k) => Number(row![k])),
    )
    expect([a.p10, a.p25, a.median, a.p75, a.p90].map((f) => f.value)).toEqual([
      37000, 43490, 51140, 64820, 81150,
    ])
    expect(p.wages!.hourly.median.value).toBe(Number(row!.H_MEDIAN))
    expect(p.wages!.employment.value).toBe(Number(row!.TOT_EMP))
    expect(p.wages).toMatchObject({ basis: 'exact', socUsed: '29-2072', release: 'OEWS May 2025' })
    expect(p.overview.find((o) => o.id === 'median-wage')).toMatchObject({ text: '$51,140' })
    expect(p.charts.wagesAnnual?.rows[0]).toMatchObject({ p10: 37000, median: 51140, p90: 81150 })
  })

  it('states the outlook in BLS wording with the all-occupations figure, and the entry education', async () => {
    const p = await profile('29-2072.00')
    expect(p.keyFacts.map((f) => f.text)).toEqual(
      expect.arrayContaining([
        'Employment is projected to grow faster than average (7.1% vs 3.1% for all occupations, 2024–2034).',
        'Typical entry education: postsecondary nondegree award.',
      ]),
    )
    expect(p.outlook.brightOutlook).toBe(true)
    expect(p.outlook.brightRule).toMatch(/6\.2%/)
  })

  it('says O*NET has not rated Medical Records Specialists for knowledge instead of showing another list', async () => {
    const p = await profile('29-2072.00')
    const k = p.ratings.find((r) => r.domain === 'knowledge')!
    expect(k).toMatchObject({ status: 'not-rated', items: [] })
    expect(k.message).toBe('O*NET has not rated this occupation for knowledge.')
    expect(p.ratings.find((r) => r.domain === 'abilities')?.status).toBe('not-in-pack')
  })

  it('lists the top five work styles in the order of the official O*NET 30.1 importance ratings', async () => {
    const code = '29-2072.00'
    const text = readFileSync(join(SHARED_DATA, 'onet/30.1_text/Work Styles.txt'), 'utf8')
    const official = text
      .split(/\r?\n/)
      .map((l) => l.split('\t'))
      .filter((c) => c[0] === code && c[3] === 'WI')
      .map((c) => ({ name: c[2]!, im: Number(c[4]) }))
      .sort((a, b) => b.im - a.im)
    const p = await profile(code)
    const top5 = p.ratings.find((r) => r.domain === 'work_styles')!.items.slice(0, 5)
    expect(top5.map((i) => [i.name, i.importance])).toEqual(official.slice(0, 5).map((o) => [o.name, o.im]))
    expect(top5[0]?.name).toBe('Attention to Detail')
  })

  it('orders every rated domain by importance, highest first (Registered Nurses)', async () => {
    const p = await profile('29-1141.00')
    const rated = p.ratings.filter((r) => r.status === 'rated')
    expect(rated.map((r) => r.domain)).toEqual(['knowledge', 'skills', 'work_styles', 'work_values'])
    for (const d of rated) {
      expect(d.items.length).toBeGreaterThanOrEqual(5)
      for (let n = 1; n < d.items.length; n++)
        expect(d.items[n - 1]!.importance!).toBeGreaterThanOrEqual(d.items[n]!.importance!)
    }
    expect(
      p.ratings
        .find((r) => r.domain === 'knowledge')
        ?.items.slice(0, 3)
        .map((i) => i.name),
    ).toEqual(['Psychology', 'Customer and Personal Service', 'Medicine and Dentistry'])
  })

  it('shows a detailed .01 occupation the wages of its parent SOC and says so', async () => {
    const child = await profile('29-1141.01')
    const parent = await profile('29-1141.00')
    expect(child.wages).toMatchObject({ basis: 'inherited', socUsed: '29-1141' })
    expect(child.wages!.annual.median).toEqual(parent.wages!.annual.median)
    expect(child.wages!.basisNote).toMatch(/SOC 29-1141/)
  })

  it('fills the counselor sections from the pack: titles, tasks, programs, cluster, technology, sources', async () => {
    const p = await profile('29-2072.00')
    expect(p.sampleTitles.items.length).toBeGreaterThan(10)
    expect(p.tasks.length).toBeGreaterThan(10)
    expect(p.programs.items.map((x) => x.cip)).toEqual(expect.arrayContaining(['51.0707', '51.0713']))
    expect(p.clusters.items).toContainEqual({ cluster: 'Health Science', pathway: 'Health Informatics' })
    expect(p.technology.items.some((t) => t.hot)).toBe(true)
    expect(p.jobZone?.zone).toBe(3)
    expect(p.sources.map((x) => x.release)).toEqual(expect.arrayContaining(['OEWS May 2025', 'EP 2024-34']))
  })
})
