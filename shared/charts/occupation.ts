/**
 * Chart models for one occupation or a comparison of several: wage ranges, growth, openings,
 * education levels, interests and rating overlap. Pure functions of the profile data, so the
 * screen (recharts) and the PDFs (pdfkit) draw the same figures with the same words.
 */
import type { RiasecArea, WageFigures } from '../domain/catalog'
import { formatByKind, NOT_AVAILABLE } from '../format'
import type { Axis, BarChartModel, RangeChartModel, ValueFormat } from './model'
import { HIGHLIGHT_STYLE, SERIES_STYLE } from './palette'

export { SERIES_STYLE }

export const RIASEC_NAMES: Record<RiasecArea, string> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
}

/**
 * Joins per-occupation sources, folding the SOC codes of one release together:
 * "BLS EP 2024-34, SOC 29-1141" + "…, SOC 29-2061" → "BLS EP 2024-34, SOC 29-1141, 29-2061".
 */
export function joinSources(list: (string | null | undefined)[]): string {
  const groups = new Map<string, string[]>()
  for (const src of list) {
    if (!src) continue
    const [head, soc] = src.split(/, SOC /)
    const g = groups.get(head!) ?? []
    if (soc && !g.includes(soc)) g.push(soc)
    groups.set(head!, g)
  }
  return [...groups]
    .map(([head, socs]) => (socs.length ? `${head}, SOC ${socs.join(', ')}` : head))
    .join('; ')
}

/** A readable axis: 4–6 ticks on round numbers covering [min, max]. */
export function niceAxis(min: number, max: number, format: ValueFormat, label?: string): Axis {
  const lo = Math.min(0, min)
  const span = Math.max(max - lo, 1e-9)
  const raw = span / 5
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= 6) ?? 10 * mag
  const start = Math.floor(lo / step) * step
  const end = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Number(t.toPrecision(12)))
  return { min: start, max: end, ticks, format, label }
}

const PERCENTILE_NAME = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
}

const value = (f: { value: number | null; flag?: string } | undefined) =>
  f && f.flag !== 'suppressed' ? f.value : null

/** p10–p90 with the median for each occupation, annual or hourly (one row per occupation). */
export function wageRangeChart(
  items: { label: string; wages: WageFigures | null }[],
  basis: 'annual' | 'hourly',
  id = `wages-${basis}`,
): RangeChartModel | null {
  const withWages = items.filter((i) => i.wages && !(basis === 'annual' && i.wages.hourlyOnly))
  if (withWages.length === 0) return null
  const rows = items.map(({ label, wages }) => {
    const w = wages?.[basis]
    const notes: string[] = []
    if (!w) notes.push('BLS publishes no wages for this occupation.')
    else if (basis === 'annual' && wages?.hourlyOnly)
      notes.push('BLS publishes hourly wages only for this occupation.')
    for (const k of ['p10', 'p25', 'median', 'p75', 'p90'] as const) {
      const f = w?.[k]
      const money = basis === 'annual' ? 'currency' : 'currency-hourly'
      if (f?.flag === 'topcoded')
        notes.push(
          `${PERCENTILE_NAME[k]}: at least ${formatByKind(f.value, money)} (BLS publishes no higher figure).`,
        )
      if (f?.flag === 'suppressed') notes.push(`${PERCENTILE_NAME[k]}: not published by BLS.`)
    }
    if (wages?.basisNote) notes.push(wages.basisNote)
    const hidden = basis === 'annual' && wages?.hourlyOnly
    return {
      label,
      p10: hidden ? null : value(w?.p10),
      p25: hidden ? null : value(w?.p25),
      median: hidden ? null : value(w?.median),
      p75: hidden ? null : value(w?.p75),
      p90: hidden ? null : value(w?.p90),
      ...(notes.length ? { notes } : {}),
    }
  })
  const all = rows.flatMap((r) => [r.p10, r.p90, r.median]).filter((n): n is number => n !== null)
  const format: ValueFormat = basis === 'annual' ? 'currency' : 'currency-hourly'
  const axis = niceAxis(0, Math.max(...all, 1), format, basis === 'annual' ? 'Annual wage' : 'Hourly wage')
  const source = joinSources(withWages.map((i) => i.wages?.source))
  const fmt = (n: number | null) => formatByKind(n, format)
  const alt = rows
    .map((r) =>
      r.median === null
        ? `${r.label}: ${NOT_AVAILABLE}.`
        : `${r.label}: median ${fmt(r.median)}; middle half ${fmt(r.p25)} to ${fmt(r.p75)}; lowest 10% below ${fmt(r.p10)}, highest 10% above ${fmt(r.p90)}.`,
    )
    .join(' ')
  return {
    kind: 'range',
    id,
    title:
      basis === 'annual'
        ? 'Annual wages (10th to 90th percentile)'
        : 'Hourly wages (10th to 90th percentile)',
    source,
    alt,
    rows,
    axis,
  }
}

/** One bar per category for each series; values already in the axis format. */
export function barChart(opts: {
  id: string
  title: string
  source: string
  categories: string[]
  series: { key: string; label: string }[]
  values: (number | null)[][]
  format: ValueFormat
  orientation?: 'horizontal' | 'vertical'
  axisLabel?: string
  fixedMax?: number
  /** The category drawn in HIGHLIGHT_STYLE (the home state); none when absent or -1. */
  highlight?: number
}): BarChartModel {
  const flat = opts.values.flat().filter((n): n is number => n !== null)
  const axis = niceAxis(
    Math.min(0, ...flat),
    opts.fixedMax ?? Math.max(...flat, 1),
    opts.format,
    opts.axisLabel,
  )
  const series = opts.series.map((s, i) => ({ ...s, ...SERIES_STYLE[i % SERIES_STYLE.length]! }))
  const h = opts.highlight ?? -1
  return {
    kind: 'bar',
    id: opts.id,
    title: opts.title,
    source: opts.source,
    alt: barAlt(opts.title, opts.categories, series, opts.values, opts.format),
    orientation: opts.orientation ?? 'horizontal',
    categories: opts.categories,
    series,
    values: opts.values,
    axis,
    ...(h >= 0 && h < opts.categories.length ? { highlight: { index: h, ...HIGHLIGHT_STYLE } } : {}),
  }
}

/** "Title. California: $61,880; Ohio (home): $47,560.": every figure a bar chart draws, in words. */
function barAlt(
  title: string,
  categories: string[],
  series: { label: string }[],
  values: (number | null)[][],
  format: ValueFormat,
): string {
  const alt = categories
    .map((c, ci) => {
      const parts = series.map((s, si) => {
        const v = formatByKind(values[si]?.[ci] ?? null, format)
        return series.length > 1 ? `${s.label} ${v}` : v
      })
      return `${c}: ${parts.join(', ')}`
    })
    .join('; ')
  return `${title}. ${alt}.`
}

/**
 * A horizontal bar chart too tall for a page, as parts of at most `max` bars ("(1 of 3)"), on
 * the chart's one axis, each with the text of its own bars, the highlight where its bar is and
 * the source under the last. Every category lands in exactly one part, in order.
 */
export function splitBarChart(m: BarChartModel, max: number): BarChartModel[] {
  const n = Math.ceil(m.categories.length / max)
  if (n <= 1) return [m]
  const per = Math.ceil(m.categories.length / n)
  return Array.from({ length: n }, (_, i) => {
    const from = i * per
    const title = `${m.title} (${i + 1} of ${n})`
    const categories = m.categories.slice(from, from + per)
    const values = m.values.map((v) => v.slice(from, from + per))
    const h = m.highlight ? m.highlight.index - from : -1
    const { highlight: _drop, ...rest } = m
    return {
      ...rest,
      title,
      source: i === n - 1 ? m.source : '',
      alt: barAlt(title, categories, m.series, values, m.axis.format),
      categories,
      values,
      ...(m.highlight && h >= 0 && h < categories.length ? { highlight: { ...m.highlight, index: h } } : {}),
    }
  })
}

/** "Education levels reported by workers": the share of workers per O*NET RL category. */
export function educationChart(
  levels: { name: string; percent: number }[],
  source: string,
  label = 'Workers reporting',
): BarChartModel | null {
  if (levels.length === 0) return null
  return barChart({
    id: 'education',
    title: 'Education level workers say the job needs',
    source,
    categories: levels.map((l) => l.name),
    series: [{ key: 'percent', label }],
    values: [levels.map((l) => l.percent)],
    format: 'percent',
    axisLabel: 'Share of workers',
  })
}

/** Six interest areas (O*NET OI, 1–7) for one or more occupations. */
export function interestsChart(
  items: { label: string; scores: Partial<Record<RiasecArea, number>> }[],
  source: string,
): BarChartModel | null {
  if (!items.some((i) => Object.keys(i.scores).length > 0)) return null
  const areas: RiasecArea[] = ['R', 'I', 'A', 'S', 'E', 'C']
  const model = barChart({
    id: 'interests',
    title: 'Interest profile (O*NET occupational interests, 1–7)',
    source,
    categories: areas.map((a) => RIASEC_NAMES[a]),
    series: items.map((i, n) => ({ key: `s${n}`, label: i.label })),
    values: items.map((i) => areas.map((a) => i.scores[a] ?? null)),
    format: 'score',
    orientation: 'vertical',
    fixedMax: 7,
    axisLabel: 'Interest score',
  })
  // The OI scale runs 1–7: ticks on every whole score read better than a rounded 0–8 axis.
  return { ...model, axis: { ...model.axis, min: 0, max: 7, ticks: [1, 2, 3, 4, 5, 6, 7] } }
}
