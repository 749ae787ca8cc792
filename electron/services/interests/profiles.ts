import type { z } from 'zod'
import type { profileInput } from '../../../shared/api/interests'
import type { InterestProfile, ProfileSource } from '../../../shared/domain/interests'
import { UserError } from '../../../shared/errors'
import { INVENTORY, INVENTORY_IDS } from '../../../shared/inventory'
import {
  AREAS,
  type Area,
  highPointCode,
  hollandToScores,
  type InventoryAnswer,
  parseHollandCode,
  type Six,
  scoreInventory,
} from '../../../shared/riasec'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { statements } from '../db/statements'

type ProfileInput = z.output<typeof profileInput>

export interface ProfileRow {
  id: number
  student_id: number
  taken_on: string
  source: ProfileSource
  r: number
  i: number
  a: number
  s: number
  e: number
  c: number
  high_point: string
  entered_code: string | null
  answers: string | null
  note: string | null
  created_at: string
}

const COLUMNS =
  'id, student_id, taken_on, source, r, i, a, s, e, c, high_point, entered_code, answers, note, created_at'

export function toProfile(row: ProfileRow): InterestProfile {
  return {
    id: row.id,
    studentId: row.student_id,
    takenOn: row.taken_on,
    source: row.source,
    scores: [row.r, row.i, row.a, row.s, row.e, row.c],
    highPoint: row.high_point.split('').filter(Boolean) as Area[],
    enteredCode: row.entered_code,
    answers: row.answers ? (JSON.parse(row.answers) as Record<string, InventoryAnswer>) : null,
    note: row.note,
    createdAt: row.created_at,
  }
}

export function requireStudent(db: DB, studentId: number): void {
  if (!statements(db)('SELECT 1 FROM students WHERE id = ?').get(studentId)) {
    throw new UserError(
      'NOT_FOUND',
      'That student record was not found.',
      'It may have been deleted. Go back to Students and open the record again.',
    )
  }
}

export function listProfiles(db: DB, studentId: number): InterestProfile[] {
  requireStudent(db, studentId)
  const rows = statements(db)(
    `SELECT ${COLUMNS} FROM interest_profiles WHERE student_id = ? ORDER BY taken_on, id`,
  ).all(studentId) as ProfileRow[]
  return rows.map(toProfile)
}

/** The profile matching should use: the one asked for, or the student's most recent. */
export function pickProfile(db: DB, studentId: number, profileId?: number): InterestProfile | null {
  requireStudent(db, studentId)
  const row = (
    profileId === undefined
      ? statements(db)(
          `SELECT ${COLUMNS} FROM interest_profiles WHERE student_id = ? ORDER BY taken_on DESC, id DESC LIMIT 1`,
        ).get(studentId)
      : statements(db)(`SELECT ${COLUMNS} FROM interest_profiles WHERE student_id = ? AND id = ?`).get(
          studentId,
          profileId,
        )
  ) as ProfileRow | undefined
  if (!row && profileId !== undefined) {
    throw new UserError(
      'NOT_FOUND',
      'That interest profile was not found for this student.',
      'Reload the Interests tab.',
    )
  }
  return row ? toProfile(row) : null
}

function scoresOf(input: ProfileInput): { scores: Six; enteredCode: string | null; answers: string | null } {
  switch (input.source) {
    case 'profiler':
      return { scores: AREAS.map((a) => input.scores[a]) as Six, enteredCode: null, answers: null }
    case 'holland': {
      const code = parseHollandCode(input.code)
      if (typeof code === 'string') {
        throw new UserError(
          'VALIDATION',
          code,
          'Type the letters from the student’s results, strongest first, e.g. SAE.',
        )
      }
      return { scores: hollandToScores(code), enteredCode: code.join(''), answers: null }
    }
    case 'quick': {
      const unknown = Object.keys(input.answers).filter((k) => !INVENTORY_IDS.has(k))
      if (unknown.length > 0) {
        throw new UserError(
          'VALIDATION',
          'Some answers do not belong to the quick interest check.',
          'Start the quick interest check again.',
        )
      }
      const { scores, missing } = scoreInventory(INVENTORY, input.answers)
      if (missing.length > 0) {
        throw new UserError(
          'VALIDATION',
          `${missing.length} of ${INVENTORY.length} statements are not answered yet.`,
          'Choose agree, unsure or disagree for every statement; “unsure” is fine when the student cannot decide.',
        )
      }
      return { scores, enteredCode: null, answers: JSON.stringify(input.answers) }
    }
  }
}

export function addProfile(ctx: ServiceContext, input: ProfileInput): InterestProfile {
  const db = ctx.clients
  requireStudent(db, input.studentId)
  const today = ctx.now().toISOString().slice(0, 10)
  if (input.takenOn > today) {
    throw new UserError(
      'VALIDATION',
      'The date the interests were recorded is in the future.',
      `Use today (${today}) or an earlier date.`,
    )
  }
  const { scores, enteredCode, answers } = scoresOf(input)
  // A typed Holland code keeps its own letter order; scores from it would give the same code.
  const high = enteredCode ?? highPointCode(scores).join('')
  const info = statements(
    db,
  )(`INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, entered_code, answers, note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    input.studentId,
    input.takenOn,
    input.source,
    ...scores,
    high,
    enteredCode,
    answers,
    input.note || null,
    ctx.now().toISOString(),
  )
  return toProfile(
    statements(db)(`SELECT ${COLUMNS} FROM interest_profiles WHERE id = ?`).get(
      info.lastInsertRowid,
    ) as ProfileRow,
  )
}

export function removeProfile(db: DB, id: number): { removed: boolean } {
  return { removed: statements(db)('DELETE FROM interest_profiles WHERE id = ?').run(id).changes > 0 }
}
