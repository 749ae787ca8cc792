import type { ChartModel } from '../../../../shared/charts/model'
import { formatByKind } from '../../../../shared/format'

/** Every value of a chart model as a plain table: the chart's text equivalent. */
export function ChartTable({ model }: { model: ChartModel }) {
  const fmt = (n: number | null) => formatByKind(n, model.axis.format)
  if (model.kind === 'range') {
    return (
      <table className="ch-table">
        <caption className="sr-only">{model.title}</caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col">10th percentile</th>
            <th scope="col">25th percentile</th>
            <th scope="col">Median</th>
            <th scope="col">75th percentile</th>
            <th scope="col">90th percentile</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                {r.notes?.length ? <span className="ch-note"> {r.notes.join(' ')}</span> : null}
              </th>
              <td>{fmt(r.p10)}</td>
              <td>{fmt(r.p25)}</td>
              <td>{fmt(r.median)}</td>
              <td>{fmt(r.p75)}</td>
              <td>{fmt(r.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  const columns = model.kind === 'bar' ? model.categories : model.xLabels
  return (
    <table className="ch-table">
      <caption className="sr-only">{model.title}</caption>
      <thead>
        <tr>
          <th scope="col">{model.series.length > 1 ? 'Series' : ''}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.series.map((s, si) => (
          <tr key={s.key}>
            <th scope="row">{s.label}</th>
            {columns.map((c, ci) => (
              <td key={c}>{fmt(model.values[si]?.[ci] ?? null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
