import { useEffect, useRef, useState } from 'react'
import { displayName, type StudentSummary } from '../../../../shared/domain/students'
import { call } from '../../api'
import { StudentForm } from './StudentForm'
import { Alert, gradeLabel, useAction } from './ui'
import './students.css'

/**
 * "Save to a student" on an occupation profile: pick a student (type to search) or create one
 * inline, and the career is added to that student's saved list with its code and title.
 */
export function SaveToStudentButton({ code, title }: { code: string; title: string }) {
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState('')
  const [rows, setRows] = useState<StudentSummary[]>([])
  const [creating, setCreating] = useState(false)
  const [done, setDone] = useState<{ id: number; name: string } | null>(null)
  const { busy, error, setError, run } = useAction()
  const box = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open || creating) return
    let live = true
    const t = setTimeout(() => {
      call('students.list', { q: q || undefined, limit: 8 }).then(
        (r) => live && setRows(r),
        () => live && setRows([]),
      )
    }, 60)
    return () => {
      live = false
      clearTimeout(t)
    }
  }, [open, q, creating])

  const close = () => {
    setOpen(false)
    setCreating(false)
    setError(null)
    trigger.current?.focus()
  }

  const save = async (id: number, name: string) => {
    const r = await run(() => call('saved.add', { studentId: id, code }))
    if (r) {
      setDone({ id, name })
      setOpen(false)
      setCreating(false)
    }
  }

  return (
    <span className="st-save">
      <button
        ref={trigger}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => {
          if (open) return close()
          setOpen(true)
          setDone(null)
        }}
      >
        Save to a student
      </button>
      {done ? (
        <span className="st-save-done" role="status">
          Saved to {done.name} ✓ <a href={`#/students/${done.id}/saved`}>Open record</a>
        </span>
      ) : null}
      {open ? (
        <div
          ref={box}
          className="st-save-pop"
          role="dialog"
          aria-label={`Save ${title} to a student`}
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <p className="st-save-head">
            Save <strong>{title}</strong> to…
          </p>
          {creating ? (
            <StudentForm
              compact
              onSaved={(s) => save(s.id, displayName(s))}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <>
              <label htmlFor="save-student-q" className="sr-only">
                Find a student
              </label>
              <input
                id="save-student-q"
                type="search"
                autoFocus
                placeholder="Type a student’s name or number"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && rows[0]) save(rows[0].id, displayName(rows[0]))
                }}
              />
              <ul className="st-save-list">
                {rows.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="st-save-pick"
                      disabled={busy}
                      onClick={() => save(s.id, displayName(s))}
                    >
                      <span>{displayName(s)}</span>
                      <span className="muted">
                        {gradeLabel(s.grade)}
                        {s.school ? ` · ${s.school}` : ''}
                      </span>
                    </button>
                  </li>
                ))}
                {rows.length === 0 ? (
                  <li className="muted st-save-none">{q ? 'No student matches.' : 'No students yet.'}</li>
                ) : null}
              </ul>
              <button type="button" className="secondary st-save-new" onClick={() => setCreating(true)}>
                + New student
              </button>
            </>
          )}
          <Alert error={error} />
          <button type="button" className="st-save-close" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
      ) : null}
    </span>
  )
}
