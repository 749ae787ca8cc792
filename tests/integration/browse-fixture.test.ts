import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { okCaller } from '../support/call-ok'
import { fixtureServices } from './profile-fixture'

describe('browse and compare (fixture pack)', () => {
  let s: Awaited<ReturnType<typeof fixtureServices>>
  const ok = okCaller(() => s)
  beforeAll(async () => {
    s = await fixtureServices()
  })
  afterAll(() => s?.cleanup())

  it('combines cluster, job zone and growth filters with a title filter', async () => {
    const r = await ok('catalog.browse', {
      filters: { cluster: ['Health Science'], jobZone: [3], growth: ['faster'] },
      sort: { by: 'wage', dir: 'desc' },
    })
    expect(r.rows.map((x) => x.code)).toEqual(['29-1141.00', '29-2072.00'])
    const q = await ok('catalog.browse', {
      filters: { cluster: ['Health Science'], q: 'records' },
    })
    expect(q.rows.map((x) => x.title)).toEqual(['Medical Records Specialists'])
  })

  it('sorts missing figures last whichever way the column is sorted', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const r = await ok('catalog.browse', { sort: { by: 'growth', dir } })
      expect(r.rows.at(-1)?.code).toBe('29-1141.01')
    }
  })

  it('counts each facet with the other filters applied but not its own', async () => {
    const f = await ok('catalog.facets', {
      filters: { cluster: ['Health Science'], jobZone: [3] },
    })
    expect(f.cluster.map((c) => c.value)).toEqual(['Health Science'])
    expect(f.cluster.find((c) => c.value === 'Health Science')?.count).toBe(2)
    expect(f.jobZone.map((z) => [z.value, z.count])).toEqual([
      ['3', 2],
      ['4', 1],
    ])
    expect(f.growth.find((g) => g.value === 'faster')?.count).toBe(2)
  })

  it('compares exactly the chosen careers, in order, with their own figures', async () => {
    const c = await ok('catalog.compare', { codes: ['29-2072.00', '15-1252.00'] })
    expect(c.columns.map((x) => x.code)).toEqual(['29-2072.00', '15-1252.00'])
    expect(c.rows.find((r) => r.id === 'median-wage')?.cells).toEqual(['$51,140 a year', '$133,080 a year'])
    expect(c.charts.wages.rows.map((r) => r.median)).toEqual([51140, 133080])
    expect(c.charts.growth.values).toEqual([[7.1, 15.7]])
    expect(c.overlap[1]?.message).toBe('O*NET has not rated knowledge for: Medical Records Specialists.')
  })

  it('refuses more than four careers', async () => {
    const r = await s.call('catalog.compare', {
      codes: ['29-2072.00', '15-1252.00', '29-1141.00', '35-2014.00', '11-1011.00'],
    })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' })
  })
})
