import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildComparison } from '../../electron/services/catalog/compare'
import type { Comparison, OccupationProfile } from '../../shared/domain/catalog'
import { nationalServices } from '../support/national-pack'

describe('compare (national pack)', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await s.call(method, input)
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
    return r.value as T
  }
  beforeAll(async () => {
    s = await nationalServices()
  })
  afterAll(() => s?.cleanup())

  const codes = ['29-2072.00', '15-1252.00', '29-1141.01']

  it('shows exactly the chosen careers, in the chosen order, with each one’s own figures', async () => {
    const c = await ok<Comparison>('catalog.compare', { codes })
    const profiles = await Promise.all(
      codes.map((code) => ok<OccupationProfile>('catalog.profile', { code })),
    )
    expect(c.columns.map((x) => x.code)).toEqual(codes)
    profiles.forEach((p, i) => {
      const col = c.columns[i]!
      expect(col.title).toBe(p.title)
      expect(col.medianWage).toEqual(p.wages!.annual.median)
      expect(col.growthPercent).toBe(p.projections?.changePercent ?? null)
      expect(col.openings).toBe(p.projections?.openingsPerYear ?? null)
      expect(c.charts.wages.rows[i]).toMatchObject({
        label: p.title,
        p10: p.wages!.annual.p10.value,
        median: p.wages!.annual.median.value,
        p90: p.wages!.annual.p90.value,
      })
    })
    expect(c.rows.find((r) => r.id === 'median-wage')?.cells[0]).toBe('$51,140 a year')
    expect(c.charts.growth.values[0]?.[0]).toBe(7.1)
    expect(c.charts.interests?.series.map((x) => x.label)).toEqual(profiles.map((p) => p.title))
  })

  it('says which careers O*NET has not rated instead of inventing an overlap', async () => {
    const c = await ok<Comparison>('catalog.compare', { codes })
    const knowledge = c.overlap.find((o) => o.domain === 'knowledge')!
    expect(knowledge.message).toMatch(/Medical Records Specialists/)
    for (const sh of knowledge.shared) expect(sh.importance[0]).toBeNull()
  })

  it('is a pure builder the reports can call with profiles they already hold', async () => {
    const profiles = await Promise.all(
      codes.map((code) => ok<OccupationProfile>('catalog.profile', { code })),
    )
    const c = await ok<Comparison>('catalog.compare', { codes })
    expect(buildComparison(profiles)).toEqual(c)
  })
})
