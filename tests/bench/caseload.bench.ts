import { performance } from 'node:perf_hooks'
import { generateCaseload } from '../support/caseload'
import { addInterestProfiles } from '../support/caseload-gen'
import { tempServices } from '../support/tmp'
import { type Bench, percentile, round } from './measure'

// caseload.stats_ms: every caseload statistic (grades and status, sessions per month, interest
// areas, saved careers and clusters, goals) for 5,000 students × 10 sessions, through dispatch
// as the Caseload screen calls it. Peer: reading every row and counting in JS.
const FILTERS: object[] = [
  {},
  { school: 'Lincoln High School' },
  { from: '2026-01-01', to: '2026-06-30' },
  { from: '2026-09-01', school: 'Valley Early College' },
]

const bench: Bench = async (emit) => {
  const s = await tempServices()
  try {
    const { studentIds } = generateCaseload(s.ctx.clients, { students: 5000, sessionsPerStudent: 10 })
    addInterestProfiles(s.ctx.clients, studentIds)
    s.ctx.clients.pragma('optimize')
    const times: number[] = []
    for (let round_ = 0; round_ < 12; round_++) {
      for (const f of FILTERS) {
        const t0 = performance.now()
        const r = await s.call('caseload.stats', f)
        const dt = performance.now() - t0
        if (!r.ok) throw new Error(`caseload.stats failed: ${r.message}`)
        if (round_ > 1) times.push(dt)
      }
    }
    times.sort((a, b) => a - b)

    const naive: number[] = []
    let sink = 0
    const db = s.ctx.clients
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now()
      const students = db.prepare('SELECT id, grade, status, school, archived FROM students').all() as {
        id: number
        grade: number
        status: string
        archived: number
      }[]
      const keep = new Set(students.filter((x) => !x.archived).map((x) => x.id))
      const byGrade = new Map<string, number>()
      for (const x of students)
        if (keep.has(x.id))
          byGrade.set(`${x.grade}/${x.status}`, (byGrade.get(`${x.grade}/${x.status}`) ?? 0) + 1)
      const months = new Map<string, number>()
      for (const x of db.prepare('SELECT student_id, date FROM sessions').all() as {
        student_id: number
        date: string
      }[])
        if (keep.has(x.student_id)) months.set(x.date.slice(0, 7), (months.get(x.date.slice(0, 7)) ?? 0) + 1)
      const latest = new Map<number, { taken_on: string; high_point: string }>()
      for (const p of db.prepare('SELECT student_id, taken_on, high_point FROM interest_profiles').all() as {
        student_id: number
        taken_on: string
        high_point: string
      }[]) {
        const cur = latest.get(p.student_id)
        if (!cur || p.taken_on > cur.taken_on) latest.set(p.student_id, p)
      }
      const saved = new Map<string, number>()
      for (const c of db
        .prepare("SELECT student_id, code FROM saved_careers WHERE status <> 'set_aside'")
        .all() as { student_id: number; code: string }[])
        if (keep.has(c.student_id)) saved.set(c.code, (saved.get(c.code) ?? 0) + 1)
      let overdue = 0
      for (const g of db.prepare('SELECT student_id, status, due_date FROM goals').all() as {
        student_id: number
        status: string
        due_date: string
      }[])
        if (keep.has(g.student_id) && g.status === 'open' && g.due_date < '2026-11-26') overdue++
      sink += overdue + byGrade.size + months.size + latest.size + saved.size
      naive.push(performance.now() - t0)
    }
    if (sink === 0) throw new Error('the naive peer counted nothing')
    naive.sort((a, b) => a - b)

    emit({
      name: 'caseload.stats_ms',
      value: round(percentile(times, 95)),
      unit: 'ms (p95, 5,000 students × 10 sessions)',
      peer: 'read all rows + count in JS (p50)',
      peerValue: round(percentile(naive, 50)),
    })
    emit({
      name: 'caseload.stats_p50_ms',
      value: round(percentile(times, 50)),
      unit: 'ms',
      peer: 'issue goal',
      peerValue: 50,
    })
  } finally {
    s.cleanup()
  }
}

export default bench
