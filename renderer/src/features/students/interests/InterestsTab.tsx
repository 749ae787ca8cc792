import { useState } from 'react'
import { Alert, toFormError } from '../../../components/ui'
import { useApiQuery } from '../../../hooks/api'
import { useDraft } from '../../../hooks/drafts'
import { MatchesPanel } from './MatchesPanel'
import { ProfileHistory } from './ProfileHistory'
import { ProfileSummary } from './ProfileSummary'
import { RecordInterests } from './RecordInterests'
import './interests.css'

/** A student's interest profiles (record, history) and the careers that fit them best. */
export function InterestsTab({ studentId }: { studentId: number }) {
  const profiles = useApiQuery('interests.list', { studentId })
  const [recording, setRecording] = useDraft(`interests:${studentId}:new:open`, false)
  const [chosen, setChosen] = useState<number | null>(null)
  const list = profiles.data ?? []
  const latest = list[list.length - 1] ?? null
  // A chosen profile that was deleted falls back to the latest.
  const current = list.find((p) => p.id === chosen) ?? latest

  return (
    <div className="in-root">
      <div className="in-head">
        <div>
          <h2 className="st-tab-title">Interests</h2>
          <p className="muted in-lede">
            The six Holland interest areas, from the O*NET Interest Profiler, a Holland code, or our quick
            interest check. Careers are ranked by how closely their interest pattern follows the student’s.
          </p>
        </div>
        {!recording ? (
          <button type="button" onClick={() => setRecording(true)}>
            Record interests
          </button>
        ) : null}
      </div>
      <Alert error={profiles.error ? toFormError(profiles.error) : null} />
      {recording ? (
        <RecordInterests
          studentId={studentId}
          onSaved={(id) => {
            setRecording(false)
            setChosen(id)
          }}
          onCancel={() => setRecording(false)}
        />
      ) : null}
      {profiles.data && list.length === 0 && !recording ? (
        <div className="panel in-empty">
          <h3>No interests recorded yet</h3>
          <p>
            Enter the six scores from the student’s O*NET Interest Profiler results, type their Holland code,
            or take the 36-statement quick interest check together (about five minutes).
          </p>
          <button type="button" onClick={() => setRecording(true)}>
            Record interests
          </button>
        </div>
      ) : null}
      {current ? (
        <>
          <ProfileSummary profile={current} isLatest={current.id === latest?.id} />
          <MatchesPanel studentId={studentId} profile={current} />
          <ProfileHistory profiles={list} current={current.id} onShow={setChosen} />
        </>
      ) : null}
    </div>
  )
}
