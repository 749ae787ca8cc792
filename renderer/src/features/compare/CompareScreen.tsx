import type { Comparison } from '../../../../shared/domain/catalog'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { CompareReportActions } from '../../components/reports/ReportActions'
import { SaveToStudentButton } from '../../components/SaveToStudentButton'
import { ErrorBox } from '../../components/ui'
import { clearCompare, removeFromCompare, useCompare } from '../../hooks/compare'
import { useCall } from '../../hooks/legacy-call'
import './compare.css'

/** Two to four careers side by side: key figures, then the charts that set them apart. */
export function CompareScreen() {
  const items = useCompare()
  const codes = items.map((i) => i.code)
  const state = useCall('catalog.compare', codes.length ? { codes } : null)
  if (codes.length === 0)
    return (
      <section className="screen compare" aria-labelledby="compare-title">
        <h1 id="compare-title">Compare careers</h1>
        <div className="empty">
          <p>
            <strong>No careers chosen yet.</strong> Use <em>Add to compare</em> on a career's profile, in
            Browse or in search results, then come back here to see two to four careers side by side.
          </p>
          <p>
            <a href="#/browse">Browse careers</a> or <a href="#/">search by name</a>.
          </p>
        </div>
      </section>
    )
  const c = state.status === 'error' ? undefined : state.value
  const current = c && c.columns.length === codes.length && c.columns.every((x, i) => x.code === codes[i])
  return (
    <section className="screen compare" aria-labelledby="compare-title">
      <header className="compare-head">
        <h1 id="compare-title">Compare careers</h1>
        <div className="compare-actions">
          <CompareReportActions codes={codes} />
          <button type="button" className="secondary" onClick={clearCompare}>
            Clear all
          </button>
        </div>
      </header>
      <div className="compare-save">
        <SaveToStudentButton careers={items} label="Save all compared careers to a student" />
      </div>
      {codes.length === 1 ? (
        <p className="note">Add at least one more career to compare it with {items[0]?.title}.</p>
      ) : null}
      {state.status === 'error' ? <ErrorBox message={state.message} fix={state.fix} /> : null}
      {c ? <ComparisonView c={c} busy={!current} /> : <p className="muted">Loading the comparison…</p>}
    </section>
  )
}

function ComparisonView({ c, busy }: { c: Comparison; busy: boolean }) {
  return (
    <div aria-busy={busy}>
      <div className="compare-table-wrap">
        <table className="compare-table">
          <caption className="sr-only">Key figures for each career</caption>
          <thead>
            <tr>
              <td />
              {c.columns.map((col) => (
                <th scope="col" key={col.code}>
                  <a href={`#/occupation/${col.code}`}>{col.title}</a>
                  <div className="row-meta">{col.code}</div>
                  <button
                    type="button"
                    className="remove"
                    onClick={() => removeFromCompare(col.code)}
                    aria-label={`Remove ${col.title} from the comparison`}
                  >
                    Remove
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row" title={r.source ? `Source: ${r.source}` : undefined}>
                  {r.label}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={c.columns[i]?.code ?? i} title={r.source ? `Source: ${r.source}` : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="compare-charts">
        <div className="panel wide">
          <ChartFigure model={c.charts.wages} />
        </div>
        <div className="panel">
          <ChartFigure model={c.charts.growth} />
        </div>
        <div className="panel">
          <ChartFigure model={c.charts.openings} />
        </div>
        {c.charts.interests ? (
          <div className="panel wide">
            <ChartFigure model={c.charts.interests} />
          </div>
        ) : null}
        {c.overlap.map((o) => {
          const chart = o.domain === 'skills' ? c.charts.skills : c.charts.knowledge
          return (
            <div className="panel wide" key={o.domain}>
              <h2>{o.domain === 'skills' ? 'Skills' : 'Knowledge'}: what the careers share</h2>
              {o.message ? <p className="note">{o.message}</p> : null}
              {chart ? (
                <ChartFigure model={chart} />
              ) : o.message ? null : (
                <p className="note">No shared top items.</p>
              )}
              {o.distinct.some((d) => d.length) ? (
                <dl className="distinct">
                  {c.columns.map((col, i) =>
                    o.distinct[i]?.length ? (
                      <div key={col.code}>
                        <dt>In the top ten of {col.title} only</dt>
                        <dd>{o.distinct[i]!.join(', ')}</dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              ) : null}
            </div>
          )
        })}
        {c.charts.education ? (
          <div className="panel wide">
            <ChartFigure model={c.charts.education} />
          </div>
        ) : null}
      </div>
    </div>
  )
}
