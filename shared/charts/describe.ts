import { formatByKind } from '../format'
import type { BarChartModel, ChartModel, LineChartModel, RangeChartModel } from './model'

/*
 * A chart's text equivalent for a listener (a tagged PDF's Figure /Alt): what kind of chart,
 * what it shows, the figure that stands out, then every figure the chart draws (the model's own
 * text equivalent) and where the figures came from. Built from the same model the chart is
 * drawn from, so the words cannot drift from the bars.
 */
export function describeChart(m: ChartModel): string {
  const head = m.kind === 'bar' ? barHead(m) : m.kind === 'range' ? rangeHead(m) : lineHead(m)
  const body = m.alt.startsWith(m.title) ? m.alt.slice(m.title.length).replace(/^[.:]\s*/, '') : m.alt
  return [head, body, m.source ? `Source: ${m.source}.` : '']
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(' ')
}

function extremes(labels: string[], values: (number | null)[]): { hi: number; lo: number } | null {
  const idx = values.flatMap((v, i) => (v == null || labels[i] == null ? [] : [i]))
  if (idx.length < 2) return null
  const hi = idx.reduce((a, b) => (values[b]! > values[a]! ? b : a))
  const lo = idx.reduce((a, b) => (values[b]! < values[a]! ? b : a))
  return values[hi] === values[lo] ? null : { hi, lo }
}

function barHead(m: BarChartModel): string {
  const out = [`Bar chart: ${m.title}`]
  m.series.forEach((s, si) => {
    const vals = m.values[si] ?? []
    const e = extremes(m.categories, vals)
    if (!e) return
    const f = (i: number) => `${m.categories[i]} ${formatByKind(vals[i], m.axis.format)}`
    out.push(`${m.series.length > 1 ? `${s.label}: ` : ''}highest ${f(e.hi)}, lowest ${f(e.lo)}`)
  })
  return out.join('; ')
}

function rangeHead(m: RangeChartModel): string {
  const e = extremes(
    m.rows.map((r) => r.label),
    m.rows.map((r) => r.median),
  )
  const f = (i: number) => `${m.rows[i]!.label} ${formatByKind(m.rows[i]!.median, m.axis.format)}`
  return `Range chart: ${m.title}${e ? `; highest median ${f(e.hi)}, lowest median ${f(e.lo)}` : ''}`
}

function lineHead(m: LineChartModel): string {
  const span = m.xLabels.length > 1 ? `, ${m.xLabels[0]} to ${m.xLabels.at(-1)}` : ''
  return `Line chart: ${m.title}${span}; ${m.series.map((s) => s.label).join(', ')}`
}
