import { useState } from 'react'
import { platform } from '../../api'
import { useLoad } from '../../components/ui'

/** Version, where the data lives, and whether the records are encrypted: what support asks first. */
export function AboutApp() {
  const info = useLoad('app.info', {})
  const lock = useLoad('settings.lockStatus', {})
  const [logError, setLogError] = useState<string | null>(null)
  if (!info.value) return null
  const openLogFolder = platform().openLogFolder
  return (
    <div className="panel dt-about" aria-labelledby="dt-about-title">
      <h2 id="dt-about-title">About this copy of Career Atlas</h2>
      <dl className="dt-about-list">
        <dt>Version</dt>
        <dd>{info.value.appVersion}</dd>
        <dt>Data folder</dt>
        <dd>
          <code>{info.value.dataDir}</code>
        </dd>
        <dt>Student records</dt>
        <dd>
          {lock.value?.encrypted ? 'Encrypted on this computer' : 'Not encrypted in this copy'}
          {lock.value?.passcodeSet ? ', protected by a passcode' : ''}
        </dd>
        {info.value.keyProtection && (
          <>
            <dt>Records key</dt>
            <dd>{info.value.keyProtection}</dd>
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
    </div>
  )
}
