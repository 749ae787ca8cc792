import type { Flow } from '../../kit/flow'
import { size } from '../../kit/theme'
import { interestProfilesSection } from './interests'
import { type PackChangeRow, packChangesSection } from './packChanges'
import { readable, sentence } from './words'

/**
 * The other domains' per-student tables. Known ones read like the rest of the record; a table
 * added later still prints every value, in words and dates rather than keys, JSON and timestamps.
 */
export function otherRecordSections(flow: Flow, other: Record<string, unknown[]>): void {
  for (const [name, rows] of Object.entries(other)) {
    // The log's chain heads are bookkeeping for its tamper check, not part of what a parent reads.
    if (rows.length === 0 || name === 'disclosure_heads') continue
    if (name === 'interest_profiles') interestProfilesSection(flow, rows)
    else if (name === 'pack_change_items') packChangesSection(flow, rows as PackChangeRow[])
    else generic(flow, name, rows as Record<string, unknown>[])
  }
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
