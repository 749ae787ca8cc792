import { useLoad } from '../students/ui'

/** Version, where the data lives, and whether the records are encrypted: what support asks first. */
export function AboutApp() {
  const info = useLoad('app.info', {})
  const lock = useLoad('settings.lockStatus', {})
  if (!info.value) return null
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
      </dl>
    </div>
  )
}
