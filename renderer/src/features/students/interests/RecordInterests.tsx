import type { InputOf } from '../../../../../shared/api'
import {
  AREA_INFO,
  AREAS,
  type Area,
  HOLLAND_REST,
  HOLLAND_RULE,
  type InventoryAnswer,
} from '../../../../../shared/riasec'
import { call } from '../../../api'
import { clearDrafts, useDraft } from '../../../hooks/drafts'
import { Alert, described, Field, today, useAction } from '../../../components/ui'
import { QuickCheck } from './QuickCheck'

type Mode = 'profiler' | 'holland' | 'quick'
const MODES: { id: Mode; label: string; hint: string }[] = [
  {
    id: 'profiler',
    label: 'Interest Profiler scores',
    hint: 'Six scores from 0 to 40, from the O*NET Interest Profiler results page.',
  },
  { id: 'holland', label: 'Holland code', hint: 'Up to three letters, strongest first, e.g. SAE.' },
  { id: 'quick', label: 'Quick interest check', hint: '36 short statements; about five minutes.' },
]

/** Records one profile, by whichever route the counselor has the student's interests. */
export function RecordInterests({
  studentId,
  onSaved,
  onCancel,
}: {
  studentId: number
  onSaved: (id: number) => void
  onCancel: () => void
}) {
  // Drafts: a quick check half answered when the app locks comes back after unlock.
  const d = `interests:${studentId}:new:`
  const [mode, setMode] = useDraft<Mode>(`${d}mode`, 'profiler')
  const [takenOn, setTakenOn] = useDraft(`${d}takenOn`, today())
  const [note, setNote] = useDraft(`${d}note`, '')
  const [scores, setScores] = useDraft<Record<Area, string>>(`${d}scores`, {
    R: '',
    I: '',
    A: '',
    S: '',
    E: '',
    C: '',
  })
  const [code, setCode] = useDraft(`${d}code`, '')
  const [answers, setAnswers] = useDraft<Record<string, InventoryAnswer>>(`${d}answers`, {})
  const { busy, error, run } = useAction()

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const base = { studentId, takenOn, ...(note.trim() ? { note: note.trim() } : {}) }
    const input: InputOf<'interests.add'> =
      mode === 'profiler'
        ? {
            ...base,
            source: 'profiler',
            scores: Object.fromEntries(
              AREAS.map((a) => [a, scores[a] === '' ? Number.NaN : Number(scores[a])]),
            ) as Record<Area, number>,
          }
        : mode === 'holland'
          ? { ...base, source: 'holland', code }
          : { ...base, source: 'quick', answers }
    const saved = await run(() => call('interests.add', input))
    if (saved) {
      clearDrafts(d)
      onSaved(saved.id)
    }
  }
  const fieldError = (path: string) => error?.fields[path]

  return (
    <form className="panel it-record" onSubmit={submit} aria-labelledby="it-record-title" noValidate>
      <h3 id="it-record-title">Record interests</h3>
      <fieldset className="it-modes">
        <legend>How are you recording them?</legend>
        {MODES.map((m) => (
          <label key={m.id} className={mode === m.id ? 'is-on' : ''}>
            <input
              type="radio"
              name="it-mode"
              value={m.id}
              checked={mode === m.id}
              onChange={() => setMode(m.id)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted it-mode-hint">{MODES.find((m) => m.id === mode)!.hint}</p>

      {mode === 'profiler' ? (
        <div className="it-scores">
          {AREAS.map((a) => (
            <Field key={a} id={`it-score-${a}`} label={AREA_INFO[a].name} error={fieldError(`scores.${a}`)}>
              <input
                id={`it-score-${a}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={40}
                step={1}
                value={scores[a]}
                onChange={(e) => setScores({ ...scores, [a]: e.target.value })}
                {...described(`it-score-${a}`, fieldError(`scores.${a}`))}
              />
            </Field>
          ))}
        </div>
      ) : null}

      {mode === 'holland' ? (
        <div className="it-holland">
          <Field
            id="it-code"
            label="Holland code"
            error={fieldError('code')}
            hint={`Converted to scores: first letter ${HOLLAND_RULE[0]}, second ${HOLLAND_RULE[1]}, third ${HOLLAND_RULE[2]}, other areas ${HOLLAND_REST} (of 40).`}
          >
            <input
              id="it-code"
              value={code}
              maxLength={12}
              autoComplete="off"
              className="it-code-input"
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              {...described('it-code', fieldError('code'))}
            />
          </Field>
        </div>
      ) : null}

      {mode === 'quick' ? <QuickCheck answers={answers} onChange={setAnswers} /> : null}

      <div className="it-record-foot">
        <Field id="it-date" label="Date recorded" error={fieldError('takenOn')}>
          <input
            id="it-date"
            type="date"
            value={takenOn}
            max={today()}
            onChange={(e) => setTakenOn(e.target.value)}
          />
        </Field>
        <Field id="it-note" label="Note (optional)" error={fieldError('note')} wide>
          <input id="it-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <Alert error={error} />
      <div className="it-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
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
