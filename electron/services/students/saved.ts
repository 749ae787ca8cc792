import type { SavedCareer, SavedStatus } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { conflict, requireStudent, type SavedRow, toSaved } from './rows'

function requireSaved(db: DB, id: number): SavedRow {
  const row = db.prepare('SELECT * FROM saved_careers WHERE id = ?').get(id) as SavedRow | undefined
  if (!row)
    throw new UserError('NOT_FOUND', 'That saved career is no longer on the list.', 'Reload the student.')
  return row
}

export function listSaved(ctx: ServiceContext, studentId: number): SavedCareer[] {
  requireStudent(ctx.clients, studentId)
  const rows = ctx.clients
    .prepare('SELECT * FROM saved_careers WHERE student_id = ? ORDER BY rank, id')
    .all(studentId) as SavedRow[]
  return rows.map(toSaved)
}

/**
 * Saves a career with the title the installed catalog gives it today; that code and title stay
 * with the student even if a later pack renames or drops the occupation. Saving a career the
 * student already has changes nothing and says so (alreadySaved).
 */
export function addSaved(
  ctx: ServiceContext,
  studentId: number,
  code: string,
  note?: string,
): SavedCareer & { alreadySaved: boolean } {
  const occ = ctx.catalog.get().prepare('SELECT title FROM occupations WHERE code = ?').get(code) as
    | { title: string }
    | undefined
  if (!occ)
    throw new UserError(
      'NOT_FOUND',
      `There is no occupation ${code} in the installed career data.`,
      'Search for the career and save it from its profile.',
    )
  const db = ctx.clients
  return db.transaction(() => {
    requireStudent(db, studentId)
    const existing = db
      .prepare('SELECT * FROM saved_careers WHERE student_id = ? AND code = ?')
      .get(studentId, code) as SavedRow | undefined
    if (existing) return { ...toSaved(existing), alreadySaved: true }
    const { next } = db
      .prepare('SELECT coalesce(max(rank), 0) + 1 AS next FROM saved_careers WHERE student_id = ?')
      .get(studentId) as { next: number }
    const now = ctx.now().toISOString()
    const info = db
      .prepare(
        `INSERT INTO saved_careers (student_id, code, title, rank, note, saved_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(studentId, code, occ.title, next, note?.trim() || null, now, now)
    return { ...toSaved(requireSaved(db, Number(info.lastInsertRowid))), alreadySaved: false }
  })()
}

export function updateSaved(
  ctx: ServiceContext,
  f: { id: number; version: number; status: SavedStatus; note?: string | null | undefined },
): SavedCareer {
  const db = ctx.clients
  return db.transaction(() => {
    requireSaved(db, f.id)
    const changed = db
      .prepare(
        'UPDATE saved_careers SET status = ?, note = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
      )
      .run(f.status, f.note?.trim() || null, ctx.now().toISOString(), f.id, f.version).changes
    if (changed === 0) throw conflict('saved career')
    return toSaved(requireSaved(db, f.id))
  })()
}

/** The new order must name every saved career of the student exactly once. */
export function reorderSaved(ctx: ServiceContext, studentId: number, ids: number[]): SavedCareer[] {
  const db = ctx.clients
  db.transaction(() => {
    requireStudent(db, studentId)
    const current = (
      db.prepare('SELECT id FROM saved_careers WHERE student_id = ?').all(studentId) as { id: number }[]
    )
      .map((r) => r.id)
      .sort((a, b) => a - b)
    const given = [...ids].sort((a, b) => a - b)
    if (current.length !== given.length || current.some((v, i) => v !== given[i]))
      throw new UserError(
        'CONFLICT',
        'The saved-careers list changed in another window, so the new order was not saved.',
        'Reload and try again.',
      )
    const set = db.prepare('UPDATE saved_careers SET rank = ? WHERE id = ?')
    for (const [i, id] of ids.entries()) set.run(i + 1, id)
  })()
  return listSaved(ctx, studentId)
}

export function removeSaved(ctx: ServiceContext, id: number): void {
  const db = ctx.clients
  db.transaction(() => {
    const row = requireSaved(db, id)
    db.prepare('DELETE FROM saved_careers WHERE id = ?').run(id)
    db.prepare('UPDATE saved_careers SET rank = rank - 1 WHERE student_id = ? AND rank > ?').run(
      row.student_id,
      row.rank,
    )
  })()
}
