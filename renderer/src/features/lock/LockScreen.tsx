import { useEffect, useState } from 'react'
import type { FormError } from '../../components/ui'
import { useApiMutation } from '../../hooks/api'
import { applyApiError, useApiForm } from '../../hooks/useApiForm'
import './lock.css'

/*
 * The services answer a wrong passcode and a refused attempt during the wait after several wrong
 * ones with the same code (WRONG_PASSCODE); only the wording tells them apart. The wait is about
 * the form, not what was typed, so it shows above the button rather than on the field.
 */
const isWait = (e: FormError) => e.message.startsWith('Too many')

/** Covers the whole app while locked: nothing about a student is on screen behind it. */
export function LockScreen() {
  const form = useApiForm('settings.unlock', { defaultValues: { passcode: '' } })
  const unlock = useApiMutation('settings.unlock')
  const [wait, setWait] = useState<FormError | null>(null)
  const fieldError = form.formState.errors.passcode?.message
  const typed = form.watch('passcode') !== ''

  // The lock screen is the whole page and typing the passcode is the only thing to do on it, so
  // the field takes focus as it appears (in place of autoFocus, which Biome flags for pages
  // where it would skip content).
  useEffect(() => form.setFocus('passcode'), [form])

  const submit = form.handleSubmit(async (input) => {
    setWait(null)
    try {
      await unlock.mutateAsync(input)
      form.reset()
    } catch (e) {
      const error = applyApiError(form, e)
      if (isWait(error)) setWait(error)
      else if (!error.fields.passcode) {
        const message = error.fix ? `${error.message} ${error.fix}` : error.message
        form.setError('passcode', { type: 'server', message }, { shouldFocus: true })
      }
    }
  })

  return (
    <div className="lk-screen">
      <form className="lk-card" onSubmit={submit} aria-labelledby="lk-title" noValidate>
        <span className="brand-mark" aria-hidden="true">
          CA
        </span>
        <h1 id="lk-title">Career Atlas is locked</h1>
        <p className="muted">Student records stay hidden until you enter your passcode.</p>
        <label htmlFor="lk-passcode">Passcode</label>
        <input
          id="lk-passcode"
          type="password"
          autoComplete="current-password"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'lk-passcode-error' : undefined}
          {...form.register('passcode')}
        />
        {fieldError ? (
          <p className="lk-field-error" id="lk-passcode-error" role="alert">
            {fieldError}
          </p>
        ) : null}
        {wait ? (
          <div className="error-box" role="alert">
            <strong>{wait.message}</strong>
            {wait.fix ? <div>{wait.fix}</div> : null}
          </div>
        ) : null}
        <button type="submit" disabled={unlock.isPending || !typed}>
          {unlock.isPending ? 'Checking…' : 'Unlock'}
        </button>
      </form>
    </div>
  )
}
