import type { FormEvent } from 'react'
import type { Goal, GoalStatus } from '../../../../shared/domain/students'
import { call } from '../../api'
import { Alert, described, Field, formatDay, today, useAction, useLoad } from '../../components/ui'
import { clearDrafts, useDraft } from '../../hooks/drafts'

const STATUS: Record<GoalStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' }

/** Goals and next steps: open ones first by due date; overdue ones stand out. */
export function GoalsTab({ studentId, onChanged }: { studentId: number; onChanged: () => void }) {
  const goals = useLoad('goals.list', { studentId })
  const changed = () => {
    goals.reload()
    onChanged()
  }
  const t = today()
  return (
    <div>
      <h2 className="st-tab-title">Goals &amp; next steps</h2>
      <NewGoal studentId={studentId} onSaved={changed} />
      <Alert error={goals.error} />
      {goals.value && goals.value.length === 0 ? <p className="st-empty">No goals yet.</p> : null}
      <ul className="st-goals">
        {(goals.value ?? []).map((g) => (
          <GoalRow
            key={g.id}
            goal={g}
            overdue={g.status === 'open' && !!g.dueDate && g.dueDate < t}
            onChanged={changed}
          />
        ))}
      </ul>
    </div>
  )
}

function NewGoal({ studentId, onSaved }: { studentId: number; onSaved: () => void }) {
  const [text, setText] = useDraft(`goal:${studentId}:new:text`, '')
  const [due, setDue] = useDraft(`goal:${studentId}:new:due`, '')
  const { busy, error, run } = useAction()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await run(() => call('goals.create', { studentId, text, dueDate: due || null }))) {
      setText('')
      setDue('')
      clearDrafts(`goal:${studentId}:new:`)
      onSaved()
    }
  }
  return (
    <form className="panel st-inline-form" onSubmit={submit} noValidate aria-label="New goal">
      <Field id="goal-text" label="New goal or next step" error={error?.fields.text} wide>
        <input
          id="goal-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. Ask two nurses about their work"
          {...described('goal-text', error?.fields.text)}
        />
      </Field>
      <Field id="goal-due" label="Due" error={error?.fields.dueDate}>
        <input id="goal-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </Field>
      <button type="submit" disabled={busy}>
        Add goal
      </button>
      {error && !error.fields.text && !error.fields.dueDate ? <Alert error={error} /> : null}
    </form>
  )
}

function GoalRow({ goal: g, overdue, onChanged }: { goal: Goal; overdue: boolean; onChanged: () => void }) {
  const { busy, error, run } = useAction()
  const save = async (status: GoalStatus) => {
    if (
      await run(() =>
        call('goals.update', { id: g.id, version: g.version, text: g.text, dueDate: g.dueDate, status }),
      )
    )
      onChanged()
  }
  return (
    <li className={`st-goal st-goal-${g.status}${overdue ? ' is-overdue' : ''}`}>
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
        onClick={async () => {
          if (await run(() => call('goals.delete', { id: g.id }))) onChanged()
        }}
      >
        Delete
      </button>
      {error ? (
        <div className="st-row-error">
          <Alert error={error} onReload={onChanged} />
        </div>
      ) : null}
    </li>
  )
}
