import { z } from 'zod'
import { DISCLOSURE_BASES, type DisclosureBasis } from '../domain/students'
import type { GeneratedFile } from './common'
import { id, isoDate, onetCode, requiredText, shortText } from './common'
import { method } from './define'

export const paperSize = z.enum(['letter', 'a4'])
export type PaperSize = z.infer<typeof paperSize>

export interface ReportSettings {
  /** Letter (US) or A4; every report uses it unless a call names another. */
  paper: PaperSize
  /** Printed on the cover and the signature line of student reports. */
  counselorName: string | null
}

/** Who receives a student report and why: written to the disclosure log before the PDF exists. */
const disclosure = {
  recipient: requiredText('Recipient', 120),
  purpose: requiredText('Purpose', 200),
  basis: z
    .enum(DISCLOSURE_BASES as [DisclosureBasis, ...DisclosureBasis[]])
    .default('parent_or_eligible_student'),
  consentId: id.optional(),
}

/**
 * A preview stays on screen: it is marked PREVIEW on every page and not written to the
 * disclosure log. Only the copy made to save or print (preview false) is logged.
 */
const preview = z.boolean().optional()

export const reportsApi = {
  'reports.studentOnePage': method<GeneratedFile>()(
    z
      .object({
        studentId: id,
        // The first slice's "Save PDF" hands the page to the student; the log still says so.
        recipient: requiredText('Recipient', 120).default('The student'),
        purpose: requiredText('Purpose', 200).default('Career planning: saved careers summary'),
        basis: disclosure.basis,
        consentId: disclosure.consentId,
        paper: paperSize.optional(),
        preview,
      })
      .strict(),
  ),
  'reports.student': method<GeneratedFile>()(
    z
      .object({
        studentId: id,
        ...disclosure,
        /** Job zones to draw the top interest matches from (empty: all). */
        zones: z.array(z.number().int().min(1).max(5)).max(5).optional(),
        paper: paperSize.optional(),
        preview,
      })
      .strict(),
  ),
  'reports.profile': method<GeneratedFile>()(
    z.object({ code: onetCode, paper: paperSize.optional() }).strict(),
  ),
  'reports.compare': method<GeneratedFile>()(
    z
      .object({
        codes: z
          .array(onetCode)
          .min(2, 'Choose at least two careers to compare.')
          .max(4, 'Compare at most four careers.'),
        paper: paperSize.optional(),
      })
      .strict(),
  ),
  'reports.caseload': method<GeneratedFile>()(
    z
      .object({
        from: isoDate.optional(),
        to: isoDate.optional(),
        school: shortText(160).optional(),
        paper: paperSize.optional(),
      })
      .strict(),
  ),
  /** One PDF holding the career report of every listed student; progress as report.progress events. */
  'reports.batch': method<GeneratedFile & { students: number }>()(
    z
      .object({
        studentIds: z
          .array(id)
          .min(1, 'Choose at least one student.')
          .max(1000, 'Print at most 1,000 students at once.'),
        jobId: shortText(64).optional(),
        /** 'pdf': one PDF for the whole list; 'zip': one PDF per student in a zip file. */
        layout: z.enum(['pdf', 'zip']).default('pdf'),
        ...disclosure,
        paper: paperSize.optional(),
        preview,
      })
      .strict(),
  ),
  'reports.settings': method<ReportSettings>()(z.object({}).strict().optional()),
  'reports.setSettings': method<ReportSettings>()(
    z.object({ paper: paperSize.optional(), counselorName: shortText(120).nullable().optional() }).strict(),
  ),
}
