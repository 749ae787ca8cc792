import type { InterestProfile } from '../../../../shared/domain/interests'
import { UserError } from '../../../../shared/errors'
import type { DB } from '../../db/open'
import { listProfiles } from '../../interests/profiles'

/**
 * What a report about a student may print. Sessions contribute their record notes only: the
 * private_notes column is never selected, so it cannot reach a PDF by accident.
 */
export interface StudentFacts {
  id: number
  name: string
  preferredName: string | null
  grade: number | null
  school: string | null
  saved: { code: string; title: string; rank: number; status: string }[]
  /** The latest interest profile: six scores R..C on the Interest Profiler's 0–40 scale. */
  interests: Pick<InterestProfile, 'takenOn' | 'source' | 'scores' | 'highPoint'> | null
  /** Every profile recorded, oldest first, for the change-over-time chart. */
  interestHistory: InterestProfile[]
  recordNotes: { date: string; purpose: string; text: string }[]
  goals: { text: string; due: string | null; status: string }[]
}

type Row = Record<string, unknown>

export function loadStudent(db: DB, id: number): StudentFacts {
  const s = db.prepare('SELECT id, name, preferred_name, grade, school FROM students WHERE id = ?').get(id) as
    | Row
    | undefined
  if (!s)
    throw new UserError(
      'NOT_FOUND',
      'That student was not found.',
      'Choose the student again from the Students list.',
    )
  const saved = db
    .prepare(
      "SELECT code, title, rank, status FROM saved_careers WHERE student_id = ? ORDER BY status = 'set_aside', status <> 'shortlisted', rank, id",
    )
    .all(id) as StudentFacts['saved']
  const recordNotes = db
    .prepare(
      "SELECT date, purpose, record_notes AS text FROM sessions WHERE student_id = ? AND trim(record_notes) <> '' ORDER BY date DESC, id DESC",
    )
    .all(id) as StudentFacts['recordNotes']
  const goals = db
    .prepare(
      "SELECT text, due_date AS due, status FROM goals WHERE student_id = ? AND status <> 'dropped' ORDER BY status = 'done', due_date IS NULL, due_date, id",
    )
    .all(id) as StudentFacts['goals']
  return {
    id,
    name: String(s.name),
    preferredName: (s.preferred_name as string | null) ?? null,
    grade: (s.grade as number | null) ?? null,
    school: (s.school as string | null) ?? null,
    saved,
    interests: latestInterests(db, id),
    interestHistory: listProfiles(db, id),
    recordNotes,
    goals,
  }
}

function latestInterests(db: DB, id: number): StudentFacts['interests'] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'interest_profiles'").get())
    return null
  const r = db
    .prepare(
      'SELECT taken_on, source, r, i, a, s, e, c, high_point FROM interest_profiles WHERE student_id = ? ORDER BY taken_on DESC, id DESC LIMIT 1',
    )
    .get(id) as Row | undefined
  if (!r) return null
  return {
    takenOn: String(r.taken_on),
    source: r.source as InterestProfile['source'],
    scores: [r.r, r.i, r.a, r.s, r.e, r.c].map(Number) as InterestProfile['scores'],
    highPoint: String(r.high_point ?? '')
      .split('')
      .filter(Boolean) as InterestProfile['highPoint'],
  }
}
