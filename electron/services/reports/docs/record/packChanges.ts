import {
  type CareerChangeKind,
  CHANGE_KIND_LABEL,
  type FieldChange,
} from '../../../../../shared/domain/packs'
import type { Flow } from '../../kit/flow'
import { table } from '../../kit/table'
import { muted, size } from '../../kit/theme'
import { parseJson, readable } from './words'

/** A pack_change_items row as stored. */
export interface PackChangeRow {
  code: string
  saved_title: string
  kind: CareerChangeKind
  replacements: string
  changes: string
}

/** Saved careers a data pack update changed: the counselor was told, so the record says so too. */
export function packChangesSection(flow: Flow, rows: PackChangeRow[]): void {
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
      const details = [
        ...listed<{ code: string; title: string }>(r.replacements, (now) =>
          now.length ? [`Now: ${now.map((x) => `${x.title} (${x.code})`).join(', ')}`] : [],
        ),
        ...listed<FieldChange>(r.changes, (changes) =>
          changes.map((c) => `${c.label}: ${c.before} → ${c.after}`),
        ),
      ]
      return [
        { text: r.saved_title, sub: r.code },
        CHANGE_KIND_LABEL[r.kind] ?? readable(r.kind),
        details.join('; ') || '—',
      ]
    }),
  )
}

/** A stored JSON list in words; a damaged one (not a JSON list) prints as stored, never dropped. */
function listed<T>(json: string, say: (items: T[]) => string[]): string[] {
  const items = parseJson<unknown>(json, null)
  return Array.isArray(items) ? say(items as T[]) : [json]
}
