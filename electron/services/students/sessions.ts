import type { Session } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { conflict, logRecord, requireStudent, type SessionRow, toSession } from './rows'

export interface SessionFields {
  date: string
  durationMin: number
  purpose: string
  recordNotes?: string | undefined
  privateNotes?: string | undefined
  planned?: boolean | undefined
}

/** The counselor's calendar day (local time), as stored session dates are. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * A session dated after today cannot have been held: it is refused unless the counselor saves it
 * as planned, so a mistyped year never makes a student "last seen" next June.
 */
function plannedFlag(ctx: ServiceContext, f: SessionFields): 0 | 1 {
  if (f.planned) return 1
  if (f.date > localDay(ctx.now()))
    throw new UserError(
      'VALIDATION',
      `${f.date} is after today, so this session has not happened yet.`,
      'Fix the date, or save it as a planned session (it will not count as seen).',
      [{ path: 'date', message: 'This date is in the future. Fix it, or tick “Planned”.' }],
    )
  return 0
}

function requireSession(db: DB, id: number): SessionRow {
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined
  if (!row)
    throw new UserError(
      'NOT_FOUND',
      'That session is no longer in the record.',
      'Reload the student to see the current sessions.',
    )
  return row
}

export function listSessions(ctx: ServiceContext, studentId: number): Session[] {
  requireStudent(ctx.clients, studentId)
  const rows = ctx.clients
    .prepare('SELECT * FROM sessions WHERE student_id = ? ORDER BY date DESC, id DESC')
    .all(studentId) as SessionRow[]
  return rows.map(toSession)
}

export function createSession(ctx: ServiceContext, studentId: number, f: SessionFields): Session {
  const db = ctx.clients
  const now = ctx.now().toISOString()
  const planned = plannedFlag(ctx, f)
  return db.transaction(() => {
    requireStudent(db, studentId)
    const info = db
      .prepare(
        `INSERT INTO sessions (student_id, date, duration_min, purpose, record_notes, private_notes, planned, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        studentId,
        f.date,
        f.durationMin,
        f.purpose,
        f.recordNotes ?? '',
        f.privateNotes ?? '',
        planned,
        now,
        now,
      )
    db.prepare('UPDATE students SET updated_at = ? WHERE id = ?').run(now, studentId)
    return toSession(requireSession(db, Number(info.lastInsertRowid)))
  })()
}

export function updateSession(ctx: ServiceContext, id: number, version: number, f: SessionFields): Session {
  const db = ctx.clients
  const planned = plannedFlag(ctx, f)
  return db.transaction(() => {
    requireSession(db, id)
    const changed = db
      .prepare(
        `UPDATE sessions SET date = ?, duration_min = ?, purpose = ?, record_notes = ?, private_notes = ?,
           planned = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
      )
      .run(
        f.date,
        f.durationMin,
        f.purpose,
        f.recordNotes ?? '',
        f.privateNotes ?? '',
        planned,
        ctx.now().toISOString(),
        id,
        version,
      ).changes
    if (changed === 0) throw conflict('session')
    return toSession(requireSession(db, id))
  })()
}

export function deleteSession(ctx: ServiceContext, id: number): void {
  const db = ctx.clients
  db.transaction(() => {
    const s = requireSession(db, id)
    db.prepare('DELETE FROM sessions WHERE id = ?').run(id)
    logRecord(
      db,
      s.student_id,
      ctx.now().toISOString(),
      'session deleted',
      `Session of ${s.date} (${s.purpose}) deleted.`,
    )
  })()
}

/**
 * The only way a private note becomes part of the record: it is appended to the record notes,
 * cleared from the private notes, and the move is logged with the date of the session.
 */
export function movePrivateNote(ctx: ServiceContext, id: number, version: number): Session {
  const db = ctx.clients
  return db.transaction(() => {
    const s = requireSession(db, id)
    if (!s.private_notes.trim())
      throw new UserError('VALIDATION', 'This session has no private notes to move.', 'Write the note first.')
    const record = s.record_notes.trim()
      ? `${s.record_notes.trimEnd()}\n\n${s.private_notes.trim()}`
      : s.private_notes.trim()
    const now = ctx.now().toISOString()
    const changed = db
      .prepare(
        `UPDATE sessions SET record_notes = ?, private_notes = '', updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .run(record, now, id, version).changes
    if (changed === 0) throw conflict('session')
    logRecord(
      db,
      s.student_id,
      now,
      'private note moved into record',
      `Private notes of the ${s.date} session (${s.private_notes.trim().length} characters) became part of the record.`,
    )
    return toSession(requireSession(db, id))
  })()
}
