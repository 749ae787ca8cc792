import type { FormEvent } from 'react'
import type { Session } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, described, Field, today, useAction } from '../../components/ui'
import { clearDrafts, useDraft } from '../../hooks/drafts'

const PURPOSES = [
  'Career exploration',
  'Course planning',
  'College and training options',
  'Interest inventory review',
  'Work-based learning',
  'Check-in',
]

/** New or edited session; a new one may add a next step (a goal) in the same save. */
export function SessionForm({
  studentId,
  session,
  onSaved,
  onCancel,
  onReload,
}: {
  studentId: number
  session?: Session
  onSaved: () => void
  onCancel: () => void
  onReload?: () => void
}) {
  // Kept as a draft so an auto-lock in the middle of a long note loses nothing.
  const d = draftKey(studentId, session)
  const [date, setDate] = useDraft(`${d}date`, session?.date ?? today())
  const [duration, setDuration] = useDraft(`${d}duration`, String(session?.durationMin ?? 30))
  const [purpose, setPurpose] = useDraft(`${d}purpose`, session?.purpose ?? '')
  const [recordNotes, setRecordNotes] = useDraft(`${d}record`, session?.recordNotes ?? '')
  const [privateNotes, setPrivateNotes] = useDraft(`${d}private`, session?.privateNotes ?? '')
  const [planned, setPlanned] = useDraft(`${d}planned`, session?.planned ?? false)
  const [nextStep, setNextStep] = useDraft(`${d}next`, '')
  const [due, setDue] = useDraft(`${d}due`, '')
  const { busy, error, run } = useAction()
  const fe = (k: string) => error?.fields[k]
  const p = session ? `s${session.id}` : 'snew'

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const fields = { date, durationMin: Number(duration) || 0, purpose, recordNotes, privateNotes, planned }
    const ok = await run(async () => {
      if (session) return call('sessions.update', { id: session.id, version: session.version, ...fields })
      const created = await call('sessions.create', { studentId, ...fields })
      if (nextStep.trim())
        await call('goals.create', { studentId, sessionId: created.id, text: nextStep, dueDate: due || null })
      return created
    })
    if (ok) {
      clearDrafts(d)
      onSaved()
    }
  }

  return (
    <form
      className="st-form st-session-form"
      onSubmit={submit}
      noValidate
      aria-label={session ? 'Edit session' : 'New session'}
    >
      <Alert error={error} onReload={onReload} />
      <div className="st-grid">
        <Field id={`${p}-date`} label="Date" error={fe('date')}>
          <input
            id={`${p}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            {...described(`${p}-date`, fe('date'))}
          />
        </Field>
        {date > today() || planned ? (
          <div className="st-planned-choice" role="group" aria-label="A date after today">
            <p>
              {date > today()
                ? 'This date is after today. Fix the date, or save it as a planned session: it will not count as seen until you mark it held.'
                : 'Untick once the meeting has happened, so it counts as seen.'}
            </p>
            <label>
              <input type="checkbox" checked={planned} onChange={(e) => setPlanned(e.target.checked)} />{' '}
              Planned (not held yet)
            </label>
          </div>
        ) : null}
        <Field id={`${p}-dur`} label="Minutes" error={fe('durationMin')}>
          <input
            id={`${p}-dur`}
            type="number"
            min={1}
            max={600}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            {...described(`${p}-dur`, fe('durationMin'))}
          />
        </Field>
        <Field id={`${p}-purpose`} label="Purpose" error={fe('purpose')} wide>
          <input
            id={`${p}-purpose`}
            list={`${p}-purposes`}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            {...described(`${p}-purpose`, fe('purpose'))}
          />
          <datalist id={`${p}-purposes`}>
            {PURPOSES.map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
        </Field>
        <Field
          id={`${p}-record`}
          label="Record notes"
          hint="Part of the student’s record: printed and exported."
          error={fe('recordNotes')}
          wide
        >
          <textarea
            id={`${p}-record`}
            rows={4}
            value={recordNotes}
            onChange={(e) => setRecordNotes(e.target.value)}
          />
        </Field>
        <Field
          id={`${p}-private`}
          label="Private notes 🔒"
          hint="Your memory aid only: never printed or exported unless you move them into the record."
          error={fe('privateNotes')}
          wide
        >
          <textarea
            id={`${p}-private`}
            className="st-private"
            rows={3}
            value={privateNotes}
            onChange={(e) => setPrivateNotes(e.target.value)}
          />
        </Field>
        {session ? null : (
          <>
            <Field id={`${p}-next`} label="Next step (optional)" error={fe('text')} wide>
              <input
                id={`${p}-next`}
                value={nextStep}
                onChange={(e) => setNextStep(e.target.value)}
                placeholder="e.g. Visit the hospital records office"
              />
            </Field>
            <Field id={`${p}-due`} label="Due" error={fe('dueDate')}>
              <input id={`${p}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
            </Field>
          </>
        )}
      </div>
      <div className="st-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : session ? 'Save session' : 'Add session'}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clearDrafts(d)
            onCancel()
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  )
}

/** The draft of one student's new session, or of one edited session at one version. */
export const draftKey = (studentId: number, session?: Session) =>
  session ? `session:${studentId}:${session.id}:v${session.version}:` : `session:${studentId}:new:`
