import { interestHistoryChart } from '../../../../../shared/charts/interests'
import { type InterestProfile, SOURCE_LABEL } from '../../../../../shared/domain/interests'
import { AREAS } from '../../../../../shared/riasec'
import { call } from '../../../api'
import { Alert, formatDay, useAction } from '../../../components/ui'
import { LineChartFigure } from './LineChartView'

/** Every profile on record, newest first, and how the six areas moved between them. */
export function ProfileHistory({
  profiles,
  current,
  onShow,
  onRemoved,
}: {
  profiles: InterestProfile[]
  current: number
  onShow: (id: number) => void
  onRemoved: () => void
}) {
  const { busy, error, run } = useAction()
  const chart = profiles.length >= 2 ? interestHistoryChart(profiles) : null
  const remove = async (p: InterestProfile) => {
    if (!window.confirm(`Delete the interest profile of ${formatDay(p.takenOn)}? This cannot be undone.`))
      return
    if (await run(() => call('interests.remove', { id: p.id }))) onRemoved()
  }
  return (
    <section className="panel" aria-labelledby="it-history-title">
      <h3 id="it-history-title">History</h3>
      {chart ? (
        <LineChartFigure model={chart} height={240} formatX={formatDay} />
      ) : (
        <p className="muted">
          Record interests again later (for example each school year) to see how they change.
        </p>
      )}
      <Alert error={error} />
      <table className="it-history">
        <caption className="sr-only">Interest profiles on record</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Code</th>
            {AREAS.map((a) => (
              <th scope="col" key={a} className="num">
                {a}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...profiles].reverse().map((p) => (
            <tr
              key={p.id}
              className={p.id === current ? 'is-current' : ''}
              aria-current={p.id === current ? 'true' : undefined}
            >
              <td>{formatDay(p.takenOn)}</td>
              <td>{SOURCE_LABEL[p.source]}</td>
              <td className="it-mono">{p.enteredCode ?? (p.highPoint.join('') || '—')}</td>
              {p.scores.map((s, i) => (
                <td key={AREAS[i]} className="num">
                  {Math.round(s)}
                </td>
              ))}
              <td className="it-row-actions">
                {p.id !== current ? (
                  <button type="button" className="secondary small" onClick={() => onShow(p.id)}>
                    Show matches
                  </button>
                ) : (
                  <span className="it-badge">In view</span>
                )}
                <button
                  type="button"
                  className="link-danger small"
                  disabled={busy}
                  onClick={() => remove(p)}
                  aria-label={`Delete the profile of ${formatDay(p.takenOn)}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
