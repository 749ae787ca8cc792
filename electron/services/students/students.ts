import type { z } from 'zod'
import type { studentInput, studentListInput } from '../../../shared/api/students'
import { foldForSearch, type Student, type StudentSummary } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { markScrubPending } from './backup-hygiene'
import { purgeDisclosures } from './disclosures'
import { conflict, requireStudent, type StudentRow, toStudent, toSummary } from './rows'

export type StudentFields = z.output<typeof studentInput>
type ListInput = z.output<typeof studentListInput>

const blank = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s.trim())

/** Student numbers are unique within a school (schools compared case-insensitively). */
export function assertNumberFree(db: DB, school: string | null, number: string | null, exceptId = 0): void {
  if (!number) return
  const clash = db
    .prepare(
      `SELECT id FROM students WHERE student_number = ? AND lower(coalesce(school, '')) = lower(?) AND id <> ?`,
    )
    .get(number, school ?? '', exceptId)
  if (clash)
    throw new UserError(
      'CONFLICT',
      `Student number ${number} is already used by another student${school ? ` at ${school}` : ''}.`,
      'Check the number, or open the existing student instead.',
      [{ path: 'studentNumber', message: 'Already used at this school.' }],
    )
}

function columns(f: StudentFields, today: string, previous?: StudentRow) {
  const status = f.status ?? previous?.status ?? 'active'
  const graduatedOn =
    status === 'graduated'
      ? (f.graduatedOn ?? (previous?.status === 'graduated' ? previous.graduated_on : today))
      : null
  return {
    name: f.name,
    preferred_name: blank(f.preferredName),
    grade: f.grade ?? null,
    school: blank(f.school),
    student_number: blank(f.studentNumber),
    guardian_contact: blank(f.guardianContact),
    directory_opt_out: f.directoryOptOut ? 1 : 0,
    status,
    graduated_on: graduatedOn,
    search_key: foldForSearch(f.name, f.preferredName, f.studentNumber),
  }
}

/**
 * A number no student ever had in these records: the disclosure log of a student who is gone
 * (deleted, or newer than a restored backup) keeps their number, and a new student must never
 * inherit that log. SQLite alone would hand out the highest live id + 1 again.
 */
function nextStudentId(db: DB): number {
  const row = db
    .prepare(
      `SELECT max(
         (SELECT coalesce(max(id), 0) FROM students),
         (SELECT coalesce(max(student_id), 0) FROM disclosures),
         (SELECT coalesce(max(student_id), 0) FROM disclosure_heads),
         (SELECT coalesce(max(student_id), 0) FROM deleted_students)) AS m`,
    )
    .get() as { m: number }
  return row.m + 1
}

export function createStudent(ctx: ServiceContext, f: StudentFields): Student {
  const db = ctx.clients
  const now = ctx.now().toISOString()
  return db.transaction(() => {
    const c = columns(f, now.slice(0, 10))
    assertNumberFree(db, c.school, c.student_number)
    const info = db
      .prepare(
        `INSERT INTO students (id, name, preferred_name, grade, school, student_number, guardian_contact, directory_opt_out,
           status, graduated_on, search_key, created_at, updated_at)
         VALUES (@id, @name, @preferred_name, @grade, @school, @student_number, @guardian_contact, @directory_opt_out,
           @status, @graduated_on, @search_key, @now, @now)`,
      )
      .run({ ...c, id: nextStudentId(db), now })
    return toStudent(db, requireStudent(db, Number(info.lastInsertRowid)))
  })()
}

export function updateStudent(
  ctx: ServiceContext,
  input: StudentFields & { id: number; version: number },
): Student {
  const db = ctx.clients
  const now = ctx.now().toISOString()
  return db.transaction(() => {
    const prev = requireStudent(db, input.id)
    const c = columns(input, now.slice(0, 10), prev)
    assertNumberFree(db, c.school, c.student_number, input.id)
    const changed = db
      .prepare(
        `UPDATE students SET name=@name, preferred_name=@preferred_name, grade=@grade, school=@school,
           student_number=@student_number, guardian_contact=@guardian_contact, directory_opt_out=@directory_opt_out,
           status=@status, graduated_on=@graduated_on, search_key=@search_key, updated_at=@now, version = version + 1
         WHERE id=@id AND version=@version`,
      )
      .run({ ...c, now, id: input.id, version: input.version }).changes
    if (changed === 0) throw conflict('student')
    return toStudent(db, requireStudent(db, input.id))
  })()
}

export function setArchived(ctx: ServiceContext, id: number, archived: boolean): Student {
  const db = ctx.clients
  requireStudent(db, id)
  db.prepare('UPDATE students SET archived = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(
    archived ? 1 : 0,
    ctx.now().toISOString(),
    id,
  )
  return toStudent(db, requireStudent(db, id))
}

export function listStudents(ctx: ServiceContext, f: ListInput): StudentSummary[] {
  const where = ['s.archived = @archived']
  const params: Record<string, unknown> = { archived: f.archived ? 1 : 0, limit: f.limit }
  const words = foldForSearch(f.q).split(/\s+/).filter(Boolean).slice(0, 6)
  words.forEach((w, i) => {
    where.push(`s.search_key LIKE @w${i} ESCAPE '\\'`)
    params[`w${i}`] = `%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
  })
  if (f.grade != null) {
    where.push('s.grade = @grade')
    params.grade = f.grade
  }
  if (f.status) {
    where.push('s.status = @status')
    params.status = f.status
  }
  if (f.school) {
    where.push(`lower(coalesce(s.school, '')) = lower(@school)`)
    params.school = f.school
  }
  // last_seen is kept by triggers on sessions (migration 11), so no per-student subquery.
  if (f.notSeenDays === 'never') where.push('s.last_seen IS NULL')
  else if (typeof f.notSeenDays === 'number') {
    const cutoff = new Date(ctx.now().getTime() - f.notSeenDays * 86400000).toISOString().slice(0, 10)
    where.push('(s.last_seen IS NULL OR s.last_seen < @cutoff)')
    params.cutoff = cutoff
  }
  const rows = ctx.clients
    .prepare(
      `SELECT s.id, s.name, s.preferred_name, s.grade, s.school, s.student_number, s.status, s.archived,
              s.last_seen
       FROM students s WHERE ${where.join(' AND ')} ORDER BY s.search_key, s.id LIMIT @limit`,
    )
    .all(params) as StudentRow[]
  return rows.map(toSummary)
}

export function listSchools(ctx: ServiceContext): string[] {
  const rows = ctx.clients
    .prepare(
      `SELECT DISTINCT school FROM students WHERE school IS NOT NULL AND school <> '' ORDER BY school COLLATE NOCASE`,
    )
    .all() as { school: string }[]
  return rows.map((r) => r.school)
}

/**
 * Destroys everything about one student in one transaction (sessions, goals, saved careers,
 * interests and other domains' rows via ON DELETE CASCADE, the disclosure log through its gate)
 * and writes a deletion-log entry that holds counts only, never a name or number.
 */
export function deleteStudent(
  ctx: ServiceContext,
  id: number,
  reason: 'counselor' | 'retention',
  confirmName?: string,
): void {
  const db = ctx.clients
  db.transaction(() => {
    const s = requireStudent(db, id)
    if (confirmName !== undefined && confirmName.trim() !== s.name)
      throw new UserError(
        'VALIDATION',
        'The name you typed does not match, so nothing was deleted.',
        `Type the student's full name exactly as shown to confirm.`,
        [{ path: 'confirmName', message: 'Does not match.' }],
      )
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE student_id = ?`).get(id) as { n: number }).n
    const counts = {
      sessions: count('sessions'),
      goals: count('goals'),
      savedCareers: count('saved_careers'),
      consents: count('consents'),
    }
    const disclosures = purgeDisclosures(db, id)
    // Remembered (internal id and creation time only) so restoring an older backup deletes it again.
    db.prepare(
      'INSERT INTO deleted_students (student_id, student_created_at, deleted_at) VALUES (?, ?, ?)',
    ).run(
      id,
      (db.prepare('SELECT created_at FROM students WHERE id = ?').get(id) as { created_at: string })
        .created_at,
      ctx.now().toISOString(),
    )
    db.prepare('DELETE FROM students WHERE id = ?').run(id)
    markScrubPending(db)
    const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`
    const summary = `1 student record deleted with ${n(counts.sessions, 'session', 'sessions')}, ${n(counts.goals, 'goal', 'goals')}, ${n(counts.savedCareers, 'saved career', 'saved careers')}, ${n(counts.consents, 'consent', 'consents')} and ${n(disclosures, 'disclosure-log entry', 'disclosure-log entries')}.`
    db.prepare('INSERT INTO deletion_log (at, reason, summary) VALUES (?, ?, ?)').run(
      ctx.now().toISOString(),
      reason,
      summary,
    )
  })()
}
