import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callOk } from '../support/call-ok'
import { fixtureServices } from './profile-fixture'

// Edge cases of the profile on a hand-made pack: flags, not-in-pack, not-rated, merged zones.
describe('occupation profile (fixture pack)', () => {
  let s: Awaited<ReturnType<typeof fixtureServices>>
  const profile = (code: string) => callOk(s, 'catalog.profile', { code })
  beforeAll(async () => {
    s = await fixtureServices()
  })
  afterAll(() => s?.cleanup())

  it('states growth in BLS wording against all occupations, entry education and Bright Outlook with its rule', async () => {
    const p = await profile('29-2072.00')
    const facts = p.keyFacts.map((f) => f.text)
    expect(facts[0]).toBe(
      'Employment is projected to grow faster than average (7.1% vs 3.1% for all occupations, 2024–2034).',
    )
    expect(facts).toContain('Typical entry education: postsecondary nondegree award.')
    const bright = p.keyFacts.find((f) => f.id === 'bright-outlook')
    expect(bright?.text).toBe(
      'Bright Outlook occupation: projected to grow 7.1%; about 142,000 openings over 10 years. Rule: projected to grow faster than average (5% or more over the projection period), or projected to have 100,000 or more job openings over the period.',
    )
    for (const f of p.keyFacts) expect(f.source).not.toBe('')
  })

  it('says knowledge is not rated for this occupation and abilities are not in the pack, never a substitute list', async () => {
    const p = await profile('29-2072.00')
    const by = Object.fromEntries(p.ratings.map((r) => [r.domain, r]))
    expect(p.ratings.map((r) => r.domain)).toEqual([
      'knowledge',
      'skills',
      'abilities',
      'work_activities',
      'work_styles',
      'work_values',
    ])
    expect(by.knowledge).toMatchObject({ status: 'not-rated', items: [] })
    expect(by.knowledge?.message).toBe('O*NET has not rated this occupation for knowledge.')
    expect(by.abilities).toMatchObject({ status: 'not-in-pack', items: [] })
    expect(by.work_styles?.items.map((i) => i.name)).toEqual(['Attention to Detail'])
  })

  it('ranks rated elements by importance, level breaking ties', async () => {
    const p = await profile('15-1252.00')
    const skills = p.ratings.find((r) => r.domain === 'skills')!
    expect(skills.items.map((i) => i.name)).toEqual([
      'Programming',
      'Critical Thinking',
      'Reading Comprehension',
      'Speaking',
    ])
  })

  it('shows top-coded wages as "at least" and suppressed ones as not available', async () => {
    const ceo = await profile('11-1011.00')
    expect(ceo.wages?.annual.median).toEqual({ value: 239200, flag: 'topcoded' })
    expect(ceo.overview.find((o) => o.id === 'median-wage')?.text).toBe('≥ $239,200')
    expect(ceo.charts.wagesAnnual?.rows[0]?.notes?.join(' ')).toMatch(/at least \$239,200/)
    const cook = await profile('35-2014.00')
    expect(cook.wages?.annual.mean).toEqual({ value: null, flag: 'suppressed' })
  })

  it('names the parent SOC when a detailed code inherits its wages', async () => {
    const p = await profile('29-1141.01')
    expect(p.wages).toMatchObject({ basis: 'inherited', socUsed: '29-1141' })
    expect(p.wages?.basisNote).toMatch(/29-1141/)
    expect(p.charts.wagesAnnual?.rows[0]?.notes?.join(' ')).toMatch(/29-1141/)
  })

  it('notes that the pack describes job zones 1 and 2 together', async () => {
    const cook = await profile('35-2014.00')
    expect(cook.jobZone).toMatchObject({ zone: 2, coversZones: [1, 2] })
    expect(cook.jobZone?.mergedNote).toMatch(/zones 1 and 2 together/)
  })

  it('splits tasks core first, lists sections and their sources, and marks empty tables not in the pack', async () => {
    const p = await profile('29-2072.00')
    expect(p.tasks.map((t) => t.type)).toEqual(['Core', 'Core', 'Supplemental'])
    expect(p.sampleTitles.items).toEqual([
      'Health Information Technician',
      'Medical Coder',
      'Coding Specialist',
    ])
    expect(p.tools.available).toBe(false)
    expect(p.technology.items[0]).toMatchObject({ name: 'Epic Systems', hot: true })
    expect(p.programs.items).toEqual([
      { cip: '51.0707', title: 'Health Information/Medical Records Technology/Technician' },
    ])
    expect(p.sources.map((x) => x.release)).toContain('OEWS May 2025')
  })

  it('refuses an unknown code with a message a counselor understands', async () => {
    const r = await s.call('catalog.profile', { code: '99-9999.00' })
    expect(r).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
