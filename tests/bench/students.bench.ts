import { performance } from 'node:perf_hooks'
import { foldForSearch } from '../../shared/domain/students'
import { generateCaseload } from '../support/caseload'
import { tempServices } from '../support/tmp'
import { type Bench, percentile, round } from './measure'

// students.list_ms: the student list and its search/filters over a caseload of 5,000 students ×
// 10 sessions, measured through dispatch (validation included) as the screen calls it.
// Peer: the goal (20 ms), and the same searches done naively in JS over every row.
const QUERIES: object[] = [
  {},
  { q: 'nunez' },
  { q: 'jose' },
  { q: 'S100123' },
  { q: 'zo sm' },
  { grade: 10 },
  { status: 'graduated' },
  { school: 'Lincoln High School', grade: 12 },
  { notSeenDays: 30 },
  { notSeenDays: 'never' },
]

const bench: Bench = async (emit) => {
  const s = await tempServices()
  try {
    generateCaseload(s.ctx.clients, { students: 5000, sessionsPerStudent: 10 })
    s.ctx.clients.pragma('optimize')
    const times: number[] = []
    for (let round_ = 0; round_ < 12; round_++) {
      for (const q of QUERIES) {
        const t0 = performance.now()
        const r = await s.call('students.list', q)
        const dt = performance.now() - t0
        if (!r.ok) throw new Error(`students.list failed: ${r.message}`)
        if (round_ > 1) times.push(dt)
      }
    }
    times.sort((a, b) => a - b)

    // Naive peer: load every student with last-seen, then filter and sort in JS.
    const naive: number[] = []
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now()
      const rows = s.ctx.clients
        .prepare(
          'SELECT s.*, (SELECT max(date) FROM sessions se WHERE se.student_id = s.id) AS last_seen FROM students s',
        )
        .all() as { name: string; student_number: string }[]
      const needle = foldForSearch('nunez')
      rows
        .filter((r) => foldForSearch(r.name, r.student_number).includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name))
      naive.push(performance.now() - t0)
    }
    naive.sort((a, b) => a - b)

    emit({
      name: 'students.list_ms',
      value: round(percentile(times, 95)),
      unit: 'ms (p95)',
      peer: 'issue goal',
      peerValue: 20,
    })
    emit({
      name: 'students.list_p50_ms',
      value: round(percentile(times, 50)),
      unit: 'ms',
      peer: 'load all rows + JS filter (p50)',
      peerValue: round(percentile(naive, 50)),
    })
  } finally {
    s.cleanup()
  }
}

export default bench
