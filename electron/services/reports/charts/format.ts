import type { ValueFormat } from '../../../../shared/charts/model'
import { count, money, moneyShort } from '../../../../shared/format'

/** Tick labels: compact ($50k). */
export function tick(v: number, f: ValueFormat): string {
  switch (f) {
    case 'currency':
      return moneyShort(v)
    case 'currency-hourly':
      return `$${v.toFixed(0)}`
    case 'percent':
      return `${Number.isInteger(v) ? v : v.toFixed(1)}%`
    case 'score':
      return Number.isInteger(v) ? String(v) : v.toFixed(1)
    default:
      return count(v)
  }
}

/** Data labels: exact ($51,140); null is "n/a", never 0. */
export function value(v: number | null, f: ValueFormat, signed = false): string {
  if (v == null) return 'n/a' // short for chart labels; tables say "not available"
  switch (f) {
    case 'currency':
      return money(v)
    case 'currency-hourly':
      return money(v, true)
    case 'percent':
      return `${v < 0 ? '−' : signed && v > 0 ? '+' : ''}${Math.abs(v).toFixed(1)}%`
    case 'score':
      return v.toFixed(1)
    default:
      return count(v)
  }
}
