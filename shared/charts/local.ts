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
  const value = (r: StateWageRow) => {
    const f = hourly ? r.medianHourly : r.medianAnnual
    return f.flag === 'suppressed' ? null : f.value
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
    categories: drawn.map((r) => (r.area.code === opts.highlight ? `${r.area.title} (home)` : r.area.title)),
    series: [{ key: 'median', label: 'Median wage' }],
    values: [drawn.map(value)],
    format: hourly ? 'currency-hourly' : 'currency',
    axisLabel: hourly ? 'Median hourly wage' : 'Median annual wage',
  })
}
