import { longDate } from '../../../../../shared/format'

/*
 * Stored values as a family reads them, for record sections no one has laid out by hand: table
 * and column names as words, dates as dates, JSON as its contents.
 */

/** The parsed JSON, or `otherwise` when the text is not JSON. */
export function parseJson<T>(json: string, otherwise: T): T {
  try {
    return JSON.parse(json) as T
  } catch {
    return otherwise
  }
}

/** "interest_profiles" → "Interest profiles". */
export function sentence(key: string): string {
  const t = key.replace(/_/g, ' ').trim()
  return t.charAt(0).toUpperCase() + t.slice(1)
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** 2026-02-30 is text, not a date: Date would roll it over to March 2 without a word. */
const onCalendar = (day: string) => {
  const t = Date.parse(`${day}T12:00:00Z`)
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day
}

/** Any stored value in words: dates as dates, JSON as its contents, keys as words. */
export function readable(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'boolean') return v ? 'Yes' : 'No'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') {
    if (ISO_DAY.test(v) && onCalendar(v.slice(0, 10))) return longDate(v.slice(0, 10))
    if (/^[[{]/.test(v.trim())) {
      const parsed = parseJson<unknown>(v, undefined)
      if (parsed !== undefined) return readable(parsed)
    }
    return /^[a-z]+(?:_[a-z]+)+$/.test(v) ? v.replace(/_/g, ' ') : v
  }
  if (Array.isArray(v)) return v.length ? v.map(readable).join('; ') : '—'
  if (typeof v === 'object')
    return (
      Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${sentence(k)}: ${readable(x)}`)
        .join(', ') || '—'
    )
  return String(v)
}
