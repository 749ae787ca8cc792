import { STUDENT_STATUS_LABEL, type StudentStatus } from '../../../shared/domain/students'
import type { FieldProblem } from '../../../shared/errors'
import { ApiFailure } from '../api'

/** A failed save as a counselor reads it: the message, the fix, and which fields to correct. */
export interface FormError {
  message: string
  fix?: string
  /** CONFLICT: another window saved first; the form offers to reload. */
  code?: string
  fields: Record<string, string>
}

export function toFormError(e: unknown): FormError {
  if (e instanceof ApiFailure) {
    const fields: Record<string, string> = {}
    for (const d of e.error.details ?? ([] as FieldProblem[])) fields[d.path] ??= d.message
    return { message: e.error.message, fix: e.error.fix, code: e.error.code, fields }
  }
  return { message: (e as Error).message ?? 'Something went wrong.', fields: {} }
}

/** A failed load or save as a counselor reads it: the message, the fix when there is one, and Reload after a clash. */
export function Alert({ error, onReload }: { error: FormError | null; onReload?: () => void }) {
  if (!error) return null
  return (
    <div className="error-box" role="alert">
      <strong>{error.message}</strong>
      {error.fix ? <div>{error.fix}</div> : null}
      {error.code === 'CONFLICT' && onReload ? (
        <button type="button" className="secondary st-reload" onClick={onReload}>
          Reload
        </button>
      ) : null}
    </div>
  )
}

const STATUS_LABEL = STUDENT_STATUS_LABEL

export function StatusBadge({ status, archived }: { status: StudentStatus; archived?: boolean }) {
  return (
    <>
      <span className={`st-badge st-${status}`}>{STATUS_LABEL[status]}</span>
      {archived ? <span className="st-badge st-archived">Archived</span> : null}
    </>
  )
}

const dateFmt = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
})

/** 2026-10-01 → Oct 1, 2026 (dates are calendar days, so read in UTC). */
export function formatDay(d: string | null | undefined): string {
  if (!d) return '—'
  const t = Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d)
  return Number.isNaN(t) ? d : dateFmt.format(t)
}

export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function gradeLabel(g: number | null): string {
  return g == null ? '—' : `Grade ${g}`
}
