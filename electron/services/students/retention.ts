import type { RetentionPreview } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { deleteStudent } from './students'

export function getSetting(db: DB, key: string): string | null {
  const r = db.prepare('SELECT value FROM records_settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined
  return r?.value ?? null
}

export function putSetting(db: DB, key: string, value: string | null): void {
  if (value == null) db.prepare('DELETE FROM records_settings WHERE key = ?').run(key)
  else
    db.prepare(
      'INSERT INTO records_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value)
}

export function retentionYears(db: DB): number | null {
  const v = getSetting(db, 'retention_years')
  return v == null ? null : Number(v)
}

/** Graduated students whose graduation is more than N years before today. */
export function previewRetention(ctx: ServiceContext): RetentionPreview {
  const years = retentionYears(ctx.clients)
  if (years == null) return { years: null, cutoff: null, students: [] }
  const now = ctx.now()
  const cutoffDate = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()))
  const cutoff = cutoffDate.toISOString().slice(0, 10)
  const students = ctx.clients
    .prepare(
      `SELECT id, name, graduated_on AS graduatedOn FROM students
       WHERE status = 'graduated' AND graduated_on IS NOT NULL AND graduated_on < ? ORDER BY graduated_on, id`,
    )
    .all(cutoff) as RetentionPreview['students']
  return { years, cutoff, students }
}

export function applyRetention(ctx: ServiceContext, expectCount: number): { deleted: number } {
  const db = ctx.clients
  return db.transaction(() => {
    const preview = previewRetention(ctx)
    if (preview.years == null)
      throw new UserError(
        'VALIDATION',
        'No retention period is set, so nothing was deleted.',
        'Set how many years to keep records after graduation.',
      )
    if (preview.students.length !== expectCount)
      throw new UserError(
        'CONFLICT',
        `The records due for deletion changed since the preview (now ${preview.students.length}), so nothing was deleted.`,
        'Look at the preview again, then apply.',
      )
    for (const s of preview.students) deleteStudent(ctx, s.id, 'retention')
    return { deleted: preview.students.length }
  })()
}
