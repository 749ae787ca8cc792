import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVENTORY } from '../../shared/inventory'
import { pearson } from '../../shared/riasec'
import { okCaller } from '../support/call-ok'
import { type MiniOccupation, makeMiniPack } from '../support/mini-pack'
import { tempServices } from '../support/tmp'

type S = Awaited<ReturnType<typeof tempServices>>
let s: S
let student: number

// Occupations with chosen shapes, so the expected order is known without any arithmetic.
const OCCS: MiniOccupation[] = [
  { code: '21-1012.00', title: 'Helper (S then A)', jobZone: 4, interests: [1, 2, 5, 7, 3, 1] },
  { code: '27-1024.00', title: 'Designer (A)', jobZone: 3, interests: [2, 2, 7, 2, 4, 2] },
  { code: '47-2111.00', title: 'Builder (R)', jobZone: 2, interests: [7, 3, 1, 1, 2, 3] },
  { code: '43-3031.00', title: 'Clerk (C)', jobZone: 1, interests: [2, 2, 1, 2, 3, 7] },
  { code: '11-1011.00', title: 'Leader (E)', jobZone: 5, interests: [1, 3, 2, 4, 7, 5] },
  { code: '99-0000.00', title: 'Flat job', jobZone: 2, interests: [3, 3, 3, 3, 3, 3] },
]

const ok = okCaller(() => s)

function installPack(occupations: MiniOccupation[]) {
  const file = makeMiniPack(join(s.dataDir, `pack-${Date.now()}.sqlite`), { occupations })
  s.ctx.catalog.close()
  copyFileSync(file, s.ctx.catalog.file)
  s.ctx.catalog.reopen()
}

beforeAll(async () => {
  s = await tempServices()
  installPack(OCCS)
  const now = new Date().toISOString()
  student = Number(
    s.ctx.clients
      .prepare('INSERT INTO students (name, grade, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run('José Núñez', 10, now, now).lastInsertRowid,
  )
})
afterAll(() => s?.cleanup())

describe('recording interest profiles', () => {
  it('keeps Interest Profiler scores with their date, source and high-point code', async () => {
    const p = await ok('interests.add', {
      studentId: student,
      takenOn: '2025-10-01',
      source: 'profiler',
      scores: { R: 4, I: 9, A: 30, S: 36, E: 12, C: 3 },
    })
    expect(p.scores).toEqual([4, 9, 30, 36, 12, 3])
    expect(p.highPoint.join('')).toBe('SAE')
    expect(p.source).toBe('profiler')
  })

  it('refuses a score outside 0-40 with a message a counselor understands', async () => {
    const r = await s.call('interests.add', {
      studentId: student,
      takenOn: '2025-10-01',
      source: 'profiler',
      scores: { R: 4, I: 9, A: 30, S: 46, E: 12, C: 3 },
    })
    expect(r.ok).toBe(false)
    expect(!r.ok && JSON.stringify(r)).toMatch(/0 to 40/)
  })

  it('converts a Holland code by the documented rule and keeps the code as typed', async () => {
    const p = await ok('interests.add', {
      studentId: student,
      takenOn: '2026-02-01',
      source: 'holland',
      code: 'a s e',
    })
    expect(p.enteredCode).toBe('ASE')
    expect(p.highPoint.join('')).toBe('ASE')
    expect(p.scores).toEqual([12, 12, 36, 30, 24, 12])
    const bad = await s.call('interests.add', {
      studentId: student,
      takenOn: '2026-02-01',
      source: 'holland',
      code: 'SSA',
    })
    expect(!bad.ok && bad.message).toMatch(/appears twice/)
  })

  it('scores the quick check only when every statement is answered', async () => {
    const answers = Object.fromEntries(
      INVENTORY.map((i) => [i.id, i.area === 'S' ? ('agree' as const) : ('disagree' as const)]),
    )
    const partial = { ...answers }
    delete partial.s1
    const r = await s.call('interests.add', {
      studentId: student,
      takenOn: '2026-03-01',
      source: 'quick',
      answers: partial,
    })
    expect(!r.ok && r.message).toBe('1 of 36 statements are not answered yet.')
    const p = await ok('interests.add', {
      studentId: student,
      takenOn: '2026-03-01',
      source: 'quick',
      answers,
    })
    expect(p.scores).toEqual([0, 0, 0, 40, 0, 0])
    expect(p.answers?.s1).toBe('agree')
  })

  it('refuses a date in the future and an unknown student', async () => {
    const future = await s.call('interests.add', {
      studentId: student,
      takenOn: '2999-01-01',
      source: 'holland',
      code: 'R',
    })
    expect(!future.ok && future.message).toMatch(/future/)
    const nobody = await s.call('interests.list', { studentId: 999_999 })
    expect(!nobody.ok && nobody.code).toBe('NOT_FOUND')
  })

  it('lists profiles oldest first for the change-over-time chart', async () => {
    const list = await ok('interests.list', { studentId: student })
    expect(list.map((p) => p.takenOn)).toEqual(['2025-10-01', '2026-02-01', '2026-03-01'])
  })
})

describe('matching against the installed pack', () => {
  it('ranks by correlation with the latest profile, best first, leaving out occupations with a flat rating', async () => {
    const m = await ok('interests.match', { studentId: student })
    expect(m.kind).toBe('ranked')
    if (m.kind !== 'ranked') return
    expect(m.profile.takenOn).toBe('2026-03-01')
    expect(m.matches[0]!.title).toBe('Helper (S then A)')
    expect(m.matches.map((x) => x.code)).not.toContain('99-0000.00')
    const rs = m.matches.map((x) => x.r)
    expect([...rs].sort((a, b) => b - a)).toEqual(rs)
    expect(m.considered).toBe(5)
  })

  it('uses an older profile when asked and filters by job zone', async () => {
    const list = await ok('interests.list', { studentId: student })
    const asa = list[1]!
    const m = await ok('interests.match', {
      studentId: student,
      profileId: asa.id,
      zones: [3, 4],
    })
    if (m.kind !== 'ranked') throw new Error(m.kind)
    // ASE: the helper (S high, A next) beats the designer (A only); both pass zones 3-4.
    expect(m.matches.map((x) => x.title)).toEqual(['Helper (S then A)', 'Designer (A)'])
    expect(m.matches[0]!.r).toBeCloseTo(pearson([12, 12, 36, 30, 24, 12], [1, 2, 5, 7, 3, 1])!, 12)
    expect(m.matches[1]!.shared).toEqual(['A'])
    expect(m.selectedZones).toEqual([3, 4])
  })

  it('explains a flat profile instead of ranking careers', async () => {
    const other = Number(
      s.ctx.clients
        .prepare("INSERT INTO students (name, created_at, updated_at) VALUES ('Zoë Kim', 'x', 'x')")
        .run().lastInsertRowid,
    )
    const answers = Object.fromEntries(INVENTORY.map((i) => [i.id, 'unsure' as const]))
    await ok('interests.add', { studentId: other, takenOn: '2026-03-01', source: 'quick', answers })
    const m = await ok('interests.match', { studentId: other })
    expect(m.kind).toBe('flat')
    expect(m.kind === 'flat' && m.message).toMatch(/All six areas scored the same/)
    const none = await ok('interests.match', { studentId: other + 1000 }).catch((e: Error) => e.message)
    expect(none).toMatch(/not found/)
  })

  it('explains one match: correlation, shared high points, rank', async () => {
    const e = await ok('interests.explain', { studentId: student, code: '21-1012.00' })
    expect(e.match.shared).toEqual(['S'])
    expect(e.rank).toBe(1)
    expect(e.sentences[0]).toMatch(/^The correlation is 0\.\d\d \((Great|Good) fit\)/)
    expect(e.sentences[1]).toMatch(/Shared high points: Social/)
    const missing = await s.call('interests.explain', { studentId: student, code: '99-0000.00' })
    expect(!missing.ok && missing.message).toMatch(/no interest ratings for 99-0000.00/)
  })

  it('rebuilds its index when a different pack is installed', async () => {
    installPack([
      {
        code: '29-2072.00',
        title: 'Medical Records Specialists',
        jobZone: 3,
        interests: [1.5, 3, 1, 3.5, 2, 7],
      },
    ])
    const m = await ok('interests.match', { studentId: student })
    expect(m.kind === 'ranked' && m.matches.map((x) => x.code)).toEqual(['29-2072.00'])
    installPack([{ code: '29-2072.00', title: 'No ratings here', jobZone: 3 }])
    const r = await s.call('interests.match', { studentId: student })
    expect(!r.ok && r.message).toMatch(/no interest ratings/)
    installPack(OCCS)
  })

  it('removes every profile when the student is deleted', async () => {
    s.ctx.clients.prepare('DELETE FROM students WHERE id = ?').run(student)
    expect(
      s.ctx.clients.prepare('SELECT count(*) AS n FROM interest_profiles WHERE student_id = ?').get(student),
    ).toEqual({ n: 0 })
  })
})
