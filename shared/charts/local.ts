import type { StateWageRow } from '../domain/catalog'
import type { BarChartModel } from './model'
import { barChart } from './occupation'

/**
 * "Wages by state": one bar per state with a published median (annual, or hourly for an
 * hourly-only occupation), highest first. States where BLS published no median are listed in
 * the table, not drawn as zero. The same model feeds the screen (recharts) and the PDF (pdfkit).
 */
export function stateWagesChart(
  rows: StateWageRow[],
  source: string,
  opts: { highlight?: string | null; limit?: number } = {},
): BarChartModel | null {
  const hourly = rows.some((r) => r.hourlyOnly)
  const value = stateChartMedian(rows)
  const label = (r: StateWageRow) => {
    const notes = [
      r.area.code === opts.highlight ? 'home' : null,
      (hourly ? r.medianHourly : r.medianAnnual).flag === 'topcoded' ? 'at least' : null,
    ].filter(Boolean)
    return notes.length ? `${r.area.title} (${notes.join(', ')})` : r.area.title
  }
  const drawn = rows
    .filter((r) => value(r) !== null)
    .sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0))
    .slice(0, opts.limit ?? 60)
  if (drawn.length === 0) return null
  return barChart({
    id: 'wages-by-state',
    title: hourly ? 'Median hourly wage by state' : 'Median annual wage by state',
    source,
    categories: drawn.map(label),
    series: [{ key: 'median', label: 'Median wage' }],
    values: [drawn.map(value)],
    format: hourly ? 'currency-hourly' : 'currency',
    axisLabel: hourly ? 'Median hourly wage' : 'Median annual wage',
    highlight: drawn.findIndex((r) => r.area.code === opts.highlight),
  })
}

/**
 * The median a state's bar shows: hourly for all states when the occupation is hourly-only in
 * any, else annual; null where BLS published none (listed under the chart, never drawn as 0).
 */
export function stateChartMedian(rows: StateWageRow[]): (r: StateWageRow) => number | null {
  const hourly = rows.some((r) => r.hourlyOnly)
  return (r) => {
    const f = hourly ? r.medianHourly : r.medianAnnual
    return f.flag === 'suppressed' ? null : f.value
  }
}
