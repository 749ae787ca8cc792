import { useEffect, useId, useState } from 'react'
import { call } from '../../api'

/** The counselor's name for the cover and signature line, kept in the report settings. */
export function CounselorName() {
  const id = useId()
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    call('reports.settings', {})
      .then((s) => setName(s.counselorName ?? ''))
      .catch(() => setName(''))
  }, [])
  return (
    <div className="report-field">
      <label htmlFor={id}>Counselor on reports</label>
      <input
        id={id}
        value={name ?? ''}
        disabled={name === null}
        maxLength={120}
        placeholder="Your name, as it should print"
        onChange={(e) => setName(e.target.value)}
        onBlur={() => void call('reports.setSettings', { counselorName: name?.trim() || null })}
      />
    </div>
  )
}
