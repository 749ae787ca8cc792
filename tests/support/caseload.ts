import type { DB } from '../../electron/services/db/open'
import { foldForSearch } from '../../shared/domain/students'

/**
 * A generated caseload for benchmarks and statistics tests: N students × M sessions, with goals
 * (some overdue) and saved careers, written straight into clients.sqlite in one transaction.
 * Deterministic for a given seed, so two runs measure the same data.
 */
export interface CaseloadOptions {
  students: number
  sessionsPerStudent: number
  /** Occupation codes (and titles) to save; defaults to a few common ones. */
  careers?: { code: string; title: string }[]
  schools?: string[]
  /** Sessions fall in the 365 days before this date (YYYY-MM-DD). */
  until?: string
  seed?: number
}

const FIRST = [
  'José',
  'Maria',
  'Aiyana',
  'Nguyễn',
  'Zoë',
  'Liam',
  'Søren',
  'Amara',
  'Chloé',
  'Diego',
  'Fatima',
  'Kenji',
  'Oluwaseun',
  'Priya',
  'Mateo',
  'Hana',
  'Élodie',
  'Tomás',
  'Ava',
  'Noah',
]
const LAST = [
  'Núñez',
  'García',
  'Smith',
  'Okafor',
  'Kowalski',
  'Müller',
  'Nakamura',
  'Johnson',
  'Đặng',
  'Brown',
  'Lefèvre',
  'Patel',
  'O’Brien',
  'Hernández',
  'Kim',
  'Andersson',
  'Rossi',
  'Williams',
  'Sánchez',
  'Lee',
]
const PURPOSES = [
  'Course planning',
  'Career exploration',
  'College application',
  'Check-in',
  'Interest inventory review',
  'Work-based learning',
]
const DEFAULT_CAREERS = [
  { code: '29-2072.00', title: 'Medical Records Specialists' },
  { code: '15-1252.00', title: 'Software Developers' },
  { code: '29-1141.00', title: 'Registered Nurses' },
  { code: '47-2111.00', title: 'Electricians' },
  { code: '25-2021.00', title: 'Elementary School Teachers, Except Special Education' },
  { code: '13-2011.00', title: 'Accountants and Auditors' },
  { code: '27-1024.00', title: 'Graphic Designers' },
  { code: '49-3023.00', title: 'Automotive Service Technicians and Mechanics' },
]

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateCaseload(db: DB, opts: CaseloadOptions): { studentIds: number[] } {
  const rand = rng(opts.seed ?? 42)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const careers = opts.careers ?? DEFAULT_CAREERS
  const schools = opts.schools ?? ['Lincoln High School', 'Roosevelt Middle School', 'Valley Early College']
  const until = Date.parse(`${opts.until ?? '2026-11-20'}T00:00:00Z`)
  const day = (offset: number) => new Date(until - offset * 86400000).toISOString().slice(0, 10)
  const now = new Date(until).toISOString()
  const insStudent = db.prepare(
    `INSERT INTO students (name, preferred_name, grade, school, student_number, status, graduated_on, search_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insSession = db.prepare(
    `INSERT INTO sessions (student_id, date, duration_min, purpose, record_notes, private_notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insGoal = db.prepare(
    `INSERT INTO goals (student_id, session_id, text, due_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insSaved = db.prepare(
    `INSERT OR IGNORE INTO saved_careers (student_id, code, title, rank, status, saved_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const studentIds: number[] = []
  db.transaction(() => {
    for (let i = 0; i < opts.students; i++) {
      const name = `${pick(FIRST)} ${pick(LAST)}`
      const grade = 6 + Math.floor(rand() * 7)
      const number = `S${String(100000 + i)}`
      const r = rand()
      const status = r < 0.85 ? 'active' : r < 0.95 ? 'graduated' : 'transferred'
      const id = Number(
        insStudent.run(
          name,
          null,
          grade,
          pick(schools),
          number,
          status,
          status === 'graduated' ? day(Math.floor(rand() * 3000)) : null,
          foldForSearch(name, null, number),
          now,
          now,
        ).lastInsertRowid,
      )
      studentIds.push(id)
      let lastSession = 0
      for (let j = 0; j < opts.sessionsPerStudent; j++) {
        const purpose = pick(PURPOSES)
        lastSession = Number(
          insSession.run(
            id,
            day(Math.floor(rand() * 365)),
            15 + 5 * Math.floor(rand() * 6),
            purpose,
            `Discussed ${purpose.toLowerCase()}.`,
            rand() < 0.3 ? 'Follow up privately.' : '',
            now,
            now,
          ).lastInsertRowid,
        )
      }
      const goals = Math.floor(rand() * 3)
      for (let g = 0; g < goals; g++) {
        const st = rand() < 0.6 ? 'open' : 'done'
        insGoal.run(
          id,
          lastSession || null,
          'Research two programs',
          day(Math.floor(rand() * 120) - 60),
          st,
          now,
          now,
        )
      }
      const saved = Math.floor(rand() * 4)
      for (let k = 0; k < saved; k++) {
        const c = pick(careers)
        insSaved.run(id, c.code, c.title, k + 1, pick(['exploring', 'shortlisted', 'set_aside']), now, now)
      }
    }
  })()
  return { studentIds }
}
