import { useEffect, useRef, useState } from 'react'
import { displayName } from '../../../shared/domain/students'
import { StudentForm } from '../features/students/StudentForm'
import { useApiMutation, useApiQuery } from '../hooks/api'
import { Dialog } from './Dialog'
import { Alert, gradeLabel, toFormError } from './ui'
import '../features/students/students.css'

/**
 * "Save to a student" on an occupation profile (one career) or the Compare screen (every compared
 * career at once): a dialog to pick a student (type to search) or create one, and the careers are
 * added to that student's saved list. A career the student already has is reported as such. The
 * dialog opens on its search box and gives focus back to the button when it closes.
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
  const [creating, setCreating] = useState(false)
  const [done, setDone] = useState<{ id: number; message: string } | null>(null)
  const students = useApiQuery('students.list', open && !creating ? { q: q || undefined, limit: 8 } : null, {
    keepPrevious: true,
  })
  const rows = students.data ?? []
  const add = useApiMutation('saved.add')
  // Switching between finding and creating replaces the dialog's content: focus moves with it,
  // to the name of the new student or back to the search box.
  const switched = useRef(false)
  useEffect(() => {
    if (!switched.current) return
    document.getElementById(creating ? 'new-name' : 'save-student-q')?.focus()
  }, [creating])

  const close = () => {
    setOpen(false)
    switched.current = false
    setCreating(false)
    add.reset()
  }
  const switchTo = (create: boolean) => {
    switched.current = true
    setCreating(create)
  }

  const save = async (id: number, name: string) => {
    try {
      const out = []
      for (const c of careers) out.push(await add.mutateAsync({ studentId: id, code: c.code }))
      setDone({ id, message: savedMessage(out, name) })
      close()
    } catch {
      // add.error holds it; the dialog shows it.
    }
  }

  return (
    <div className="st-save">
      <button
        type="button"
        className="secondary"
        aria-haspopup="dialog"
        onClick={() => {
          setDone(null)
          setOpen(true)
        }}
      >
        {label}
      </button>
      {done ? (
        <span className="st-save-done" role="status">
          {done.message} <a href={`#/students/${done.id}/saved`}>Open record</a>
        </span>
      ) : null}
      <Dialog open={open} title={`Save ${title} to a student`} onClose={close} className="st-save-dialog">
        {creating ? (
          <StudentForm
            compact
            onSaved={(s) => void save(s.id, displayName(s))}
            onCancel={() => switchTo(false)}
          />
        ) : (
          <>
            <label htmlFor="save-student-q">Find a student</label>
            <input
              id="save-student-q"
              type="search"
              placeholder="Type a student’s name or number"
              autoComplete="off"
              value={q}
              aria-describedby="save-student-hint"
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && rows[0]) {
                  e.preventDefault()
                  void save(rows[0].id, displayName(rows[0]))
                }
              }}
            />
            <p className="ui-hint st-save-hint" id="save-student-hint">
              Enter saves to the first student listed.
            </p>
            <ul className="st-save-list" aria-label="Students">
              {rows.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="st-save-pick"
                    disabled={add.isPending}
                    onClick={() => void save(s.id, displayName(s))}
                  >
                    <span>{displayName(s)}</span>
                    <span className="muted">
                      {gradeLabel(s.grade)}
                      {s.school ? ` · ${s.school}` : ''}
                    </span>
                  </button>
                </li>
              ))}
              {students.data && rows.length === 0 ? (
                <li className="muted st-save-none">{q ? 'No student matches.' : 'No students yet.'}</li>
              ) : null}
            </ul>
            <Alert error={add.error ? toFormError(add.error) : null} />
            <div className="ui-dialog-actions">
              <button type="button" className="secondary" onClick={close}>
                Cancel
              </button>
              <button type="button" className="secondary" onClick={() => switchTo(true)}>
                + New student
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
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
