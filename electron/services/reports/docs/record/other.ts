import {
  type CareerChangeKind,
  CHANGE_KIND_LABEL,
  type FieldChange,
} from '../../../../../shared/domain/packs'
import { longDate } from '../../../../../shared/format'
import type { Flow } from '../../kit/flow'
import { table } from '../../kit/table'
import { muted, size } from '../../kit/theme'
import { interestProfilesSection } from './interests'

interface PackChangeRow {
  code: string
  saved_title: string
  kind: CareerChangeKind
  replacements: string
  changes: string
}

/**
 * The other domains' per-student tables. Known ones read like the rest of the record; a table
 * added later still prints every value, in words and dates rather than keys, JSON and timestamps.
 */
export function otherRecordSections(flow: Flow, other: Record<string, unknown[]>): void {
  for (const [name, rows] of Object.entries(other)) {
    // The log's chain heads are bookkeeping for its tamper check, not part of what a parent reads.
    if (rows.length === 0 || name === 'disclosure_heads') continue
    if (name === 'interest_profiles') interestProfilesSection(flow, rows)
    else if (name === 'pack_change_items') packChanges(flow, rows as PackChangeRow[])
    else generic(flow, name, rows as Record<string, unknown>[])
  }
}

const parse = <T>(json: string, empty: T): T => {
  try {
    return JSON.parse(json) as T
  } catch {
    return empty
  }
}

/** Saved careers a data pack update changed: the counselor was told, so the record says so too. */
function packChanges(flow: Flow, rows: PackChangeRow[]): void {
  flow.heading('Saved careers changed by data updates', 1)
  flow.para(
    'When the counselor installed newer official career data, these saved careers were renamed, replaced or had their figures change.',
    { color: muted, size: size.small },
  )
  table(
    flow,
    [
      { header: 'Career as saved', width: 2.2 },
      { header: 'Change', width: 1.3 },
      { header: 'Details', width: 3.5 },
    ],
    rows.map((r) => {
      const replaced = parse<{ code: string; title: string }[]>(r.replacements, [])
      const changes = parse<FieldChange[]>(r.changes, [])
      const details = [
        ...(replaced.length ? [`Now: ${replaced.map((x) => `${x.title} (${x.code})`).join(', ')}`] : []),
        ...changes.map((c) => `${c.label}: ${c.before} → ${c.after}`),
      ]
      return [
        { text: r.saved_title, sub: r.code },
        CHANGE_KIND_LABEL[r.kind] ?? readable(r.kind),
        details.join('; ') || '—',
      ]
    }),
  )
}

/**
 * A table no one has laid out yet: each row as "Label: value" lines. Only the row's own id and the
 * student's are left out; any other `…_id` column may be what the family asks about (a state
 * student id), and the export cannot tell it from a link to another table.
 */
function generic(flow: Flow, name: string, rows: Record<string, unknown>[]): void {
  flow.heading(sentence(name), 1)
  flow.bullets(
    rows.map((row) =>
      Object.entries(row)
        .filter(([k]) => k !== 'id' && k !== 'student_id')
        .map(([k, v]) => `${sentence(k)}: ${readable(v)}`)
        .join('; '),
    ),
    { size: size.small },
  )
}

/** "interest_profiles" → "Interest profiles". */
export function sentence(key: string): string {
  const t = key.replace(/_/g, ' ').trim()
  return t.charAt(0).toUpperCase() + t.slice(1)
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Any stored value in words: dates as dates, JSON as its contents, keys as words. */
export function readable(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'boolean') return v ? 'Yes' : 'No'
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') {
    if (ISO_DAY.test(v)) return longDate(v.slice(0, 10))
    if (/^[[{]/.test(v.trim())) {
      const parsed = parse<unknown>(v, undefined)
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
