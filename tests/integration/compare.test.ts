import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildComparison } from '../../electron/services/catalog/compare'
import { ratingLookup } from '../../electron/services/catalog/ratings'
import { okCaller } from '../support/call-ok'
import { NATIONAL_PACK, nationalServices } from '../support/national-pack'

describe('compare (national pack)', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  const ok = okCaller(() => s)
  beforeAll(async () => {
    s = await nationalServices()
  })
  afterAll(() => s?.cleanup())

  const codes = ['29-2072.00', '15-1252.00', '29-1141.01']

  it('shows exactly the chosen careers, in the chosen order, with each one’s own figures', async () => {
    const c = await ok('catalog.compare', { codes })
    const profiles = await Promise.all(codes.map((code) => ok('catalog.profile', { code })))
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
    const c = await ok('catalog.compare', { codes })
    const knowledge = c.overlap.find((o) => o.domain === 'knowledge')!
    expect(knowledge.message).toMatch(/Medical Records Specialists/)
    for (const sh of knowledge.shared) expect(sh.importance[0]).toBeNull()
  })

  it('is a pure builder the reports can call with profiles they already hold', async () => {
    const profiles = await Promise.all(codes.map((code) => ok('catalog.profile', { code })))
    const c = await ok('catalog.compare', { codes })
    const db = new Database(NATIONAL_PACK, { readonly: true })
    try {
      expect(buildComparison(profiles, ratingLookup(db))).toEqual(c)
    } finally {
      db.close()
    }
  })

  it('shows each career’s own rating for every shared skill, even outside its top ten', async () => {
    // The case a counselor met: lab technologists are rated on Social Perceptiveness (3.0), which
    // is outside their top ten skills, and the chart called it "not available".
    const c = await ok('catalog.compare', { codes: ['29-2011.00', '21-1012.00', '29-1141.00'] })
    const skills = c.charts.skills!
    const row = skills.categories.indexOf('Social Perceptiveness')
    expect(row).toBeGreaterThanOrEqual(0)
    expect(skills.values[0]![row]).toBe(3)
    expect(skills.alt).not.toMatch(/Medical and Clinical Laboratory Technologists not available/)
  })

  it('every value the overlap charts show equals the pack’s own rating, over many triples', async () => {
    const db = new Database(NATIONAL_PACK, { readonly: true })
    try {
      const rated = db
        .prepare("SELECT DISTINCT code FROM ratings WHERE domain = 'skills' ORDER BY code")
        .pluck()
        .all() as string[]
      const truth = db.prepare(
        'SELECT importance FROM ratings r JOIN (SELECT DISTINCT element_id, element_name FROM ratings WHERE domain = ?) e USING (element_id) WHERE r.code = ? AND r.domain = ? AND e.element_name = ? AND importance IS NOT NULL',
      )
      let seed = 17
      const pick = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return rated[seed % rated.length]!
      }
      let checked = 0
      let shownValues = 0
      for (let t = 0; t < 60; t++) {
        const codes = [...new Set([pick(), pick(), pick()])]
        const c = await ok('catalog.compare', { codes })
        for (const chart of [c.charts.skills, c.charts.knowledge]) {
          if (!chart) continue
          const domain = chart.id === 'overlap-skills' ? 'skills' : 'knowledge'
          chart.categories.forEach((name, ci) => {
            codes.forEach((code, si) => {
              const want = truth.get(domain, code, domain, name) as { importance: number } | undefined
              const shown = chart.values[si]![ci]
              expect(shown, `${code} ${domain} ${name}`).toBe(want ? want.importance : null)
              checked++
              if (shown !== null) shownValues++
            })
          })
        }
      }
      expect(checked).toBeGreaterThan(500)
      expect(shownValues).toBeGreaterThan(0)
    } finally {
      db.close()
    }
  }, 120_000)
})
