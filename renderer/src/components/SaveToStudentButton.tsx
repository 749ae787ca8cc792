import { useEffect, useRef, useState } from 'react'
import { displayName, type StudentSummary } from '../../../shared/domain/students'
import { call } from '../api'
import { StudentForm } from '../features/students/StudentForm'
import { Alert, gradeLabel, useAction } from './ui'
import '../features/students/students.css'

/**
 * "Save to a student" on an occupation profile (one career) or the Compare screen (every compared
 * career at once): pick a student (type to search) or create one inline, and the careers are
 * added to that student's saved list. A career the student already has is reported as such.
 */
export function SaveToStudentButton({
  careers,
  label = 'Save to a student',
}: {
  careers: { code: string; title: string }[]
  label?: string
}) {
  const title = careers.length === 1 ? careers[0]!.title : `${careers.length} careers`
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState('')
  const [rows, setRows] = useState<StudentSummary[]>([])
  const [creating, setCreating] = useState(false)
  const [done, setDone] = useState<{ id: number; name: string; message: string } | null>(null)
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
    const r = await run(async () => {
      const out = []
      for (const c of careers) out.push(await call('saved.add', { studentId: id, code: c.code }))
      return out
    })
    if (r) {
      setDone({ id, name, message: savedMessage(r, name) })
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
        {label}
      </button>
      {done ? (
        <span className="st-save-done" role="status">
          {done.message} <a href={`#/students/${done.id}/saved`}>Open record</a>
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

/** "Saved to Ana ✓", "Ana already has this career saved", or a count of each for several. */
function savedMessage(results: { title: string; alreadySaved: boolean }[], name: string): string {
  const fresh = results.filter((r) => !r.alreadySaved)
  const had = results.filter((r) => r.alreadySaved)
  if (results.length === 1)
    return had.length ? `Already saved for ${name}: nothing changed.` : `Saved to ${name} ✓`
  if (fresh.length === 0) return `All ${results.length} careers were already saved for ${name}.`
  const saved = `Saved ${fresh.length} ${fresh.length === 1 ? 'career' : 'careers'} to ${name} ✓`
  return had.length ? `${saved}; already saved: ${had.map((r) => r.title).join(', ')}.` : saved
}
