import { type FormEvent, useEffect, useState } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { ApiFailure, call } from '../../api'
import { HomeAreaPanel } from './HomeAreaPanel'

/** Passcode, auto-lock and the encryption state of the counselor's records. */
export function SettingsScreen() {
  const [status, setStatus] = useState<LockStatus | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')

  const [keyProtection, setKeyProtection] = useState<string | null>(null)

  useEffect(() => {
    call('settings.lockStatus', {}).then(setStatus, () => undefined)
    call('app.info', {}).then(
      (i) => setKeyProtection(i.keyProtection),
      () => undefined,
    )
  }, [])

  const run = async (action: () => Promise<LockStatus>, done: string) => {
    setMessage(null)
    try {
      setStatus(await action())
      setMessage({ kind: 'ok', text: done })
      setCurrent('')
      setNext('')
      setConfirm('')
    } catch (e) {
      const text = e instanceof ApiFailure ? `${e.message} ${e.error.fix ?? ''}` : 'Something went wrong.'
      setMessage({ kind: 'error', text })
    }
  }

  const savePasscode = (e: FormEvent) => {
    e.preventDefault()
    if (next !== confirm) {
      setMessage({ kind: 'error', text: 'The two new passcodes do not match.' })
      return
    }
    void run(
      () => call('settings.setPasscode', { ...(status?.passcodeSet ? { current } : {}), next }),
      'Passcode saved. Career Atlas will ask for it when it starts and after it locks.',
    )
  }

  if (!status) return <section className="screen" aria-busy="true" />
  return (
    <section className="screen">
      <h1>Settings</h1>
      <p className="muted">
        Student records are {status.encrypted ? 'encrypted on this computer' : 'not encrypted in this copy'}
        {keyProtection ? `: ${keyProtection}` : ''}.
      </p>
      {message && (
        <p
          className={message.kind === 'error' ? 'error-box' : 'panel'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <form className="panel settings-form" onSubmit={savePasscode}>
        <h2>{status.passcodeSet ? 'Change passcode' : 'Set a passcode'}</h2>
        {status.passcodeSet && (
          <p>
            <label htmlFor="pc-current">Current passcode</label>
            <br />
            <input
              id="pc-current"
              type="password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </p>
        )}
        <p>
          <label htmlFor="pc-next">New passcode (at least 6 characters)</label>
          <br />
          <input id="pc-next" type="password" value={next} onChange={(e) => setNext(e.target.value)} />
        </p>
        <p>
          <label htmlFor="pc-confirm">New passcode again</label>
          <br />
          <input
            id="pc-confirm"
            type="password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </p>
        <button type="submit">Save passcode</button>{' '}
        {status.passcodeSet && (
          <button
            type="button"
            className="secondary"
            onClick={() => run(() => call('settings.lock', {}), 'Locked.')}
          >
            Lock now
          </button>
        )}
      </form>
      <div className="panel">
        <h2>Auto-lock</h2>
        <label htmlFor="autolock">Lock after this many minutes without use (0 = never)</label>
        <br />
        <select
          id="autolock"
          value={status.autoLockMinutes}
          onChange={(e) =>
            run(() => call('settings.setAutoLock', { minutes: Number(e.target.value) }), 'Auto-lock updated.')
          }
        >
          {[0, 5, 10, 15, 30, 60].map((m) => (
            <option key={m} value={m}>
              {m === 0 ? 'Never' : `${m} minutes`}
            </option>
          ))}
        </select>
        {!status.passcodeSet && <p className="muted">Auto-lock starts working once a passcode is set.</p>}
      </div>
      <HomeAreaPanel />
    </section>
  )
}
