import { useState } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { Field, invalid } from '../../components/Field'
import { Alert, type FormError, toFormError } from '../../components/ui'
import { useApiMutation, useApiQuery } from '../../hooks/api'
import { applyApiError, useApiForm } from '../../hooks/useApiForm'
import { HomeAreaPanel } from './HomeAreaPanel'
import { PasscodePanel } from './PasscodePanel'
import './settings.css'

/** Passcode, auto-lock and the encryption state of the counselor's records. */
export function SettingsScreen() {
  const status = useApiQuery('settings.lockStatus', {})
  const info = useApiQuery('app.info', {})
  const keyProtection = info.data?.keyProtection ?? null
  if (!status.data) {
    return (
      <section className="screen se-screen" aria-labelledby="se-title" aria-busy={!status.error}>
        <h1 id="se-title">Settings</h1>
        {status.error ? <Alert error={toFormError(status.error)} /> : null}
      </section>
    )
  }
  return (
    <section className="screen se-screen" aria-labelledby="se-title">
      <h1 id="se-title">Settings</h1>
      <p className="muted">
        Student records are{' '}
        {status.data.encrypted ? 'encrypted on this computer' : 'not encrypted in this copy'}
        {keyProtection ? `: ${keyProtection}` : ''}.
      </p>
      <PasscodePanel status={status.data} />
      <AutoLockPanel status={status.data} />
      <HomeAreaPanel />
    </section>
  )
}

const CHOICES = [0, 5, 10, 15, 30, 60]

/** Saved as soon as a choice is made: a select has nothing to confirm. */
function AutoLockPanel({ status }: { status: LockStatus }) {
  const form = useApiForm('settings.setAutoLock', { values: { minutes: status.autoLockMinutes } })
  const [banner, setBanner] = useState<FormError | null>(null)
  const [saved, setSaved] = useState('')
  const save = useApiMutation('settings.setAutoLock', {
    onSuccess: () => setSaved('Auto-lock updated.'),
    onError: (e) => setBanner(applyApiError(form, e)),
  })
  const submit = form.handleSubmit((input) => {
    setBanner(null)
    setSaved('')
    save.mutate(input)
  })
  const error = form.formState.errors.minutes?.message
  // A value set elsewhere (another window, an older version) is offered as it is.
  const choices = CHOICES.includes(status.autoLockMinutes)
    ? CHOICES
    : [...CHOICES, status.autoLockMinutes].sort((a, b) => a - b)
  return (
    <section className="panel se-panel" aria-labelledby="se-autolock-title">
      <h2 id="se-autolock-title">Auto-lock</h2>
      <form className="se-form" onSubmit={submit} noValidate aria-labelledby="se-autolock-title">
        <Field id="se-autolock" label="Lock after this many minutes without use (0 = never)" error={error}>
          <select
            id="se-autolock"
            {...invalid('se-autolock', error)}
            {...form.register('minutes', { valueAsNumber: true, onChange: () => void submit() })}
          >
            {choices.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'Never' : `${m} minutes`}
              </option>
            ))}
          </select>
        </Field>
      </form>
      <Alert error={banner} />
      <p role="status" className={saved ? 'se-ok' : 'sr-only'}>
        {saved}
      </p>
      {!status.passcodeSet && <p className="muted">Auto-lock starts working once a passcode is set.</p>}
    </section>
  )
}
