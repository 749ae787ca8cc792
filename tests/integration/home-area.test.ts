import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HomeAreaSettings } from '../../shared/api/settings'
import type { OccupationProfile } from '../../shared/domain/catalog'
import { formatLocal } from '../../shared/local-wages'
import { areaServices } from '../support/area-pack'
import { okCaller } from '../support/call-ok'
import { allStates, FIXTURE_STATES, nationalRow } from '../support/oews-fixtures'
import { tempServices } from '../support/tmp'
import { seedStudent } from './reports-fixture'

/** The PDF's text (pdftotext -layout); PNG pages under /tmp/shots13 when SHOTS is set. */
function pdfText(path: string, name: string): string {
  if (process.env.SHOTS) {
    mkdirSync('/tmp/shots13', { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join('/tmp/shots13', name)])
  }
  return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8')
}

// The counselor's home area: chosen in Settings from the areas the pack holds, then shown on the
// profile beside the national figures, exactly as the state workbook states them.
describe('home area (national pack + OEWS state workbook)', () => {
  let s: Awaited<ReturnType<typeof areaServices>>
  const call = okCaller(() => s)
  beforeAll(async () => {
    s = await areaServices()
  })
  afterAll(() => s?.cleanup())

  it('offers the states and metro areas of the pack, none chosen at first', async () => {
    const h = await call('settings.homeArea', {})
    expect(h.state).toBeNull()
    expect(h.states.map((a) => a.title)).toEqual([
      'California',
      'Ohio',
      'Puerto Rico',
      'Texas',
      'West Virginia',
    ])
    expect(h.metros.map((a) => a.code).sort()).toEqual(['17460', '18140', '3900002'])
    const p = await call('catalog.profile', { code: '29-2072.00' })
    expect(p.homeArea).toBeNull()
    // "Wages by state" needs no home area.
    expect(p.wagesByState?.items.map((r) => r.area.title)).toEqual([
      'California',
      'Ohio',
      'Puerto Rico',
      'Texas',
      'West Virginia',
    ])
    // West Virginia published no row for it: listed as such, never drawn as 0.
    expect(p.wagesByState?.items[4]?.medianAnnual).toEqual({ value: null })
    expect(p.wagesByStateChart?.categories).not.toContain('West Virginia')
  })

  it("shows Ohio's figures for 29-2072.00 exactly as the workbook has them, markers in words", async () => {
    await call('settings.setHomeArea', { state: '39', metro: '18140' })
    const p = await call('catalog.profile', { code: '29-2072.00' })
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
    const p = await call('catalog.profile', { code: '29-2072.00' })
    const wv = p.homeArea!.state!
    expect(wv.published).toBe(false)
    expect(wv.wages).toBeNull()
    expect(wv.message).toBe(
      'BLS published no wages for Medical Records Specialists in West Virginia (OEWS May 2025).',
    )
    expect(p.wages!.annual.median.value).toBe(Number(nationalRow('29-2072').A_MEDIAN))
  })

  it('refuses a metro area of another state and an area the pack lacks; nothing changes', async () => {
    const before = await call('settings.homeArea', {})
    const r = await s.call('settings.setHomeArea', { state: '06', metro: '18140' })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: 'Columbus, OH is not in California.' })
    const r2 = await s.call('settings.setHomeArea', { state: '99', metro: null })
    expect(r2).toMatchObject({ ok: false, message: 'That state is not in the installed data pack.' })
    expect(await call('settings.homeArea', {})).toEqual(before)
  })

  it('compares careers with the home-area median beside the national one', async () => {
    await call('settings.setHomeArea', { state: '39', metro: null })
    const c = await call('catalog.compare', { codes: ['29-2072.00', '29-1141.00'] })
    const ohioRow = c.rows.find((r) => r.id === 'median-wage-39')!
    const natRow = c.rows.find((r) => r.id === 'median-wage')!
    const ohioMedian =
      Math.round((Number(nationalRow('29-2072').A_MEDIAN) * FIXTURE_STATES[0]!.factor) / 10) * 10
    expect(ohioRow.label).toBe('Median wage in Ohio')
    // Beside the home-area rows, the national ones say they are national.
    expect(c.rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(['Median wage (U.S.)', 'Median hourly wage (U.S.)']),
    )
    expect(ohioRow.cells[0]).toBe(`$${ohioMedian.toLocaleString('en-US')} a year`)
    expect(natRow.cells[0]).toBe(`$${Number(nationalRow('29-2072').A_MEDIAN).toLocaleString('en-US')} a year`)
    expect(ohioRow.source).toContain('BLS OEWS May 2025, Ohio, SOC 29-2072')
  })

  it('prints the home-area and national wages side by side in the career plan and the profile PDF', async () => {
    await call('settings.setHomeArea', { state: '39', metro: '18140' })
    const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00', '29-1141.00'] })
    const plan = await call('reports.student', {
      studentId,
      recipient: 'The student',
      purpose: 'Planning',
    })
    const text = pdfText(s.ctx.files.get(plan.fileId).path, 'career-plan')
    const ohioMedian =
      Math.round((Number(nationalRow('29-2072').A_MEDIAN) * FIXTURE_STATES[0]!.factor) / 10) * 10
    expect(text).toMatch(
      new RegExp(
        `Ohio ²\\s+\\$${ohioMedian.toLocaleString('en-US').replace(',', ',')}\\s+not published\\s+at least \\$239,200`,
      ),
    )
    expect(text).toMatch(/United States\s+\$51,140/)
    expect(text).not.toMatch(/(Columbus, OH|Ohio) \*/)
    expect(text).toContain('BLS OEWS May 2025, Columbus, OH, SOC 29-2072')
    const prof = await call('reports.profile', { code: '29-2072.00' })
    const ptext = pdfText(s.ctx.files.get(prof.fileId).path, 'profile')
    expect(ptext).toContain('Pay in your area')
    expect(ptext).toContain('Wages by state')
    expect(ptext).toContain('Where they work')
    expect(ptext).toMatch(/Hospitals\s+73,990\s+38\.0%/)
    const one = await call('reports.studentOnePage', {
      studentId,
      recipient: 'The student',
      purpose: 'Planning',
    })
    expect(one.pageCount).toBe(1)
    expect(pdfText(s.ctx.files.get(one.fileId).path, 'one-page').replace(/\s+/g, ' ')).toContain(
      `Median pay in Columbus, OH (BLS OEWS May 2025): Medical Records Specialists $51,650 (U.S. $51,140)`,
    )
    const cmp = await call('reports.compare', { codes: ['29-2072.00', '29-1141.00'] })
    expect(pdfText(s.ctx.files.get(cmp.fileId).path, 'compare')).toMatch(
      /Median wage in Ohio\s+\$47,560 a year/,
    )
  })

  it("puts the home-area medians in the career plan's shortlist side by side, footnoted with release and area", async () => {
    await call('settings.setHomeArea', { state: '39', metro: '18140' })
    const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00', '29-1141.00', '15-1252.00'] })
    const plan = await call('reports.student', { studentId, recipient: 'The student', purpose: 'Planning' })
    const text = pdfText(s.ctx.files.get(plan.fileId).path, 'career-plan-shortlist')
    const side = text.slice(text.indexOf('Your shortlist side by side'))
    const cmp = await call('catalog.compare', { codes: ['29-2072.00', '29-1141.00', '15-1252.00'] })
    const onScreen = (label: string) => cmp.rows.find((r) => r.label === label)!.cells
    // Worded as on screen (one shared cell text), not a look-alike of its own.
    const cells = (label: string) =>
      onScreen(label)
        .map((c) => c.replace('$', '\\$'))
        .join('\\s+')
    const metro = cells('Median wage in Columbus, OH')
    const state = cells('Median wage in Ohio')
    expect(metro).toContain('a year')
    expect(side).toMatch(new RegExp(`Median pay in Columbus, OH\\s+${metro}`))
    expect(side).toMatch(/Median yearly pay \(U\.S\.\)\s+\$51,140/)
    expect(side).toMatch(new RegExp(`Median pay in Ohio\\s+${state}`))
    expect(side.replace(/\s+/g, ' ')).toContain(
      'Median pay in Columbus, OH: BLS OEWS May 2025, Columbus, OH, SOC 29-2072, 29-1141, 15-1252.',
    )
  })

  it("prints the home-area median beside the national one in the career plan's interest matches", async () => {
    await call('settings.setHomeArea', { state: '39', metro: '18140' })
    const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00'] })
    const screen = await call('interests.match', { studentId, limit: 200 })
    if (screen.kind !== 'ranked') throw new Error('no matches')
    const plan = await call('reports.student', { studentId, recipient: 'The student', purpose: 'Planning' })
    const text = pdfText(s.ctx.files.get(plan.fileId).path, 'career-plan-matches')
    const from = text.indexOf('Careers that match your interests')
    const part = text.slice(from, text.indexOf('Your saved careers', from))
    expect(part).toMatch(/U\.S\. MEDIAN/)
    expect(part).toMatch(/COLUMBUS,/)
    // Every printed match carries the Columbus median the screen shows for it.
    const printed = screen.matches.filter((m) => part.includes(m.code))
    expect(printed.length).toBeGreaterThan(3)
    for (const m of printed) {
      const local = formatLocal(
        { value: m.localMedianWage ?? null, flag: m.localMedianWageFlag ?? undefined },
        'annual',
      )
      expect(part).toMatch(
        new RegExp(`\\$${m.medianWage!.toLocaleString('en-US')}\\s+${local.replace('$', '\\$')}`),
      )
    }
    expect(part.replace(/\s+/g, ' ')).toContain(
      'Median pay in Columbus, OH: BLS OEWS May 2025, Columbus, OH;',
    )
  })

  it('browses by the home-area median: a column, a sort and a filter', async () => {
    await call('settings.setHomeArea', { state: '39', metro: null })
    const sorted = await call('catalog.browse', {
      sort: { by: 'localWage', dir: 'desc' },
      pageSize: 30,
    })
    expect(sorted.localArea?.title).toBe('Ohio')
    const meds = sorted.rows.map((r) => r.localMedianWage)
    expect(meds.every((m) => typeof m === 'number')).toBe(true)
    expect([...meds].sort((a, b) => b! - a!)).toEqual(meds)
    const mrs = await call('catalog.browse', { filters: { q: 'medical records' } })
    const row = mrs.rows.find((r) => r.code === '29-2072.00')!
    expect(row.localMedianWage).toBe(
      Math.round((Number(nationalRow('29-2072').A_MEDIAN) * FIXTURE_STATES[0]!.factor) / 10) * 10,
    )
    const all = await call('catalog.browse', {})
    const rich = await call('catalog.browse', {
      filters: { localWageMin: 80_000 },
      pageSize: 1100,
    })
    expect(rich.total).toBeGreaterThan(0)
    expect(rich.total).toBeLessThan(all.total)
    expect(rich.rows.every((r) => (r.localMedianWage ?? 0) >= 80_000)).toBe(true)
  })

  it('shows the home-area median beside each interest match', async () => {
    const studentId = seedStudent(s.ctx.clients, { name: 'Ana Ohio', codes: ['29-2072.00'] })
    const r = await call('interests.match', { studentId, limit: 10 })
    if (r.kind !== 'ranked') throw new Error(r.kind)
    const medians = new Map(
      (
        s.ctx.catalog.get().prepare("SELECT code, a_median FROM area_wages WHERE area = '39'").all() as {
          code: string
          a_median: number | null
        }[]
      ).map((x) => [x.code, x.a_median]),
    )
    for (const m of r.matches) {
      expect(m.localArea).toBe('Ohio')
      expect(m.localMedianWage).toBe(medians.get(m.code) ?? null)
    }
  })

  it('lists the industries employing the most people, with share and median', async () => {
    const p = await call('catalog.profile', { code: '29-2072.00' })
    const ind = p.industries!
    expect(ind.available).toBe(true)
    expect(ind.items[0]).toMatchObject({ naics: '622000', title: 'Hospitals' })
    expect(ind.items[0]!.sharePercent).toBeCloseTo(38, 0)
    expect(ind.source).toBe('BLS OEWS May 2025, national industry-specific estimates')
  })
})

describe('home area with a pack that has no area wages (starter pack)', () => {
  it('says how to get local figures, offers no areas, and profiles show only national wages', async () => {
    const s = await tempServices()
    try {
      const r = await s.call('settings.homeArea', {})
      if (!r.ok) throw new Error(r.message)
      const h = r.value as HomeAreaSettings
      expect(h.states).toEqual([])
      expect(h.note).toMatch(/has no state or metro wages.*state_M2025_dl\.xlsx/)
      const p = await s.call('catalog.profile', { code: '29-2072.00' })
      if (!p.ok) throw new Error(p.message)
      const prof = p.value as OccupationProfile
      expect(prof.homeArea).toBeNull()
      expect(prof.wagesByState?.available).toBe(false)
      expect(prof.industries?.available).toBe(false)
      expect(prof.wages).not.toBeNull()
    } finally {
      s.cleanup()
    }
  })

  it('keeps a home area chosen on an earlier pack, and does not ask to choose again from an empty list', async () => {
    const s = await tempServices()
    try {
      s.ctx.clients
        .prepare("INSERT INTO app_settings (key, value) VALUES ('home_area', ?)")
        .run(JSON.stringify({ state: '39', metro: '18140' }))
      const r = await s.call('settings.homeArea', {})
      if (!r.ok) throw new Error(r.message)
      const h = r.value as HomeAreaSettings
      expect(h.states).toEqual([])
      expect(h.note).toMatch(
        /has no state or metro wages, so national figures are shown; your home area is kept/,
      )
      expect(h.note).not.toMatch(/choose again/)
    } finally {
      s.cleanup()
    }
  })
})

describe('wages by state in print with every state of the all-states workbook', () => {
  it("draws every state's median on a few pages instead of running a label per page off the chart", async () => {
    const s = await areaServices()
    try {
      // The fixture state workbook has five states; BLS's has 50, DC and the territories.
      const db = new Database(join(s.dataDir, 'catalog.sqlite'))
      const add = db.prepare("INSERT INTO areas VALUES (?, ?, 2, ?, 'OEWS May 2025', 'state_M2025_dl.xlsx')")
      const copy = db.prepare(
        "INSERT INTO area_wages SELECT ?, code, soc_used, basis, tot_emp, jobs_1000, loc_quotient, a_mean, a_pct10, a_pct25, a_median + ?, a_pct75, a_pct90, h_mean, h_pct10, h_pct25, h_median, h_pct75, h_pct90, hourly_only, flags FROM area_wages WHERE area = '48' AND code = '29-2072.00'",
      )
      const have = new Set(FIXTURE_STATES.map((a) => a.area))
      const more = allStates().filter((a) => !have.has(a.area))
      more.forEach((a, i) => {
        add.run(a.area, `State ${a.state}`, a.state)
        copy.run(a.area, i * 100)
      })
      db.close()
      const call = okCaller(() => s)
      await call('settings.setHomeArea', { state: '39', metro: null })
      const prof = await call('reports.profile', { code: '29-2072.00' })
      expect(prof.pageCount).toBeLessThan(15)
      const text = pdfText(s.ctx.files.get(prof.fileId).path, 'profile-all-states')
      const states = text.slice(text.indexOf('Wages by state'), text.indexOf('Where they work'))
      for (const a of more) expect(states).toContain(`State ${a.state}`)
      expect(states).toContain('Ohio (home)')
      expect(states).toContain('Median annual wage by state (3 of 3)')
      expect(states.match(/Source: BLS OEWS May 2025, state estimates/g)).toHaveLength(1)
    } finally {
      s.cleanup()
    }
  })
})

describe('a top-coded home-area median in the interest matches', () => {
  it('reads "at least $X" (BLS `#`), on the API and in the career plan, never as the plain figure', async () => {
    const s = await areaServices()
    try {
      const db = new Database(join(s.dataDir, 'catalog.sqlite'))
      db.prepare(
        "UPDATE area_wages SET a_median = NULL, flags = json_set(flags, '$.a_median', 'topcoded') WHERE area = '18140'",
      ).run()
      db.close()
      const call = okCaller(() => s)
      await call('settings.setHomeArea', { state: '39', metro: '18140' })
      const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00'] })
      const r = await call('interests.match', { studentId, limit: 10 })
      if (r.kind !== 'ranked') throw new Error('no matches')
      expect(r.matches[0]).toMatchObject({ localArea: 'Columbus, OH', localMedianWageFlag: 'topcoded' })
      const plan = await call('reports.student', { studentId, recipient: 'The student', purpose: 'Planning' })
      const text = pdfText(s.ctx.files.get(plan.fileId).path, 'career-plan-topcoded')
      const from = text.indexOf('Careers that match your interests')
      const part = text.slice(from, text.indexOf('Your saved careers', from))
      // Every printed match (three per job zone) reads "at least $239,200", wrapped in its cell.
      expect(part.match(/at least/g)?.length ?? 0).toBeGreaterThanOrEqual(9)
      expect(part.match(/\$239,200/g)?.length ?? 0).toBeGreaterThanOrEqual(9)
    } finally {
      s.cleanup()
    }
  })
})

describe('a home metro area that a newer pack no longer has', () => {
  it("shows the state's medians on browse and interest matches, as Settings and the profile say", async () => {
    const s = await areaServices()
    try {
      const call = okCaller(() => s)
      await call('settings.setHomeArea', { state: '39', metro: '18140' })
      // The newer pack: the same, without Columbus.
      const db = new Database(join(s.dataDir, 'catalog.sqlite'))
      db.prepare("DELETE FROM area_wages WHERE area = '18140'").run()
      db.prepare("DELETE FROM areas WHERE area = '18140'").run()
      db.close()
      const h = await call('settings.homeArea', {})
      expect(h.note).toMatch(/metro area you chose is not in the installed data pack; figures for Ohio/)
      const p = await call('catalog.profile', { code: '29-2072.00' })
      expect(p.homeArea?.state?.area.title).toBe('Ohio')
      const b = await call('catalog.browse', { filters: { q: 'medical records' } })
      expect(b.localArea?.title).toBe('Ohio')
      expect(b.localSource).toBe('BLS OEWS May 2025, Ohio')
      const row = b.rows.find((r) => r.code === '29-2072.00')!
      expect(row.localMedianWage).toBe(p.homeArea?.state?.wages?.annual.median.value)
      const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00'] })
      const r = await call('interests.match', { studentId, limit: 5 })
      if (r.kind !== 'ranked') throw new Error(r.kind)
      expect(r.matches[0]).toMatchObject({ localArea: 'Ohio', localSource: 'BLS OEWS May 2025, Ohio' })
      // Without the home state, national figures only (as the profile shows), even beside a metro area.
      s.ctx.clients
        .prepare("UPDATE app_settings SET value = ? WHERE key = 'home_area'")
        .run(JSON.stringify({ state: '98', metro: '17460' }))
      expect((await call('catalog.profile', { code: '29-2072.00' })).homeArea).toBeNull()
      expect((await call('catalog.browse', {})).localArea).toBeNull()
    } finally {
      s.cleanup()
    }
  })
})

describe('wages by state with top-coded and hourly-only medians', () => {
  it('draws a top-coded (BLS #) state median as "at least", never as not published', async () => {
    const s = await areaServices()
    try {
      const db = new Database(join(s.dataDir, 'catalog.sqlite'))
      db.prepare(
        "UPDATE area_wages SET a_median = NULL, flags = json_set(flags, '$.a_median', 'topcoded') WHERE area = '06' AND code = '29-2072.00'",
      ).run()
      db.close()
      const call = okCaller(() => s)
      const p = await call('catalog.profile', { code: '29-2072.00' })
      const ca = p.wagesByState!.items.find((r) => r.area.title === 'California')!
      expect(formatLocal(ca.medianAnnual, 'annual')).toBe('at least $239,200')
      const chart = p.wagesByStateChart!
      const i = chart.categories.indexOf('California (at least)')
      expect(chart.values[0]![i]).toBe(239_200)
      expect(chart.alt).toContain('California (at least): $239,200')
      const prof = await call('reports.profile', { code: '29-2072.00' })
      const text = pdfText(s.ctx.files.get(prof.fileId).path, 'profile-topcoded-state')
      expect(text).toContain('California (at least)')
      expect(text).toMatch(/No median published by BLS for: West Virginia\./)
    } finally {
      s.cleanup()
    }
  })

  it('lists as unpublished only the states the hourly chart of an hourly-only career leaves out', async () => {
    const s = await areaServices()
    try {
      const call = okCaller(() => s)
      const p = await call('catalog.profile', { code: '27-2011.00' })
      expect(p.wagesByStateChart?.title).toBe('Median hourly wage by state')
      const drawn = p.wagesByStateChart!.categories
      expect(drawn.length).toBeGreaterThan(0)
      const prof = await call('reports.profile', { code: '27-2011.00' })
      const text = pdfText(s.ctx.files.get(prof.fileId).path, 'profile-hourly-states')
      const line = /No median published by BLS for: ([^.]*)\./.exec(text.replace(/\s+/g, ' '))?.[1] ?? ''
      for (const c of drawn) expect(line).not.toContain(c)
    } finally {
      s.cleanup()
    }
  })
})

describe('a home area with a long name in the career plan', () => {
  it('heads the matches\' home-area column "Home-area median" and names the area in full under them', async () => {
    const s = await areaServices()
    try {
      const long = 'Northwest Lower Peninsula of Michigan nonmetropolitan area'
      const db = new Database(join(s.dataDir, 'catalog.sqlite'))
      db.prepare("UPDATE areas SET title = ? WHERE area = '3900002'").run(long)
      db.close()
      const call = okCaller(() => s)
      await call('settings.setHomeArea', { state: '39', metro: '3900002' })
      const studentId = seedStudent(s.ctx.clients, { codes: ['29-2072.00'] })
      const plan = await call('reports.student', { studentId, recipient: 'The student', purpose: 'Planning' })
      const text = pdfText(s.ctx.files.get(plan.fileId).path, 'career-plan-long-area')
      const from = text.indexOf('Careers that match your interests')
      const part = text.slice(from, text.indexOf('Your saved careers', from))
      expect(part).toMatch(/HOME-AREA\s+MEDIAN/)
      expect(part).not.toMatch(/NONMETROPOLIT/)
      expect(part.replace(/\s+/g, ' ')).toContain(`Median pay in ${long}: BLS OEWS May 2025, ${long};`)
    } finally {
      s.cleanup()
    }
  })
})
