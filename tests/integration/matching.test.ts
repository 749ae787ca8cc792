import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatchExplanation, MatchResult } from '../../shared/domain/interests'
import { nationalServices } from '../support/national-pack'
import { SHARED_DATA } from '../support/tmp'

// The whole chain on real data: the national pack built from ../shared/data, loaded by the
// matcher, called through dispatch, against a naive Pearson over O*NET 30.3's interest file.
type S = Awaited<ReturnType<typeof nationalServices>>
let s: S
let studentId = 0
const DIR = join(SHARED_DATA, 'onet/30.3_csv')
const rows = (f: string) =>
  parse(readFileSync(join(DIR, f)), { columns: true, bom: true }) as Record<string, string>[]
const AREAS = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']
const SCORES = { R: 9, I: 27, A: 6, S: 33, E: 15, C: 21 }

function naive(scores: number[], keep: (code: string) => boolean) {
  const byCode = new Map<string, number[]>()
  for (const r of rows('career_interest_types.csv')) {
    if (r['Scale ID'] !== 'OI') continue
    const v = byCode.get(r['O*NET-SOC Code']!) ?? []
    v[AREAS.indexOf(r['Element Name']!)] = Number(r['Data Value'])
    byCode.set(r['O*NET-SOC Code']!, v)
  }
  const r = (a: number[], b: number[]) => {
    const ma = a.reduce((x, y) => x + y) / 6
    const mb = b.reduce((x, y) => x + y) / 6
    let n = 0
    let da = 0
    let db = 0
    for (let i = 0; i < 6; i++) {
      n += (a[i]! - ma) * (b[i]! - mb)
      da += (a[i]! - ma) ** 2
      db += (b[i]! - mb) ** 2
    }
    return n / Math.sqrt(da * db)
  }
  return [...byCode]
    .filter(([code]) => keep(code))
    .map(([code, v]) => ({ code, r: r(scores, v) }))
    .sort((a, b) => b.r - a.r || (a.code < b.code ? -1 : 1))
}

beforeAll(async () => {
  s = await nationalServices()
  const st = await s.call('students.create', { name: 'Amara Okafor', grade: 10 })
  if (!st.ok) throw new Error(st.message)
  studentId = (st.value as { id: number }).id
  const p = await s.call('interests.add', {
    studentId,
    takenOn: '2026-02-01',
    source: 'profiler',
    scores: SCORES,
  })
  if (!p.ok) throw new Error(p.message)
})
afterAll(() => s?.cleanup())

async function match(input: object): Promise<Extract<MatchResult, { kind: 'ranked' }>> {
  const r = await s.call('interests.match', { studentId, ...input })
  if (!r.ok || (r.value as MatchResult).kind !== 'ranked') throw new Error(JSON.stringify(r).slice(0, 300))
  return r.value as Extract<MatchResult, { kind: 'ranked' }>
}

describe('matching on the national pack', () => {
  it('ranks the top 50 exactly as a naive Pearson over the official interest file', async () => {
    const got = (await match({ limit: 50 })).matches
    const want = naive(Object.values(SCORES), () => true).slice(0, 50)
    expect(got.map((m) => m.code)).toEqual(want.map((w) => w.code))
    for (const [i, m] of got.entries()) expect(m.r).toBeCloseTo(want[i]!.r, 9)
  })

  it('treats zone 1 as the pack’s merged "Job Zone 1-2" and filters the rest by their own zone', async () => {
    const zones = new Map(rows('job_zones.csv').map((r) => [r['O*NET-SOC Code']!, Number(r['Job Zone'])]))
    const r = await match({ zones: [1], limit: 1000 })
    expect(r.zones.find((z) => z.covers.includes(1))?.zone).toBe(2)
    const want = naive(Object.values(SCORES), (c) => zones.get(c) === 2)
    expect(r.considered).toBe(want.length)
    expect(r.matches.slice(0, 50).map((m) => m.code)).toEqual(want.slice(0, 50).map((w) => w.code))
    const z4 = await match({ zones: [4], limit: 1000 })
    expect(z4.matches.every((m) => m.jobZone === 4)).toBe(true)
  })

  it('explains Medical Records Specialists from the pack’s own ratings', async () => {
    const r = await s.call('interests.explain', { studentId, code: '29-2072.00' })
    if (!r.ok) throw new Error(r.message)
    const e = r.value as MatchExplanation
    const want = naive(Object.values(SCORES), () => true)
    const k = want.findIndex((w) => w.code === '29-2072.00')
    expect(e.rank).toBe(k + 1)
    expect(e.match.r).toBeCloseTo(want[k]!.r, 9)
    expect(e.match.occupationHighPoint[0]).toBe('C')
    // Pay and outlook ride along from the same pack (OEWS May 2025 median for 29-2072).
    expect(e.match.medianWage).toBe(51140)
    expect(e.match.brightOutlook).toBe(true)
    expect(e.source).toMatch(/30\.3/)
  })
})
