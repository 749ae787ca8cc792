import { interestProfileChart } from '../../../../../shared/charts/interests'
import { type InterestProfile, SOURCE_LABEL } from '../../../../../shared/domain/interests'
import { AREA_INFO, explainCode, profileShape, tiedInCode } from '../../../../../shared/riasec'
import { ChartFigure } from '../../../components/charts/ChartFigure'
import { formatDay } from '../../../components/ui'

/** The profile in view: its high-point code in plain words beside its six bars. */
export function ProfileSummary({ profile, isLatest }: { profile: InterestProfile; isLatest: boolean }) {
  const shape = profileShape(profile.scores)
  const code = profile.enteredCode ? profile.enteredCode.split('') : profile.highPoint
  return (
    <section className="panel it-summary" aria-labelledby="it-summary-title">
      <div className="it-code-block">
        <h3 id="it-summary-title" className="it-kicker">
          {isLatest ? 'Latest interest profile' : 'Earlier interest profile'}
        </h3>
        <p className="it-code" aria-label={`Holland code ${code.join(' ')}`}>
          {code.length ? (
            code.map((a) => (
              <span
                key={a}
                className={`it-letter it-area-${a}`}
                title={AREA_INFO[a as keyof typeof AREA_INFO]?.name}
              >
                {a}
              </span>
            ))
          ) : (
            <span className="muted">No clear code</span>
          )}
        </p>
        <p className="it-meta">
          {formatDay(profile.takenOn)} · {SOURCE_LABEL[profile.source]}
        </p>
        <p className="it-explain">{explainCode(profile.highPoint)}</p>
        {tiedInCode(profile.scores) ? (
          <p className="it-note">
            Two areas tie for a place in this code, so another order would be just as fair.
          </p>
        ) : null}
        {shape.kind !== 'clear' ? <p className="it-note">{shape.message}</p> : null}
        {profile.source === 'quick' ? (
          <p className="it-note">
            From the quick interest check: a rough first picture, not a formal assessment.
          </p>
        ) : null}
        {profile.source === 'holland' ? (
          <p className="it-note">
            Converted from the code {profile.enteredCode}: first letter 36, second 30, third 24, other areas
            12 (of 40).
          </p>
        ) : null}
        {profile.note ? <p className="it-meta">Note: {profile.note}</p> : null}
      </div>
      <div className="it-summary-chart">
        <ChartFigure model={interestProfileChart(profile)} height={220} />
      </div>
    </section>
  )
}
