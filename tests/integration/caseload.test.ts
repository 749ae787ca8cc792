import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/api'
import { suppressSmallCells, topCareersChart } from '../../shared/charts/caseload'
import { callOk } from '../support/call-ok'
import { generateCaseload } from '../support/caseload'
import { addInterestProfiles } from '../support/caseload-gen'
import { makeMiniPack } from '../support/mini-pack'
import { tempServices } from '../support/tmp'

type S = Awaited<ReturnType<typeof tempServices>>
let s: S
const TODAY = '2026-11-20'
const CAREERS = [
  { code: '29-2072.00', title: 'Medical Records Specialists', clusters: ['Health Science'] },
  { code: '15-1252.00', title: 'Software Developers', clusters: ['Information Technology'] },
  { code: '29-1141.00', title: 'Registered Nurses', clusters: ['Health Science'] },
  { code: '47-2111.00', title: 'Electricians', clusters: ['Architecture and Construction'] },
  {
    code: '13-2011.00',
    title: 'Accountants and Auditors',
    clusters: ['Finance', 'Business Management and Administration'],
  },
  { code: '27-1024.00', title: 'Graphic Designers', clusters: [] },
]

const stats = (input: InputOf<'caseload.stats'> = {}) => callOk(s, 'caseload.stats', input)

interface Raw {
  id: number
  grade: number | null
  school: string
  status: string
  archived: number
}
const all = <T>(sql: string) => s.ctx.clients.prepare(sql).all() as T[]

beforeAll(async () => {
  s = await tempServices()
  ;(s.ctx as { now: () => Date }).now = () => new Date(`${TODAY}T15:00:00Z`)
  const pack = makeMiniPack(join(s.dataDir, 'mini.sqlite'), {
    occupations: CAREERS.map((c) => ({ code: c.code, title: c.title, jobZone: 3 })),
    before: (db) => {
      const ins = db.prepare("INSERT INTO clusters VALUES (?, ?, 'Pathway')")
      for (const c of CAREERS) for (const cl of c.clusters) ins.run(c.code, cl)
    },
  })
  s.ctx.catalog.close()
  copyFileSync(pack, s.ctx.catalog.file)
  s.ctx.catalog.reopen()
  const { studentIds } = generateCaseload(s.ctx.clients, {
    students: 300,
    sessionsPerStudent: 4,
    careers: CAREERS,
    until: TODAY,
  })
  addInterestProfiles(s.ctx.clients, studentIds)
  // An archived student is out of the caseload in every figure.
  s.ctx.clients.prepare('UPDATE students SET archived = 1 WHERE id = ?').run(studentIds[0])
})
afterAll(() => s?.cleanup())

describe('caseload statistics', () => {
  it('counts students by grade and status exactly as the records say', async () => {
    const st = await stats()
    const raw = all<Raw>('SELECT id, grade, school, status, archived FROM students').filter(
      (r) => !r.archived,
    )
    expect(st.students.total).toBe(raw.length)
    expect(st.students.total).toBe(299)
    for (const g of st.byGrade) {
      expect(g.active).toBe(raw.filter((r) => r.grade === g.grade && r.status === 'active').length)
      expect(g.graduated).toBe(raw.filter((r) => r.grade === g.grade && r.status === 'graduated').length)
    }
    expect(st.byGrade.map((g) => g.grade)).toEqual([6, 7, 8, 9, 10, 11, 12])
  })

  it('counts sessions per month, with empty months shown as zero', async () => {
    const st = await stats({ school: 'Lincoln High School' })
    const raw = all<{ date: string }>(
      `SELECT s.date FROM sessions s JOIN students st ON st.id = s.student_id WHERE st.archived = 0 AND st.school = 'Lincoln High School'`,
    )
    const total = st.sessionsPerMonth.reduce((n, m) => n + m.sessions, 0)
    expect(total).toBe(raw.length)
    const nov = raw.filter((r) => r.date.startsWith('2026-11')).length
    expect(st.sessionsPerMonth.find((m) => m.month === '2026-11')?.sessions).toBe(nov)
    const months = st.sessionsPerMonth.map((m) => m.month)
    expect(months.at(-1)).toBe('2026-11')
    expect(new Set(months).size).toBe(months.length)
  })

  it('limits activity to a date range and the population to a school', async () => {
    const st = await stats({ from: '2026-09-01', to: '2026-10-31', school: 'Roosevelt Middle School' })
    expect(st.sessionsPerMonth.map((m) => m.month)).toEqual(['2026-09', '2026-10'])
    const raw = all<{ student_id: number }>(
      `SELECT s.student_id FROM sessions s JOIN students st ON st.id = s.student_id
       WHERE st.archived = 0 AND st.school = 'Roosevelt Middle School' AND s.date BETWEEN '2026-09-01' AND '2026-10-31'`,
    )
    expect(st.students.seenInRange).toBe(new Set(raw.map((r) => r.student_id)).size)
    expect(st.schools).toEqual(['Lincoln High School', 'Roosevelt Middle School', 'Valley Early College'])
    const bad = await s.call('caseload.stats', { from: '2026-10-01', to: '2026-09-01' })
    expect(!bad.ok && bad.message).toMatch(/start date is after the end date/)
  })

  it('counts each student once by the strongest area of their latest profile', async () => {
    const st = await stats()
    const rows = all<{ student_id: number; taken_on: string; id: number; high_point: string }>(
      'SELECT p.student_id, p.taken_on, p.id, p.high_point FROM interest_profiles p JOIN students st ON st.id = p.student_id WHERE st.archived = 0',
    )
    const latest = new Map<number, (typeof rows)[number]>()
    for (const r of rows) {
      const cur = latest.get(r.student_id)
      if (!cur || r.taken_on > cur.taken_on || (r.taken_on === cur.taken_on && r.id > cur.id))
        latest.set(r.student_id, r)
    }
    for (const a of st.interestAreas) {
      expect(a.students).toBe([...latest.values()].filter((r) => r.high_point[0] === a.area).length)
    }
    expect(st.withoutProfile).toBe(299 - latest.size)
  })

  it('ranks saved careers and clusters, leaving out careers set aside', async () => {
    const st = await stats()
    const raw = all<{ code: string }>(
      "SELECT sc.code FROM saved_careers sc JOIN students st ON st.id = sc.student_id WHERE st.archived = 0 AND sc.status <> 'set_aside'",
    )
    const count = (code: string) => raw.filter((r) => r.code === code).length
    for (const c of st.topCareers) expect(c.students).toBe(count(c.code))
    const health = count('29-2072.00') + count('29-1141.00')
    expect(st.topClusters.find((c) => c.cluster === 'Health Science')?.saves).toBe(health)
    // Accountants count in both of their clusters; designers have none in this pack.
    expect(st.topClusters.find((c) => c.cluster === 'Finance')?.saves).toBe(count('13-2011.00'))
    expect(st.savedWithoutCluster).toBe(count('27-1024.00'))
  })

  it('counts overdue goals as open goals due before today', async () => {
    const st = await stats()
    const raw = all<{ status: string; due_date: string }>(
      'SELECT g.status, g.due_date FROM goals g JOIN students st ON st.id = g.student_id WHERE st.archived = 0',
    )
    expect(st.goals.overdue).toBe(raw.filter((g) => g.status === 'open' && g.due_date < TODAY).length)
    expect(st.goals.overdue).toBeGreaterThan(0)
    expect(st.overdueByGrade.reduce((n, g) => n + g.overdue, 0)).toBe(st.goals.overdue)
  })

  it('never carries a student’s name', async () => {
    const names = all<{ name: string }>('SELECT name FROM students').map((r) => r.name)
    const text = JSON.stringify(await stats())
    for (const n of names) expect(text).not.toContain(n)
  })

  it('hides small counts on a printed chart', async () => {
    const st = await stats({ from: '2026-11-15', to: '2026-11-20' })
    const chart = suppressSmallCells(topCareersChart(st))
    chart.values[0]!.forEach((v, i) => {
      const real = st.topCareers[i]!.students
      if (real > 0 && real < 5) expect(v).toBeNull()
    })
  })
})
