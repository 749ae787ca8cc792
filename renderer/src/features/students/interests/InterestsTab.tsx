import { useState } from 'react'
import { useDraft } from '../../../hooks/drafts'
import { Alert, useLoad } from '../../../components/ui'
import { MatchesPanel } from './MatchesPanel'
import { ProfileHistory } from './ProfileHistory'
import { ProfileSummary } from './ProfileSummary'
import { RecordInterests } from './RecordInterests'
import './interests.css'

/** A student's interest profiles (record, history) and the careers that fit them best. */
export function InterestsTab({ studentId }: { studentId: number }) {
  const profiles = useLoad('interests.list', { studentId })
  const [recording, setRecording] = useDraft(`interests:${studentId}:new:open`, false)
  const [chosen, setChosen] = useState<number | null>(null)
  const list = profiles.value ?? []
  const latest = list[list.length - 1] ?? null
  const current = list.find((p) => p.id === chosen) ?? latest
  const saved = (id: number) => {
    setRecording(false)
    setChosen(id)
    profiles.reload()
  }

  return (
    <div className="it">
      <div className="it-head">
        <div>
          <h2 className="st-tab-title">Interests</h2>
          <p className="muted it-lede">
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
      <Alert error={profiles.error} />
      {recording ? (
        <RecordInterests studentId={studentId} onSaved={saved} onCancel={() => setRecording(false)} />
      ) : null}
      {profiles.value && list.length === 0 && !recording ? (
        <div className="panel it-empty">
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
          <ProfileHistory
            profiles={list}
            current={current.id}
            onShow={(id) => setChosen(id)}
            onRemoved={() => {
              setChosen(null)
              profiles.reload()
            }}
          />
        </>
      ) : null}
    </div>
  )
}
