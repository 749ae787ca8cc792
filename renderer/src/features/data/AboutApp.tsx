import { useEffect, useRef, useState } from 'react'
import { platform } from '../../api'
import { useApiQuery } from '../../hooks/api'
import { useAddressFlag } from '../../router'

/** Version, where the data lives, and whether the records are encrypted: what support asks first. */
export function AboutApp() {
  const info = useApiQuery('app.info', {})
  const lock = useApiQuery('settings.lockStatus', {})
  const [logError, setLogError] = useState<string | null>(null)
  // Help › About lands here as #/data?about=1: once the section is drawn, it is scrolled to and focused.
  const [wanted, setWanted] = useState(false)
  const ref = useRef<HTMLElement>(null)
  useAddressFlag('about', () => setWanted(true))
  const ready = !!info.data
  useEffect(() => {
    if (!wanted || !ready) return
    ref.current?.scrollIntoView({ block: 'start' })
    ref.current?.focus()
    setWanted(false)
  }, [wanted, ready])
  if (!info.data) return null
  const openLogFolder = platform().openLogFolder
  return (
    <section ref={ref} tabIndex={-1} className="panel dt-about" aria-labelledby="dt-app-title">
      <h2 id="dt-app-title">About this copy of Career Atlas</h2>
      <dl className="dt-about-list">
        <dt>Version</dt>
        <dd>{info.data.appVersion}</dd>
        <dt>Data folder</dt>
        <dd>
          <code>{info.data.dataDir}</code>
        </dd>
        <dt>Student records</dt>
        <dd>
          {lock.data?.encrypted ? 'Encrypted on this computer' : 'Not encrypted in this copy'}
          {lock.data?.passcodeSet ? ', protected by a passcode' : ''}
        </dd>
        {info.data.keyProtection && (
          <>
            <dt>Records key</dt>
            <dd>{info.data.keyProtection}</dd>
          </>
        )}
      </dl>
      {openLogFolder && (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              openLogFolder().then(
                () => setLogError(null),
                (e: Error) => setLogError(e.message),
              )
            }
          >
            Open log folder
          </button>{' '}
          <span className="muted">Errors are logged there (no student data) for your support contact.</span>
        </p>
      )}
      {logError && (
        <p className="error-box" role="alert">
          {logError}
        </p>
      )}
    </section>
  )
}
