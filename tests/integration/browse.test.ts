import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { okCaller } from '../support/call-ok'
import { nationalServices } from '../support/national-pack'

describe('browse (national pack)', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  const ok = okCaller(() => s)
  beforeAll(async () => {
    s = await nationalServices()
  })
  afterAll(() => s?.cleanup())

  it('finds Medical Records Specialists with three filters, and the facet counts agree with the results', async () => {
    const filters = { cluster: ['Health Science'], jobZone: [3], brightOutlook: true }
    const r = await ok('catalog.browse', {
      filters,
      sort: { by: 'wage', dir: 'desc' },
      pageSize: 200,
    })
    expect(r.rows.map((x) => x.code)).toContain('29-2072.00')
    expect(r.rows.every((x) => x.jobZone === 3 && x.brightOutlook)).toBe(true)
    const wages = r.rows.map((x) => x.medianWage).filter((w): w is number => w !== null)
    expect(wages).toEqual([...wages].sort((a, b) => b - a))
    const f = await ok('catalog.facets', { filters })
    expect(f.cluster.find((c) => c.value === 'Health Science')?.count).toBe(r.total)
    expect(f.jobZone.find((z) => z.value === '3')?.count).toBe(r.total)
    expect(f.brightOutlook).toBe(r.total)
  })

  it('narrows by wage band, growth band and interest high point', async () => {
    const r = await ok('catalog.browse', {
      filters: { wage: ['45-60'], growth: ['faster', 'much-faster'], interest: ['C'] },
      pageSize: 500,
    })
    expect(r.total).toBeGreaterThan(0)
    for (const x of r.rows) {
      expect(x.medianWage).toBeGreaterThanOrEqual(45_000)
      expect(x.medianWage).toBeLessThan(60_000)
      expect(Math.round(x.growthPercent!)).toBeGreaterThanOrEqual(5)
      expect(x.riasecCode?.[0]).toBe('C')
    }
    expect(r.rows.map((x) => x.code)).toContain('29-2072.00')
  })

  it('counts every occupation once across the SOC major groups', async () => {
    const all = await ok('catalog.browse', { pageSize: 1 })
    const f = await ok('catalog.facets', {})
    expect(f.majorGroup.reduce((n, g) => n + g.count, 0)).toBe(all.total)
    expect(all.total).toBe(1016)
  })
})
