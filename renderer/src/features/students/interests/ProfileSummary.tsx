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
    <section className="panel in-summary" aria-labelledby="in-summary-title">
      <div className="in-code-block">
        <h3 id="in-summary-title" className="in-kicker">
          {isLatest ? 'Latest interest profile' : 'Earlier interest profile'}
        </h3>
        {/* The coloured letters are a picture of the code: one name for the whole, letter by letter. */}
        <p
          className="in-code"
          role="img"
          aria-label={code.length ? `Holland code ${code.join(' ')}` : 'No clear Holland code'}
        >
          {code.length ? (
            code.map((a) => (
              <span
                key={a}
                className={`in-letter in-area-${a}`}
                title={AREA_INFO[a as keyof typeof AREA_INFO]?.name}
              >
                {a}
              </span>
            ))
          ) : (
            <span className="muted">No clear code</span>
          )}
        </p>
        <p className="in-meta">
          {formatDay(profile.takenOn)} · {SOURCE_LABEL[profile.source]}
        </p>
        <p className="in-explain">{explainCode(profile.highPoint)}</p>
        {tiedInCode(profile.scores) ? (
          <p className="in-note">
            Two areas tie for a place in this code, so another order would be just as fair.
          </p>
        ) : null}
        {shape.kind !== 'clear' ? <p className="in-note">{shape.message}</p> : null}
        {profile.source === 'quick' ? (
          <p className="in-note">
            From the quick interest check: a rough first picture, not a formal assessment.
          </p>
        ) : null}
        {profile.source === 'holland' ? (
          <p className="in-note">
            Converted from the code {profile.enteredCode}: first letter 36, second 30, third 24, other areas
            12 (of 40).
          </p>
        ) : null}
        {profile.note ? <p className="in-meta">Note: {profile.note}</p> : null}
      </div>
      <div className="in-summary-chart">
        <ChartFigure model={interestProfileChart(profile)} height={220} />
      </div>
    </section>
  )
}
