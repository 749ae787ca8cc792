import { z } from 'zod'
import {
  IMPORT_FIELDS,
  type ImportColumns,
  type ImportReport,
  type Student,
  type StudentSummary,
} from '../domain/students'
import { byId, id, realDate, requiredText, shortText, version } from './common'
import { method } from './define'

// The students themselves (issue 5); their sessions, goals, saved careers and the record safeguards
// have their own slices (sessions.ts, goals.ts, saved.ts, consents.ts, disclosures.ts, records.ts,
// retention.ts, backups.ts), each named for its methods' prefix.

const optText = (max: number) => shortText(max).nullable().optional()
const grade = z.number().int().min(6, 'Grade is 6 to 12.').max(12, 'Grade is 6 to 12.').nullable().optional()
const status = z.enum(['active', 'graduated', 'transferred'], 'Status is active, graduated or transferred.')
const studentNumber = z
  .string()
  .trim()
  .max(40, 'Student number must be under 40 characters.')
  .regex(/^[\p{L}\p{N}._/-]*$/u, 'Student number may hold letters, digits and . _ / - only.')
  .nullable()
  .optional()
const studentFields = {
  name: requiredText('Name', 120),
  preferredName: optText(120),
  grade,
  school: optText(160),
  studentNumber,
  guardianContact: optText(300),
  directoryOptOut: z.boolean().optional(),
  status: status.optional(),
  /** When the student graduated (retention counts from it); defaults to the day the status changed. */
  graduatedOn: realDate.nullable().optional(),
}

export const studentInput = z.object(studentFields).strict()

const importCsv = z.string().max(2_000_000, 'The file is over 2 MB.')

export const studentListInput = z
  .object({
    q: shortText(120).optional(),
    grade: z.number().int().min(6).max(12).optional(),
    status: status.optional(),
    school: shortText(160).optional(),
    /** 'never' = no session yet; a number = not seen in that many days (or never). */
    notSeenDays: z.union([z.literal('never'), z.number().int().min(1).max(3650)]).optional(),
    archived: z.boolean().default(false),
    limit: z.number().int().min(1).max(10000).default(500),
  })
  .strict()

export const studentsApi = {
  'students.create': method<Student>()(studentInput),
  'students.update': method<Student>()(z.object({ id, version, ...studentFields }).strict()),
  'students.list': method<StudentSummary[]>()(studentListInput),
  'students.schools': method<string[]>()(z.object({}).strict()),
  'students.get': method<Student>()(byId),
  'students.archive': method<Student>()(z.object({ id, archived: z.boolean() }).strict()),
  /** confirmName must repeat the student's name exactly: deletion cannot be undone. */
  'students.delete': method<{ deleted: true }>()(z.object({ id, confirmName: z.string().max(120) }).strict()),
  'students.import': method<ImportReport>()(
    z
      .object({
        csv: importCsv,
        school: optText(160),
        /** What each column holds, in file order (null: skip it); omitted: read from the headers. */
        // As many as a 2 MB file can have: an SIS "all fields" export runs past 200 columns.
        mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(100_000).optional(),
      })
      .strict(),
  ),
  /** The file's columns with the field each header suggests, for the counselor to confirm. */
  'students.importColumns': method<ImportColumns>()(z.object({ csv: importCsv }).strict()),
}
