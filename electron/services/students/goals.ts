import type { Goal, GoalStatus } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { conflict, type GoalRow, requireStudent, toGoal } from './rows'

function requireGoal(db: DB, id: number): GoalRow {
  const row = db.prepare('SELECT * FROM goals WHERE id = ?').get(id) as GoalRow | undefined
  if (!row)
    throw new UserError(
      'NOT_FOUND',
      'That goal is no longer in the record.',
      'Reload the student to see the current goals.',
    )
  return row
}

export function listGoals(ctx: ServiceContext, studentId: number): Goal[] {
  requireStudent(ctx.clients, studentId)
  // Open goals first, soonest due first; goals without a date after dated ones.
  const rows = ctx.clients
    .prepare(
      `SELECT * FROM goals WHERE student_id = ?
       ORDER BY status = 'open' DESC, due_date IS NULL, due_date, id`,
    )
    .all(studentId) as GoalRow[]
  return rows.map(toGoal)
}

export function createGoal(
  ctx: ServiceContext,
  f: {
    studentId: number
    sessionId?: number | null | undefined
    text: string
    dueDate?: string | null | undefined
  },
): Goal {
  const db = ctx.clients
  const now = ctx.now().toISOString()
  return db.transaction(() => {
    requireStudent(db, f.studentId)
    if (f.sessionId != null) {
      const ok = db
        .prepare('SELECT 1 FROM sessions WHERE id = ? AND student_id = ?')
        .get(f.sessionId, f.studentId)
      if (!ok)
        throw new UserError(
          'NOT_FOUND',
          'That session is not one of this student’s.',
          'Pick a session of this student.',
        )
    }
    const info = db
      .prepare(
        `INSERT INTO goals (student_id, session_id, text, due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(f.studentId, f.sessionId ?? null, f.text, f.dueDate ?? null, now, now)
    return toGoal(requireGoal(db, Number(info.lastInsertRowid)))
  })()
}

export function updateGoal(
  ctx: ServiceContext,
  f: { id: number; version: number; text: string; dueDate?: string | null | undefined; status: GoalStatus },
): Goal {
  const db = ctx.clients
  const now = ctx.now().toISOString()
  return db.transaction(() => {
    const prev = requireGoal(db, f.id)
    const completedAt = f.status === 'done' ? (prev.status === 'done' ? prev.completed_at : now) : null
    const changed = db
      .prepare(
        `UPDATE goals SET text = ?, due_date = ?, status = ?, completed_at = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .run(f.text, f.dueDate ?? null, f.status, completedAt, now, f.id, f.version).changes
    if (changed === 0) throw conflict('goal')
    return toGoal(requireGoal(db, f.id))
  })()
}

export function deleteGoal(ctx: ServiceContext, id: number): void {
  requireGoal(ctx.clients, id)
  ctx.clients.prepare('DELETE FROM goals WHERE id = ?').run(id)
}
