import { matchComparisonChart } from '../../../../../shared/charts/interests'
import type { InterestProfile, Match } from '../../../../../shared/domain/interests'
import { AREA_INFO, formatR } from '../../../../../shared/riasec'
import { ChartFigure } from '../../../components/charts/ChartFigure'
import { Alert, toFormError } from '../../../components/ui'
import { useApiQuery } from '../../../hooks/api'

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
  const e = useApiQuery('interests.explain', { studentId, profileId: profile.id, code: match.code })
  const chart = matchComparisonChart(profile.scores, match.ratings, match.title, match.r)
  // The previous career's sentences must not stand under this one's title while its own load.
  const sentences = e.isPlaceholderData ? null : e.data?.sentences
  return (
    <aside id="in-explain" className="in-explain-panel" aria-labelledby="in-explain-title">
      <div className="in-explain-head">
        <h4 id="in-explain-title">
          <a href={`#/occupation/${encodeURIComponent(match.code)}`}>{match.title}</a>
        </h4>
        <button
          type="button"
          className="in-link in-small"
          onClick={onClose}
          aria-label="Close the explanation"
        >
          Close
        </button>
      </div>
      <p className="in-explain-r">
        <span className={`in-band in-band-${match.band}`}>r = {formatR(match.r)}</span>
        {match.shared.length ? (
          <span>
            Shared high points:{' '}
            {match.shared.map((a) => (
              <span key={a} className={`in-chip in-area-${a}`}>
                {AREA_INFO[a].name}
              </span>
            ))}
          </span>
        ) : (
          <span className="muted">No shared high points</span>
        )}
      </p>
      <ChartFigure model={chart} height={220} />
      <Alert error={e.error ? toFormError(e.error) : null} />
      {sentences ? (
        <ul className="in-sentences">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : null}
    </aside>
  )
}
