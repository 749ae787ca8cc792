import { useMemo, useState } from 'react'
import type { FieldErrors } from 'react-hook-form'
import { AREA_INFO, AREAS, HOLLAND_REST, HOLLAND_RULE } from '../../../../../shared/riasec'
import { Field, invalid } from '../../../components/Field'
import { FormActions } from '../../../components/FormActions'
import { Alert, type FormError, today } from '../../../components/ui'
import { useApiMutation } from '../../../hooks/api'
import { clearDrafts, draftValues, useFormDraft } from '../../../hooks/drafts'
import { applyApiError, useSchemaForm } from '../../../hooks/useApiForm'
import { QuickCheck } from './QuickCheck'
import { emptyRecord, fieldLabel, type Mode, type RecordValues, recordSchema } from './record-form'

const MODES: { id: Mode; label: string; hint: string }[] = [
  {
    id: 'profiler',
    label: 'Interest Profiler scores',
    hint: 'Six scores from 0 to 40, from the O*NET Interest Profiler results page.',
  },
  { id: 'holland', label: 'Holland code', hint: 'Up to three letters, strongest first, e.g. SAE.' },
  { id: 'quick', label: 'Quick interest check', hint: '36 short statements; about five minutes.' },
]

/** Every message in the form's errors, by field path (scores.R, code…). */
function messages(errors: FieldErrors, prefix = ''): [string, string][] {
  const out: [string, string][] = []
  for (const [k, v] of Object.entries(errors)) {
    if (!v || typeof v !== 'object') continue
    const path = prefix ? `${prefix}.${k}` : k
    if (typeof v.message === 'string' && v.message) out.push([path, v.message])
    else out.push(...messages(v as FieldErrors, path))
  }
  return out
}

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
  // A draft: a quick check half answered when the app locks comes back after unlock.
  const d = `interests:${studentId}:new:`
  const schema = useMemo(() => recordSchema(studentId), [studentId])
  const form = useSchemaForm<never, RecordValues>(schema as never, {
    defaultValues: draftValues(`${d}values`, emptyRecord()),
  })
  useFormDraft(`${d}values`, form)
  const add = useApiMutation('interests.add')
  const [refused, setRefused] = useState<FormError | null>(null)
  const { errors, submitCount } = form.formState
  const mode = form.watch('source')
  const answers = form.watch('answers')
  const fieldError = (path: string) => messages(errors).find(([p]) => p === path)?.[1]

  const submit = form.handleSubmit(
    async (input) => {
      setRefused(null)
      try {
        const saved = await add.mutateAsync(input)
        clearDrafts(d)
        onSaved(saved.id)
      } catch (e) {
        setRefused(applyApiError(form, e))
      }
    },
    // An earlier refusal no longer stands once the form itself finds something to correct.
    () => setRefused(null),
  )
  // What still needs correcting, said once where the buttons are (each message is also on its
  // field); boxes with the same problem share one line.
  const toCorrect = new Map<string, string[]>()
  if (!refused && submitCount > 0)
    for (const [path, message] of messages(errors))
      toCorrect.set(message, [...(toCorrect.get(message) ?? []), fieldLabel(path)])

  return (
    <form className="panel in-record" onSubmit={submit} aria-labelledby="in-record-title" noValidate>
      <h3 id="in-record-title">Record interests</h3>
      <fieldset className="in-modes">
        <legend>How are you recording them?</legend>
        {MODES.map((m) => (
          <label key={m.id} className={mode === m.id ? 'in-on' : ''}>
            <input type="radio" value={m.id} {...form.register('source')} />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted in-mode-hint">{MODES.find((m) => m.id === mode)?.hint}</p>

      {mode === 'profiler' ? (
        <div className="in-scores">
          {AREAS.map((a) => (
            <Field key={a} id={`in-score-${a}`} label={AREA_INFO[a].name} error={fieldError(`scores.${a}`)}>
              <input
                id={`in-score-${a}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={40}
                step={1}
                {...invalid(`in-score-${a}`, fieldError(`scores.${a}`))}
                {...form.register(`scores.${a}`)}
              />
            </Field>
          ))}
        </div>
      ) : null}

      {mode === 'holland' ? (
        <div className="in-holland">
          <Field
            id="in-code"
            label="Holland code"
            error={fieldError('code')}
            hint={`Converted to scores: first letter ${HOLLAND_RULE[0]}, second ${HOLLAND_RULE[1]}, third ${HOLLAND_RULE[2]}, other areas ${HOLLAND_REST} (of 40).`}
          >
            <input
              id="in-code"
              maxLength={12}
              autoComplete="off"
              className="in-code-input"
              {...invalid('in-code', fieldError('code'))}
              {...form.register('code', { setValueAs: (v: string) => v.toUpperCase() })}
            />
          </Field>
        </div>
      ) : null}

      {mode === 'quick' ? <QuickCheck answers={answers} register={form.register} /> : null}

      <div className="in-record-foot">
        <Field id="in-date" label="Date recorded" error={fieldError('takenOn')}>
          <input
            id="in-date"
            type="date"
            max={today()}
            {...invalid('in-date', fieldError('takenOn'))}
            {...form.register('takenOn')}
          />
        </Field>
        <Field id="in-note" label="Note (optional)" error={fieldError('note')} wide>
          <input
            id="in-note"
            maxLength={1000}
            {...invalid('in-note', fieldError('note'))}
            {...form.register('note')}
          />
        </Field>
      </div>
      <Alert error={refused} />
      {toCorrect.size ? (
        <div className="error-box" role="alert">
          <strong>Check {toCorrect.size === 1 ? 'this' : 'these'} before saving:</strong>
          <ul className="in-to-correct">
            {[...toCorrect].map(([message, labels]) => (
              <li key={message}>
                {labels.join(', ')}: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormActions
        className="in-actions"
        label="Save profile"
        busy={add.isPending}
        onCancel={() => {
          clearDrafts(d)
          onCancel()
        }}
      />
    </form>
  )
}
