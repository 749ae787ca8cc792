import type { FormEvent } from 'react'
import type { Student, StudentStatus } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, described, Field, useAction } from '../../components/ui'
import { clearDrafts, useDraft } from '../../hooks/drafts'

interface Values {
  name: string
  preferredName: string
  grade: string
  school: string
  studentNumber: string
  guardianContact: string
  directoryOptOut: boolean
  status: StudentStatus
  graduatedOn: string
}

const fromStudent = (s?: Student): Values => ({
  name: s?.name ?? '',
  preferredName: s?.preferredName ?? '',
  grade: s?.grade == null ? '' : String(s.grade),
  school: s?.school ?? '',
  studentNumber: s?.studentNumber ?? '',
  guardianContact: s?.guardianContact ?? '',
  directoryOptOut: s?.directoryOptOut ?? false,
  status: s?.status ?? 'active',
  graduatedOn: s?.graduatedOn ?? '',
})

/**
 * Create or edit a student. Edits carry the version they were loaded with, so a save after
 * another window's save is refused with "reload and try again" instead of overwriting it.
 */
export function StudentForm({
  student,
  schools = [],
  onSaved,
  onCancel,
  onReload,
  compact = false,
}: {
  student?: Student
  schools?: string[]
  onSaved: (s: Student) => void
  onCancel?: () => void
  /** Loads the newest version after another window saved first. */
  onReload?: () => void
  compact?: boolean
}) {
  // A draft, so an auto-lock in the middle of an edit loses nothing.
  const draft = student ? `student:${student.id}:v${student.version}:` : 'student:new:'
  const [v, setV] = useDraft<Values>(`${draft}values`, fromStudent(student))
  const { busy, error, run } = useAction()
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((old) => ({ ...old, [k]: value }))
  const fe = (k: string) => error?.fields[k]
  const p = student ? `edit-${student.id}` : 'new'

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const fields = {
      name: v.name,
      preferredName: v.preferredName || null,
      grade: v.grade === '' ? null : Number(v.grade),
      school: v.school || null,
      studentNumber: v.studentNumber || null,
      guardianContact: v.guardianContact || null,
      directoryOptOut: v.directoryOptOut,
      status: v.status,
      graduatedOn: v.status === 'graduated' && v.graduatedOn ? v.graduatedOn : null,
    }
    const saved = await run(() =>
      student
        ? call('students.update', { id: student.id, version: student.version, ...fields })
        : call('students.create', fields),
    )
    if (saved) {
      clearDrafts(draft)
      onSaved(saved)
    }
  }

  return (
    <form
      className="st-form"
      onSubmit={submit}
      noValidate
      aria-label={student ? 'Edit student' : 'New student'}
    >
      <Alert error={error} onReload={onReload} />
      <div className="st-grid">
        <Field id={`${p}-name`} label="Legal name" error={fe('name')}>
          <input
            id={`${p}-name`}
            value={v.name}
            onChange={(e) => set('name', e.target.value)}
            autoComplete="off"
            required
            {...described(`${p}-name`, fe('name'))}
          />
        </Field>
        <Field id={`${p}-preferred`} label="Preferred name" error={fe('preferredName')}>
          <input
            id={`${p}-preferred`}
            value={v.preferredName}
            onChange={(e) => set('preferredName', e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field id={`${p}-grade`} label="Grade" error={fe('grade')}>
          <select id={`${p}-grade`} value={v.grade} onChange={(e) => set('grade', e.target.value)}>
            <option value="">Not set</option>
            {[6, 7, 8, 9, 10, 11, 12].map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </Field>
        {compact ? null : (
          <>
            <Field id={`${p}-school`} label="School" error={fe('school')}>
              <input
                id={`${p}-school`}
                value={v.school}
                list={`${p}-schools`}
                onChange={(e) => set('school', e.target.value)}
              />
              <datalist id={`${p}-schools`}>
                {schools.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </Field>
            <Field
              id={`${p}-number`}
              label="Student number"
              error={fe('studentNumber')}
              hint="Unique within a school"
            >
              <input
                id={`${p}-number`}
                value={v.studentNumber}
                onChange={(e) => set('studentNumber', e.target.value)}
                {...described(`${p}-number`, fe('studentNumber'))}
              />
            </Field>
            <Field id={`${p}-status`} label="Status" error={fe('status')}>
              <select
                id={`${p}-status`}
                value={v.status}
                onChange={(e) => set('status', e.target.value as StudentStatus)}
              >
                <option value="active">Active</option>
                <option value="graduated">Graduated</option>
                <option value="transferred">Transferred</option>
              </select>
            </Field>
            {v.status === 'graduated' ? (
              <Field
                id={`${p}-graduated`}
                label="Graduated on"
                error={fe('graduatedOn')}
                hint="Retention counts from this date"
              >
                <input
                  id={`${p}-graduated`}
                  type="date"
                  value={v.graduatedOn}
                  onChange={(e) => set('graduatedOn', e.target.value)}
                  {...described(`${p}-graduated`, fe('graduatedOn'))}
                />
              </Field>
            ) : null}
            <Field id={`${p}-guardian`} label="Parent or guardian contact" error={fe('guardianContact')} wide>
              <input
                id={`${p}-guardian`}
                value={v.guardianContact}
                placeholder="Name, phone or email"
                onChange={(e) => set('guardianContact', e.target.value)}
              />
            </Field>
            <div className="st-field wide st-check">
              <input
                id={`${p}-optout`}
                type="checkbox"
                checked={v.directoryOptOut}
                onChange={(e) => set('directoryOptOut', e.target.checked)}
              />
              <label htmlFor={`${p}-optout`}>
                Opted out of directory information{' '}
                <span className="muted">(do not disclose name, grade or school without consent)</span>
              </label>
            </div>
          </>
        )}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : student ? 'Save changes' : 'Create student'}
        </button>
        {onCancel ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              clearDrafts(draft)
              onCancel()
            }}
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
