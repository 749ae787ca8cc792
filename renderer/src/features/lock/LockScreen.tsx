import { type FormEvent, useState } from 'react'
import { ApiFailure, call } from '../../api'
import './lock.css'

/** Covers the whole app while locked: nothing about a student is on screen behind it. */
export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [passcode, setPasscode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await call('settings.unlock', { passcode })
      setPasscode('')
      onUnlocked()
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : 'Could not unlock.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="lock-screen">
      <form className="lock-card" onSubmit={submit} aria-labelledby="lock-title">
        <span className="brand-mark" aria-hidden="true">
          CA
        </span>
        <h1 id="lock-title">Career Atlas is locked</h1>
        <p className="muted">Student records stay hidden until you enter your passcode.</p>
        <label htmlFor="lock-passcode">Passcode</label>
        <input
          id="lock-passcode"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passcode}
          onChange={(e) => setPasscode(e.target.value)}
        />
        {error && (
          <p className="error-box" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || passcode.length === 0}>
          {busy ? 'Checking…' : 'Unlock'}
        </button>
      </form>
    </div>
  )
}
