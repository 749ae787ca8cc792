import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { z } from 'zod'
import { api } from '../../../../shared/api'
import type { Session } from '../../../../shared/domain/students'
import { Field, invalid } from '../../components/Field'
import { FormActions } from '../../components/FormActions'
import { Alert, type FormError, today } from '../../components/ui'
import { apiKey, useApiMutation } from '../../hooks/api'
import { clearDrafts, draftValues, useDraft, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

const PURPOSES = [
  'Career exploration',
  'Course planning',
  'College and training options',
  'Interest inventory review',
  'Work-based learning',
  'Check-in',
]

// A session as the services check it, plus the optional next step (a goal, checked as goals.create
// checks it) so a bad step is caught before the session is saved.
const goal = api['goals.create'].input.shape
const schema = api['sessions.create'].input.omit({ studentId: true }).extend({
  next: z.object({ text: z.union([z.string().trim().length(0), goal.text]), dueDate: goal.dueDate }),
})
type Values = z.input<typeof schema>

const fromSession = (s?: Session): Values => ({
  date: s?.date ?? today(),
  durationMin: s?.durationMin ?? 30,
  purpose: s?.purpose ?? '',
  recordNotes: s?.recordNotes ?? '',
  privateNotes: s?.privateNotes ?? '',
  planned: s?.planned ?? false,
  next: { text: '', dueDate: null },
})
const orNull = (v: unknown) => (v === '' || v == null ? null : v)
// An empty box is 0 minutes, which the services refuse with "at least 1 minute".
const minutes = (v: unknown) => (v === '' || v == null ? 0 : Number(v))

/** New or edited session; a new one may add a next step (a goal) in the same save. */
export function SessionForm({
  studentId,
  session,
  onSaved,
  onCancel,
}: {
  studentId: number
  session?: Session
  onSaved: () => void
  onCancel: () => void
}) {
  // Kept as a draft so an auto-lock in the middle of a long note loses nothing.
  const d = draftKey(studentId, session)
  const form = useSchemaForm(schema, { defaultValues: draftValues(`${d}values`, fromSession(session)) })
  useFormDraft(`${d}values`, form)
  const { register, handleSubmit, watch, formState } = form
  const errors = formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const create = useApiMutation('sessions.create')
  const update = useApiMutation('sessions.update')
  const addGoal = useApiMutation('goals.create')
  const client = useQueryClient()
  // A new session saved whose next step then failed: a second click saves the step only. Kept
  // with the draft, so a lock before that second click cannot make it save the session twice.
  const [created, setCreated] = useDraft<number | null>(`${d}created`, null)
  const p = session ? `s${session.id}` : 'snew'
  const date = watch('date')
  const planned = watch('planned')

  const submit = handleSubmit(async ({ next, ...fields }) => {
    setBanner(null)
    try {
      if (session) await update.mutateAsync({ id: session.id, version: session.version, ...fields })
      else {
        const sessionId = created ?? (await create.mutateAsync({ studentId, ...fields })).id
        if (next.text)
          try {
            await addGoal.mutateAsync({
              studentId,
              sessionId,
              text: next.text,
              dueDate: next.dueDate ?? null,
            })
          } catch (e) {
            // The goal's fields are named text/dueDate by the services; here they sit under next.
            const error = applyApiError(form, e)
            for (const [k, message] of Object.entries(error.fields))
              form.setError(`next.${k}` as 'next.text', { type: 'server', message })
            setBanner({ ...error, message: `The session was saved, but not its next step: ${error.message}` })
            setCreated(sessionId)
            return
          }
      }
      clearDrafts(d)
      onSaved()
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })

  const reload = session
    ? () => {
        clearDrafts(d)
        setBanner(null)
        void client.invalidateQueries({ queryKey: apiKey('sessions.list', { studentId }) })
      }
    : undefined

  return (
    <form
      className="st-form st-session-form"
      onSubmit={submit}
      noValidate
      aria-label={session ? 'Edit session' : 'New session'}
    >
      <Alert error={banner} onReload={reload} />
      <div className="st-grid">
        <Field id={`${p}-date`} label="Date" error={errors.date}>
          <input id={`${p}-date`} type="date" {...register('date')} {...invalid(`${p}-date`, errors.date)} />
        </Field>
        {date > today() || planned ? (
          <fieldset className="st-planned-choice">
            <legend className="sr-only">A date after today</legend>
            <p>
              {date > today()
                ? 'This date is after today. Fix the date, or save it as a planned session: it will not count as seen until you mark it held.'
                : 'Untick once the meeting has happened, so it counts as seen.'}
            </p>
            <label>
              <input
                type="checkbox"
                {...register('planned', {
                  // Ticking it answers the services' "this date is in the future": the refusal goes.
                  onChange: () => {
                    form.clearErrors('date')
                    setBanner(null)
                  },
                })}
              />{' '}
              Planned (not held yet)
            </label>
          </fieldset>
        ) : null}
        <Field id={`${p}-dur`} label="Minutes" error={errors.durationMin}>
          <input
            id={`${p}-dur`}
            type="number"
            min={1}
            max={600}
            {...register('durationMin', { setValueAs: minutes })}
            {...invalid(`${p}-dur`, errors.durationMin)}
          />
        </Field>
        <Field id={`${p}-purpose`} label="Purpose" error={errors.purpose} wide>
          <input
            id={`${p}-purpose`}
            list={`${p}-purposes`}
            {...register('purpose')}
            {...invalid(`${p}-purpose`, errors.purpose)}
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
          error={errors.recordNotes}
          wide
        >
          <textarea
            id={`${p}-record`}
            rows={4}
            {...register('recordNotes')}
            {...invalid(`${p}-record`, errors.recordNotes, true)}
          />
        </Field>
        <Field
          id={`${p}-private`}
          label="Private notes 🔒"
          hint="Your memory aid only: never printed or exported unless you move them into the record."
          error={errors.privateNotes}
          wide
        >
          <textarea
            id={`${p}-private`}
            className="st-private"
            rows={3}
            {...register('privateNotes')}
            {...invalid(`${p}-private`, errors.privateNotes, true)}
          />
        </Field>
        {session ? null : (
          <>
            <Field id={`${p}-next`} label="Next step (optional)" error={errors.next?.text} wide>
              <input
                id={`${p}-next`}
                placeholder="e.g. Visit the hospital records office"
                {...register('next.text')}
                {...invalid(`${p}-next`, errors.next?.text)}
              />
            </Field>
            <Field id={`${p}-due`} label="Due" error={errors.next?.dueDate}>
              <input
                id={`${p}-due`}
                type="date"
                {...register('next.dueDate', { setValueAs: orNull })}
                {...invalid(`${p}-due`, errors.next?.dueDate)}
              />
            </Field>
          </>
        )}
      </div>
      <FormActions
        className="st-actions"
        label={session ? 'Save session' : 'Add session'}
        busy={formState.isSubmitting}
        onCancel={() => {
          clearDrafts(d)
          onCancel()
        }}
      />
    </form>
  )
}

/** The draft of one student's new session, or of one edited session at one version. */
export const draftKey = (studentId: number, session?: Session) =>
  session ? `session:${studentId}:${session.id}:v${session.version}:` : `session:${studentId}:new:`
