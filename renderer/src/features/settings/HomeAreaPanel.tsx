import { useState } from 'react'
import { z } from 'zod'
import { api, type InputOf } from '../../../../shared/api'
import type { HomeAreaSettings } from '../../../../shared/api/settings'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { applyApiError, useSchemaForm } from '../../hooks/useApiForm'

interface AreaForm {
  state: string
  metro: string
}
type AreaInput = InputOf<'settings.setHomeArea'>

/** The contract's schema, read from the selects: "None" (an empty value) is no area. */
const areaSchema = z.preprocess(
  (v) => ({ state: (v as AreaForm).state || null, metro: (v as AreaForm).metro || null }),
  api['settings.setHomeArea'].input,
) as unknown as z.ZodType<AreaInput, AreaForm>

const areaText = (h: HomeAreaSettings) => [h.metro?.title, h.state?.title].filter(Boolean).join(', ')

/**
 * The counselor's home state and, optionally, metro area: profiles, comparisons, browse and the
 * printed reports show its wages beside the national ones. Only areas the installed pack holds
 * are offered.
 */
export function HomeAreaPanel() {
  const query = useApiQuery('settings.homeArea', {})
  const [saved, setSaved] = useState('')
  const h = query.data
  if (!h) return query.error ? <Alert error={toFormError(query.error)} /> : null
  return (
    <section className="panel se-panel" aria-labelledby="se-home-title">
      <h2 id="se-home-title">Home area for local wages</h2>
      <p className="muted">
        Profiles, comparisons, browse and printed reports show wages for this area beside the national figures
        {h.release ? ` (BLS ${h.release})` : ''}.
      </p>
      {h.note ? <p className="se-note">{h.note}</p> : null}
      {h.states.length ? (
        // Mounted with the stored area (a new one, saved here or elsewhere, mounts it afresh), so
        // the metro list is drawn for the stored state before the stored metro is selected in it.
        <AreaChoice key={`${h.state?.code}-${h.metro?.code}`} h={h} onSaved={setSaved} />
      ) : null}
      <p role="status" className={saved ? 'se-ok' : 'sr-only'}>
        {saved}
      </p>
    </section>
  )
}

function AreaChoice({ h, onSaved }: { h: HomeAreaSettings; onSaved: (text: string) => void }) {
  const form = useSchemaForm(areaSchema, {
    defaultValues: { state: h.state?.code ?? '', metro: h.metro?.code ?? '' },
  })
  const [banner, setBanner] = useState<FormError | null>(null)
  const save = useApiMutation('settings.setHomeArea', {
    onSuccess: (next) =>
      onSaved(
        next.state ? `Home area saved: ${areaText(next)}.` : 'No home area: only national wages are shown.',
      ),
    onError: (e) => setBanner(applyApiError(form, e)),
  })
  const state = form.watch('state')
  const stateOption = h.states.find((s) => s.code === state)
  const metros = stateOption
    ? h.metros.filter(
        (m) =>
          m.state === stateOption.state ||
          (m.title.split(',').pop() ?? '').split(/[-\s]+/).includes(stateOption.state),
      )
    : []
  const errors = form.formState.errors
  const submit = form.handleSubmit((input) => {
    setBanner(null)
    onSaved('')
    save.mutate(input)
  })
  return (
    <form className="se-form" onSubmit={submit} noValidate aria-labelledby="se-home-title">
      <Field id="home-state" label="Home state" error={errors.state?.message}>
        <select
          id="home-state"
          {...invalid('home-state', errors.state?.message)}
          {...form.register('state', { onChange: () => form.setValue('metro', '') })}
        >
          <option value="">None (national figures only)</option>
          {h.states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="home-metro" label="Metro or nonmetropolitan area (optional)" error={errors.metro?.message}>
        <select
          id="home-metro"
          disabled={!metros.length}
          {...invalid('home-metro', errors.metro?.message)}
          {...form.register('metro')}
        >
          <option value="">
            {metros.length ? 'None (state figures)' : 'No metro areas for this state in the pack'}
          </option>
          {metros.map((m) => (
            <option key={m.code} value={m.code}>
              {m.title}
            </option>
          ))}
        </select>
      </Field>
      <Alert error={banner} />
      <div className="se-buttons">
        <button type="submit" disabled={save.isPending}>
          Save home area
        </button>
      </div>
    </form>
  )
}
