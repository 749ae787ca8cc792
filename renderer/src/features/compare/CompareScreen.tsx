import { useState } from 'react'
import { flushSync } from 'react-dom'
import type { Comparison } from '../../../../shared/domain/catalog'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { ConfirmDialog } from '../../components/Dialog'
import { CompareReportActions } from '../../components/reports/ReportActions'
import { SaveToStudentButton } from '../../components/SaveToStudentButton'
import { Alert, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { clearCompare, removeFromCompare, useCompare } from '../../hooks/compare'
import './compare.css'

/** Two to four careers side by side: key figures, then the charts that set them apart. */
export function CompareScreen() {
  const items = useCompare()
  const codes = items.map((i) => i.code)
  const state = useApiQuery('catalog.compare', codes.length ? { codes } : null, { keepPrevious: true })
  const [asking, setAsking] = useState(false)
  if (codes.length === 0)
    return (
      <section className="screen cm-root" aria-labelledby="compare-title">
        <h1 id="compare-title" tabIndex={-1}>
          Compare careers
        </h1>
        <div className="cm-empty">
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
  const c = state.data
  // While a changed list loads, the previous comparison stays, marked busy.
  const current = c && c.columns.length === codes.length && c.columns.every((x, i) => x.code === codes[i])
  const failure = state.error ? toFormError(state.error) : null
  return (
    <section className="screen cm-root" aria-labelledby="compare-title">
      <header className="cm-head">
        <h1 id="compare-title">Compare careers</h1>
        <div className="cm-actions">
          <CompareReportActions codes={codes} />
          <button type="button" className="secondary" onClick={() => setAsking(true)}>
            Clear all
          </button>
        </div>
      </header>
      <div className="cm-save">
        <SaveToStudentButton careers={items} label="Save all compared careers to a student" />
      </div>
      {codes.length === 1 ? (
        <p className="cm-note">Add at least one more career to compare it with {items[0]?.title}.</p>
      ) : null}
      <Alert error={failure} />
      {c ? (
        <ComparisonView c={c} busy={!current} />
      ) : failure ? null : (
        <p className="muted">Loading the comparison…</p>
      )}
      {/* Rendered all along and opened by `open`, so closing goes through the native close(),
          which puts focus back on "Clear all". */}
      <ConfirmDialog
        open={asking}
        options={{
          title: 'Clear the comparison?',
          message: `${items.map((i) => i.title).join(', ')} will be taken off the comparison. You can add them again from Search, Browse or a profile.`,
          confirmLabel: 'Clear all',
        }}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          // The button that asked is gone with the careers: focus goes to the screen's heading,
          // so a keyboard user goes on from the top of the now empty screen.
          flushSync(() => {
            setAsking(false)
            clearCompare()
          })
          document.getElementById('compare-title')?.focus()
        }}
      />
    </section>
  )
}

function ComparisonView({ c, busy }: { c: Comparison; busy: boolean }) {
  return (
    <div aria-busy={busy}>
      <div className="cm-table-wrap">
        <table className="cm-table">
          <caption className="sr-only">Key figures for each career</caption>
          <thead>
            <tr>
              <td />
              {c.columns.map((col) => (
                <th scope="col" key={col.code}>
                  <a href={`#/occupation/${col.code}`}>{col.title}</a>
                  <div className="cm-meta">{col.code}</div>
                  <button
                    type="button"
                    className="cm-remove"
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
      <LocalSources c={c} />
      <div className="cm-charts">
        <div className="panel cm-wide">
          <ChartFigure model={c.charts.wages} />
        </div>
        <div className="panel">
          <ChartFigure model={c.charts.growth} />
        </div>
        <div className="panel">
          <ChartFigure model={c.charts.openings} />
        </div>
        {c.charts.interests ? (
          <div className="panel cm-wide">
            <ChartFigure model={c.charts.interests} />
          </div>
        ) : null}
        {c.overlap.map((o) => {
          const chart = o.domain === 'skills' ? c.charts.skills : c.charts.knowledge
          return (
            <div className="panel cm-wide" key={o.domain}>
              <h2>{o.domain === 'skills' ? 'Skills' : 'Knowledge'}: what the careers share</h2>
              {o.message ? <p className="cm-note">{o.message}</p> : null}
              {chart ? (
                <ChartFigure model={chart} />
              ) : o.message ? null : (
                <p className="cm-note">No shared top items.</p>
              )}
              {o.distinct.some((d) => d.length) ? (
                <dl className="cm-distinct">
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
          <div className="panel cm-wide">
            <ChartFigure model={c.charts.education} />
          </div>
        ) : null}
      </div>
    </div>
  )
}

/** Release and area under the table for the home-area median rows (the rest are charted with theirs). */
function LocalSources({ c }: { c: Comparison }) {
  const rows = c.rows.filter((r) => r.id.startsWith('median-wage-') && r.source)
  if (rows.length === 0) return null
  return (
    <p className="figure-source cm-local-source">{rows.map((r) => `${r.label}: ${r.source}.`).join(' ')}</p>
  )
}
