import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../../../shared/api'
import { GOAL_STATUS_LABEL, type Goal, type GoalStatus } from '../../../../shared/domain/students'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError, formatDay, today, toFormError } from '../../components/ui'
import { apiKey, useApiMutation, useApiQuery } from '../../hooks/api'
import { clearDrafts, draftValues, useFormDraft } from '../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

const STATUS = GOAL_STATUS_LABEL
const schema = api['goals.create'].input.pick({ text: true, dueDate: true })
const orNull = (v: unknown) => (v === '' || v == null ? null : v)

/** Goals and next steps: open ones first by due date; overdue ones stand out. */
export function GoalsTab({ studentId }: { studentId: number }) {
  const goals = useApiQuery('goals.list', { studentId })
  const t = today()
  return (
    <div>
      <h2 className="st-tab-title">Goals &amp; next steps</h2>
      <NewGoal studentId={studentId} />
      <Alert error={goals.error ? toFormError(goals.error) : null} />
      {goals.data && goals.data.length === 0 ? <p className="st-empty">No goals yet.</p> : null}
      <ul className="st-goals">
        {(goals.data ?? []).map((g) => (
          <GoalRow
            key={g.id}
            goal={g}
            studentId={studentId}
            overdue={g.status === 'open' && !!g.dueDate && g.dueDate < t}
          />
        ))}
      </ul>
    </div>
  )
}

function NewGoal({ studentId }: { studentId: number }) {
  const d = `goal:${studentId}:new:`
  const blank = { text: '', dueDate: null }
  const form = useSchemaForm(schema, { defaultValues: draftValues(`${d}values`, blank) })
  useFormDraft(`${d}values`, form)
  const { register, handleSubmit, formState, reset } = form
  const errors = formState.errors
  const [banner, setBanner] = useState<FormError | null>(null)
  const create = useApiMutation('goals.create')
  const submit = handleSubmit(async (v) => {
    setBanner(null)
    try {
      await create.mutateAsync({ studentId, text: v.text, dueDate: v.dueDate ?? null })
      reset(blank)
      clearDrafts(d)
    } catch (e) {
      setBanner(applyApiError(form, e))
    }
  })
  return (
    <form className="panel st-inline-form" onSubmit={submit} noValidate aria-label="New goal">
      <Field id="goal-text" label="New goal or next step" error={errors.text} wide>
        <input
          id="goal-text"
          placeholder="e.g. Ask two nurses about their work"
          {...register('text')}
          {...invalid('goal-text', errors.text)}
        />
      </Field>
      <Field id="goal-due" label="Due" error={errors.dueDate}>
        <input
          id="goal-due"
          type="date"
          {...register('dueDate', { setValueAs: orNull })}
          {...invalid('goal-due', errors.dueDate)}
        />
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        Add goal
      </button>
      {banner && Object.keys(banner.fields).length === 0 ? <Alert error={banner} /> : null}
    </form>
  )
}

function GoalRow({ goal: g, studentId, overdue }: { goal: Goal; studentId: number; overdue: boolean }) {
  const update = useApiMutation('goals.update')
  const remove = useApiMutation('goals.delete')
  const client = useQueryClient()
  const busy = update.isPending || remove.isPending
  const failed = update.error ?? remove.error
  const save = (status: GoalStatus) =>
    update.mutate({ id: g.id, version: g.version, text: g.text, dueDate: g.dueDate, status })
  return (
    <li className={`st-goal st-goal-${g.status}${overdue ? ' st-goal-overdue' : ''}`}>
      <input
        type="checkbox"
        id={`goal-${g.id}`}
        checked={g.status === 'done'}
        disabled={busy}
        onChange={(e) => save(e.target.checked ? 'done' : 'open')}
      />
      <label htmlFor={`goal-${g.id}`} className="st-goal-text">
        {g.text}
      </label>
      <span className={overdue ? 'st-overdue' : 'muted'}>
        {g.dueDate ? `${overdue ? 'Overdue · ' : 'Due '}${formatDay(g.dueDate)}` : 'No due date'}
        {g.status === 'done' && g.completedAt ? ` · done ${formatDay(g.completedAt)}` : ''}
      </span>
      <select
        aria-label={`Status of “${g.text}”`}
        value={g.status}
        disabled={busy}
        onChange={(e) => save(e.target.value as GoalStatus)}
      >
        {(Object.keys(STATUS) as GoalStatus[]).map((s) => (
          <option key={s} value={s}>
            {STATUS[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="secondary"
        aria-label={`Delete goal “${g.text}”`}
        disabled={busy}
        onClick={() => remove.mutate({ id: g.id })}
      >
        Delete
      </button>
      {failed ? (
        <div className="st-row-error">
          <Alert
            error={toFormError(failed)}
            onReload={() => {
              update.reset()
              void client.invalidateQueries({ queryKey: apiKey('goals.list', { studentId }) })
            }}
          />
        </div>
      ) : null}
    </li>
  )
}
