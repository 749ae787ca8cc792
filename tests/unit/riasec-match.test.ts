import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { CATALOG_SCHEMA } from '../../electron/services/catalog/schema'
import { loadMatchIndex } from '../../electron/services/interests/catalog-index'
import { expandZones, type MatchIndex, rankAll } from '../../electron/services/interests/rank'
import { hollandToScores } from '../../shared/riasec'
import { SHARED_DATA } from '../support/tmp'

// The matcher (unit vectors, dot products, zone expansion) against a naive Pearson computed here
// straight from O*NET 30.3's interest file, so a bug in either shows up as a different order.
const DIR = join(SHARED_DATA, 'onet/30.3_csv')
const read = (f: string) =>
  parse(readFileSync(join(DIR, f)), { columns: true, bom: true }) as Record<string, string>[]
const ORDER = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']

interface Occ {
  code: string
  title: string
  oi: number[]
  zone: number | null
}
let occs: Occ[]
let index: MatchIndex

function naivePearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b) / x.length
  const my = y.reduce((a, b) => a + b) / y.length
  let num = 0
  let dx = 0
  let dy = 0
  for (let i = 0; i < x.length; i++) {
    num += (x[i]! - mx) * (y[i]! - my)
    dx += (x[i]! - mx) ** 2
    dy += (y[i]! - my) ** 2
  }
  return num / Math.sqrt(dx * dy)
}

beforeAll(() => {
  const zones = new Map(read('job_zones.csv').map((r) => [r['O*NET-SOC Code']!, Number(r['Job Zone'])]))
  const byCode = new Map<string, Occ>()
  for (const r of read('career_interest_types.csv')) {
    if (r['Scale ID'] !== 'OI') continue
    const code = r['O*NET-SOC Code']!
    const o = byCode.get(code) ?? {
      code,
      title: r.Title!,
      oi: [0, 0, 0, 0, 0, 0],
      zone: zones.get(code) ?? null,
    }
    o.oi[ORDER.indexOf(r['Element Name']!)] = Number(r['Data Value'])
    byCode.set(code, o)
  }
  occs = [...byCode.values()]

  const db = new Database(':memory:')
  db.exec(CATALOG_SCHEMA)
  const occ = db.prepare(
    'INSERT INTO occupations (code, soc, title, description, major_group, job_zone) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const int = db.prepare('INSERT INTO interests (code, area, score) VALUES (?, ?, ?)')
  for (const o of occs) {
    occ.run(o.code, o.code.slice(0, 7), o.title, '', o.code.slice(0, 2), o.zone)
    for (const [j, v] of o.oi.entries()) int.run(o.code, 'RIASEC'[j], v)
  }
  const ref = db.prepare("INSERT INTO job_zone_reference VALUES (?, ?, '', '', '', '', '', ?)")
  for (const r of read('job_zone_reference.csv')) {
    const zone = Number(r['Job Zone'])
    ref.run(zone, r.Name, r.Name!.includes('1-2') ? '1,2' : String(zone))
  }
  index = loadMatchIndex(db)
  db.close()
})

function naiveTop(scores: number[], keep: (o: Occ) => boolean, n = 50) {
  return occs
    .filter(keep)
    .map((o) => ({ code: o.code, r: naivePearson(scores, o.oi) }))
    .sort((a, b) => b.r - a.r || (a.code < b.code ? -1 : 1))
    .slice(0, n)
}

function matcherTop(scores: number[], zones: number[] | null, n = 50) {
  const ranking = rankAll(index, scores, zones ? expandZones(zones, index.zoneOptions) : null)!
  return ranking.order.slice(0, n).map((k) => ({ code: index.codes[k]!, r: ranking.r[k]! }))
}

function expectSameOrder(a: { code: string; r: number }[], b: { code: string; r: number }[]) {
  expect(a).toHaveLength(b.length)
  for (let i = 0; i < a.length; i++) {
    expect(a[i]!.r).toBeCloseTo(b[i]!.r, 9)
    // Only a genuine tie (equal r to 1e-9) may swap two careers.
    if (a[i]!.code !== b[i]!.code) expect(Math.abs(a[i]!.r - b[i]!.r)).toBeLessThan(1e-9)
  }
}

describe('matching over the real O*NET 30.3 interest file', () => {
  it('reads every rated occupation', () => {
    expect(occs.length).toBe(923)
    expect(index.size).toBe(923)
  })

  const profiles: [string, number[]][] = [
    ['a typical Profiler result', [31, 12, 7, 25, 18, 9]],
    ['an artistic-social student', [5, 14, 38, 33, 20, 4]],
    ['the Holland code SAE', hollandToScores(['S', 'A', 'E'])],
    ['a realistic-conventional student', [36, 18, 2, 6, 10, 29]],
  ]
  for (const [name, scores] of profiles) {
    it(`ranks the top 50 in the same order as a naive computation for ${name}`, () => {
      const naive = naiveTop(scores, () => true)
      expectSameOrder(matcherTop(scores, null), naive)
      expect(naive[0]!.r).toBeGreaterThan(0.8)
    })
  }

  it('filters by job zone, with zone 1 meaning the merged "Job Zone 1-2" of O*NET 30.3', () => {
    const scores = [31, 12, 7, 25, 18, 9]
    expectSameOrder(
      matcherTop(scores, [4]),
      naiveTop(scores, (o) => o.zone === 4),
    )
    const merged = matcherTop(scores, [1], 1000)
    expect(merged.length).toBe(occs.filter((o) => o.zone === 2).length)
    expectSameOrder(
      merged.slice(0, 50),
      naiveTop(scores, (o) => o.zone === 2),
    )
    expect(index.zoneOptions.map((z) => z.zone)).toEqual([2, 3, 4, 5])
  })

  it('puts a social, artistic student’s best matches among careers with S or A high points', () => {
    const top = matcherTop([5, 14, 38, 33, 20, 4], null, 10)
    for (const m of top) {
      const k = index.codes.indexOf(m.code)
      expect(index.highPoints[k]!.some((a) => a === 'S' || a === 'A')).toBe(true)
    }
  })
})

describe('printed r agrees with its fit label', () => {
  it('never rounds a value up into the next band', async () => {
    const { fitBand, fitLabel, formatR, FIT_BANDS } = await import('../../shared/riasec')
    for (let i = -1000; i <= 1000; i++) {
      const r = i / 1000 - 0.0004
      const shown = Number(formatR(r))
      // The band a reader works out from the printed r and the legend is the band of the label.
      expect(FIT_BANDS.find((b) => shown >= b.min)!.band, `${r}`).toBe(fitBand(r))
    }
    expect(formatR(0.797)).toBe('0.79')
    expect(fitLabel(fitBand(0.797))).toBe('Good fit')
    expect(formatR(0.57)).toBe('0.57')
  })
})
