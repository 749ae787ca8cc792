import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HomeAreaSettings } from '../../shared/api/settings'
import type { OccupationProfile } from '../../shared/domain/catalog'
import { formatLocal } from '../../shared/local-wages'
import { areaServices } from '../support/area-pack'
import { FIXTURE_STATES, nationalRow } from '../support/oews-fixtures'

// The counselor's home area: chosen in Settings from the areas the pack holds, then shown on the
// profile beside the national figures, exactly as the state workbook states them.
describe('home area (national pack + OEWS state workbook)', () => {
  let s: Awaited<ReturnType<typeof areaServices>>
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await s.call(method, input)
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
    return r.value as T
  }
  beforeAll(async () => {
    s = await areaServices()
  })
  afterAll(() => s?.cleanup())

  it('offers the states and metro areas of the pack, none chosen at first', async () => {
    const h = await call<HomeAreaSettings>('settings.homeArea', {})
    expect(h.state).toBeNull()
    expect(h.states.map((a) => a.title)).toEqual([
      'California',
      'Ohio',
      'Puerto Rico',
      'Texas',
      'West Virginia',
    ])
    expect(h.metros.map((a) => a.code).sort()).toEqual(['17460', '18140', '3900002'])
    const p = await call<OccupationProfile>('catalog.profile', { code: '29-2072.00' })
    expect(p.homeArea).toBeNull()
    // "Wages by state" needs no home area.
    expect(p.wagesByState?.items.map((r) => r.area.title)).toEqual([
      'California',
      'Ohio',
      'Puerto Rico',
      'Texas',
    ])
  })

  it("shows Ohio's figures for 29-2072.00 exactly as the workbook has them, markers in words", async () => {
    await call('settings.setHomeArea', { state: '39', metro: '18140' })
    const p = await call<OccupationProfile>('catalog.profile', { code: '29-2072.00' })
    const nat = nationalRow('29-2072')
    const ohio = FIXTURE_STATES[0]!
    const oh = p.homeArea!.state!
    expect(oh.published).toBe(true)
    expect(oh.source).toBe('BLS OEWS May 2025, Ohio, SOC 29-2072')
    expect(oh.wages!.annual.median.value).toBe(Math.round((Number(nat.A_MEDIAN) * ohio.factor) / 10) * 10)
    expect(formatLocal(oh.wages!.annual.p90, 'annual')).toBe('at least $239,200')
    expect(formatLocal(oh.wages!.annual.p10, 'annual')).toBe('not published')
    expect(formatLocal(oh.wages!.employment, 'number')).toBe('not published')
    // National figures stay the national file's.
    expect(p.wages!.annual.median.value).toBe(Number(nat.A_MEDIAN))
    expect(p.homeArea!.metro!.area.title).toBe('Columbus, OH')
    expect(p.homeArea!.metro!.published).toBe(true)
    const chart = p.wagesByStateChart!
    expect(chart.categories).toContain('Ohio (home)')
    expect(chart.values[0]!.every((v) => v !== null && v > 0)).toBe(true)
  })

  it('says so where BLS published nothing for the area, and shows the national figure instead', async () => {
    await call('settings.setHomeArea', { state: '54', metro: null })
    const p = await call<OccupationProfile>('catalog.profile', { code: '29-2072.00' })
    const wv = p.homeArea!.state!
    expect(wv.published).toBe(false)
    expect(wv.wages).toBeNull()
    expect(wv.message).toBe(
      'BLS published no wages for Medical Records Specialists in West Virginia (OEWS May 2025).',
    )
    expect(p.wages!.annual.median.value).toBe(Number(nationalRow('29-2072').A_MEDIAN))
  })

  it('refuses a metro area of another state and an area the pack lacks; nothing changes', async () => {
    const before = await call<HomeAreaSettings>('settings.homeArea', {})
    const r = await s.call('settings.setHomeArea', { state: '06', metro: '18140' })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: 'Columbus, OH is not in California.' })
    const r2 = await s.call('settings.setHomeArea', { state: '99', metro: null })
    expect(r2).toMatchObject({ ok: false, message: 'That state is not in the installed data pack.' })
    expect(await call<HomeAreaSettings>('settings.homeArea', {})).toEqual(before)
  })

  it('lists the industries employing the most people, with share and median', async () => {
    const p = await call<OccupationProfile>('catalog.profile', { code: '29-2072.00' })
    const ind = p.industries!
    expect(ind.available).toBe(true)
    expect(ind.items[0]).toMatchObject({ naics: '622000', title: 'Hospitals' })
    expect(ind.items[0]!.sharePercent).toBeCloseTo(38, 0)
    expect(ind.source).toBe('BLS OEWS May 2025, national industry-specific estimates')
  })
})
