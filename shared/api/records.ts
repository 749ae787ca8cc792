import { z } from 'zod'
import type { RecordLogEntry } from '../domain/students'
import { byStudent, type GeneratedFile, id, requiredText } from './common'
import { method } from './define'
import { basis } from './disclosures'

export const recordsApi = {
  'records.log': method<RecordLogEntry[]>()(byStudent),
  /** The complete record as JSON for an inspection request; logged as a disclosure. */
  'records.export': method<GeneratedFile & { privateNotesIncluded: false }>()(
    z
      .object({
        studentId: id,
        recipient: requiredText('Recipient', 200),
        basis: basis.default('parent_or_eligible_student'),
        purpose: requiredText('Purpose', 500).default('Inspection and review of education records'),
        /** 'pdf': the same record laid out for a parent to read; 'json': the data file. */
        format: z.enum(['json', 'pdf']).default('json'),
      })
      .strict(),
  ),
  'records.deletionLog': method<{ id: number; at: string; reason: string; summary: string }[]>()(
    z.object({}).strict(),
  ),
}
