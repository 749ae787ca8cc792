/**
 * How numbers read everywhere in Career Atlas (screens, PDFs, exports), so a wage on paper reads
 * exactly like the wage on screen. Fixed to en-US: BLS publishes in dollars and counselors
 * compare our figures with BLS pages. A missing figure is "not available", never 0.
 */
import type { Figure } from './domain/catalog'

/** What a counselor sees where BLS or O*NET has no figure (BLS `*`, missing rows). */
export const NOT_AVAILABLE = 'not available'
/** Kept for callers written against the first version of this file. */
export const NA = NOT_AVAILABLE

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

const isNum = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n)

/** $51,140 (annual, whole dollars) or $24.59 (hourly, cents). */
export function formatMoney(n: number | null | undefined, opts: { hourly?: boolean } = {}): string {
  if (!isNum(n)) return NOT_AVAILABLE
  return opts.hourly ? cents.format(n) : dollars.format(Math.round(n))
}

/** $51,140 a year / $24.59 an hour, for sentences. */
export function formatWage(n: number | null | undefined, per: 'year' | 'hour'): string {
  if (!isNum(n)) return NOT_AVAILABLE
  return `${formatMoney(n, { hourly: per === 'hour' })} ${per === 'hour' ? 'an hour' : 'a year'}`
}

/**
 * A BLS figure with its flag: suppressed → "not available"; top-coded → "≥ $239,200" (BLS
 * publishes only that the real value is at least the top-code).
 */
export function formatFigure(f: Figure | null | undefined, kind: 'annual' | 'hourly' | 'number'): string {
  if (!f || f.flag === 'suppressed' || !isNum(f.value)) return NOT_AVAILABLE
  const text = kind === 'number' ? formatNumber(f.value) : formatMoney(f.value, { hourly: kind === 'hourly' })
  return f.flag === 'topcoded' ? `≥ ${text}` : text
}

/** 194,720 */
export function formatNumber(n: number | null | undefined): string {
  if (!isNum(n)) return NOT_AVAILABLE
  return whole.format(Math.round(n))
}

/**
 * Employment and openings as BLS EP publishes them (thousands, one decimal): 194,800 jobs.
 * Rounded to the nearest hundred above 1,000 so we never claim more precision than the source.
 */
export function formatEmployment(n: number | null | undefined): string {
  if (!isNum(n)) return NOT_AVAILABLE
  return whole.format(Math.abs(n) >= 1000 ? Math.round(n / 100) * 100 : Math.round(n))
}

/** 7.1% (or +7.1% / −2.0% with signed). A true minus sign reads right aloud and in print. */
export function formatPercent(
  n: number | null | undefined,
  opts: { digits?: number; signed?: boolean } = {},
): string {
  if (!isNum(n)) return NOT_AVAILABLE
  const digits = opts.digits ?? 1
  const abs = Math.abs(n).toFixed(digits)
  const sign = n < 0 && Number(abs) !== 0 ? '−' : opts.signed && n > 0 ? '+' : ''
  return `${sign}${abs}%`
}

/** Compact axis labels: $40k, $1.2M, 12k. */
export function formatCompact(n: number, kind: 'currency' | 'number' = 'number'): string {
  const prefix = kind === 'currency' ? '$' : ''
  const sign = n < 0 ? '−' : ''
  const abs = Math.abs(n)
  if (abs >= 1_000_000) return `${sign}${prefix}${trim(abs / 1_000_000)}M`
  if (abs >= 1_000) return `${sign}${prefix}${trim(abs / 1_000)}k`
  return `${sign}${prefix}${trim(abs)}`
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '')
}

/** An O*NET rating such as importance 3.75 on a 1–5 scale, shown to one decimal. */
export function formatScore(n: number | null | undefined, digits = 1): string {
  if (!isNum(n)) return NOT_AVAILABLE
  return n.toFixed(digits)
}

/** Formats a chart value by the chart model's ValueFormat. */
export function formatByKind(
  n: number | null | undefined,
  kind: 'currency' | 'currency-hourly' | 'percent' | 'number' | 'score',
): string {
  switch (kind) {
    case 'currency':
      return formatMoney(n)
    case 'currency-hourly':
      return formatMoney(n, { hourly: true })
    case 'percent':
      return formatPercent(n)
    case 'score':
      return formatScore(n)
    default:
      return formatNumber(n)
  }
}

/** "November 26, 2026" from a Date or an ISO date (dates are calendar days, not instants). */
export function longDate(d: Date | string): string {
  return calendarDay(d).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

/** "Nov 26, 2026": where space is short (a chart's axis), still a date a family reads at once. */
export function shortDate(d: Date | string): string {
  return calendarDay(d).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

const calendarDay = (d: Date | string) =>
  typeof d === 'string' ? new Date(`${d.slice(0, 10)}T12:00:00Z`) : d

// Short names from the first version of this file (used by the reports work).
export const money = (n: number | null | undefined, hourly = false) => formatMoney(n, { hourly })
export const moneyShort = (n: number) => formatCompact(n, 'currency')
export const count = (n: number | null | undefined) => formatNumber(n)
export const signedPercent = (n: number | null | undefined, digits = 1) =>
  formatPercent(n, { digits, signed: true })
export const percent = (n: number | null | undefined, digits = 0) => formatPercent(n, { digits })
