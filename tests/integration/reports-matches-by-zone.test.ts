import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatherStudentReport } from '../../electron/services/reports/data/studentReport'
import { nationalServices } from '../support/national-pack'
import { elements, readTaggedPdf } from '../support/pdf-structure'
import { renderPdf } from '../support/shots'

/*
 * An 11th grader with social-investigative interests: over all job zones the closest matches
 * are postsecondary teachers and other graduate-school careers. The career plan shows the best
 * few at each level of preparation instead, each group named as the app names job zones, so
 * the student also sees careers reachable after high school.
 */
type S = Awaited<ReturnType<typeof nationalServices>>
let s: S
let studentId = 0

beforeAll(async () => {
  s = await nationalServices()
  const st = await s.call('students.create', { name: 'Maya Torres', grade: 11 })
  if (!st.ok) throw new Error(st.message)
  studentId = (st.value as { id: number }).id
  const p = await s.call('interests.add', {
    studentId,
    takenOn: '2026-10-01',
    source: 'profiler',
    scores: { R: 6, I: 32, A: 12, S: 36, E: 10, C: 8 },
  })
  if (!p.ok) throw new Error(p.message)
})
afterAll(() => s?.cleanup())

const ask = { recipient: 'Maya and her parents', purpose: 'Course planning' }

describe('career plan matches by job zone (national pack)', () => {
  it('a social-investigative 11th grader gets reachable careers (job zones 1–3), each group named for its zone', async () => {
    const all = await s.call('interests.match', { studentId, limit: 6 })
    if (!all.ok || (all.value as { kind: string }).kind !== 'ranked') throw new Error('no ranking')
    // The premise: over every zone, the closest matches all need a degree or more.
    const overall = (all.value as { matches: { jobZone: number | null }[] }).matches
    expect(overall.every((m) => (m.jobZone ?? 0) >= 4)).toBe(true)

    const d = gatherStudentReport(s.ctx, { studentId, ...ask })
    const groups = d.matches!.groups
    expect(groups.map((g) => g.name)).toEqual([
      'Job Zone 1–2: Very Little to Some Preparation Needed',
      'Job Zone 3: Medium Preparation Needed',
      'Job Zone 4: Considerable Preparation Needed',
      'Job Zone 5: Extensive Preparation Needed',
    ])
    for (const g of groups) {
      expect(g.items).toHaveLength(3)
      expect(g.items.every((m) => m.jobZone === g.zone)).toBe(true)
    }
    const reachable = groups.filter((g) => g.zone <= 3).flatMap((g) => g.items)
    expect(reachable).toHaveLength(6)
    // Still matches for this student: each shares a high point or fits well.
    expect(reachable.every((m) => m.shared.length > 0 || m.band === 'great' || m.band === 'good')).toBe(true)

    const r = await s.call('reports.student', { studentId, ...ask })
    if (!r.ok) throw new Error(r.message)
    const path = s.ctx.files.get((r.value as { fileId: string }).fileId).path
    renderPdf(path, 'reports', 'matches-by-zone')
    const t = readTaggedPdf(path)
    const outline = elements(t.root, /^(H[23]|Table)$/).map((n) => `${n.type}: ${n.text}`)
    // Printed in small capitals, heard as written.
    expect(elements(t.root, /^H3$/).map((h) => h.actual)).toEqual([
      'In this report',
      ...groups.map((g) => g.name),
    ])
    expect(elements(t.root, /^TH$/)[0]!.actual).toBe('Career')
    const at = outline.indexOf('H2: Careers that match your interests')
    expect(at).toBeGreaterThanOrEqual(0)
    // Each zone's heading, then its table holding that zone's careers, least preparation first.
    groups.forEach((g, i) => {
      expect(outline[at + 1 + 2 * i]).toBe(`H3: ${g.name.toUpperCase()}`)
      const table = outline[at + 2 + 2 * i]!
      for (const m of g.items) expect(table).toContain(m.title)
    })
  })

  it('levels chosen for the print keep only those zones, with more careers in each', async () => {
    const d = gatherStudentReport(s.ctx, { studentId, ...ask, zones: [3] })
    expect(d.matches!.groups.map((g) => g.zone)).toEqual([3])
    expect(d.matches!.groups[0]!.items).toHaveLength(6)
    expect(d.matches!.groups[0]!.items.every((m) => m.jobZone === 3)).toBe(true)
    const low = gatherStudentReport(s.ctx, { studentId, ...ask, zones: [1] })
    // The pack describes zones 1 and 2 together: choosing 1 selects that group.
    expect(low.matches!.groups.map((g) => g.name)).toEqual([
      'Job Zone 1–2: Very Little to Some Preparation Needed',
    ])
  })
})
