import { matchComparisonChart } from '../../../../../shared/charts/interests'
import type { InterestProfile, Match } from '../../../../../shared/domain/interests'
import { AREA_INFO, formatR } from '../../../../../shared/riasec'
import { ChartFigure } from '../../../components/charts/ChartFigure'
import { Alert, useLoad } from '../../../components/ui'

/** Why one career fits: both six-area patterns side by side, the correlation and shared areas. */
export function MatchExplanationPanel({
  studentId,
  profile,
  match,
  onClose,
}: {
  studentId: number
  profile: InterestProfile
  match: Match
  onClose: () => void
}) {
  const e = useLoad('interests.explain', { studentId, profileId: profile.id, code: match.code })
  const chart = matchComparisonChart(profile.scores, match.ratings, match.title, match.r)
  return (
    <aside id="it-explain" className="it-explain-panel" aria-labelledby="it-explain-title">
      <div className="it-explain-head">
        <h4 id="it-explain-title">
          <a href={`#/occupation/${encodeURIComponent(match.code)}`}>{match.title}</a>
        </h4>
        <button type="button" className="link small" onClick={onClose} aria-label="Close the explanation">
          Close
        </button>
      </div>
      <p className="it-explain-r">
        <span className={`it-band it-band-${match.band}`}>r = {formatR(match.r)}</span>
        {match.shared.length ? (
          <span>
            Shared high points:{' '}
            {match.shared.map((a) => (
              <span key={a} className={`it-chip it-area-${a}`}>
                {AREA_INFO[a].name}
              </span>
            ))}
          </span>
        ) : (
          <span className="muted">No shared high points</span>
        )}
      </p>
      <ChartFigure model={chart} height={220} />
      <Alert error={e.error} />
      {e.value ? (
        <ul className="it-sentences">
          {e.value.sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : null}
    </aside>
  )
}
