import { z } from 'zod'
import {
  type BackupInfo,
  type Consent,
  type Disclosure,
  type DisclosureVerification,
  type Goal,
  IMPORT_FIELDS,
  type ImportColumns,
  type ImportReport,
  type RecordLogEntry,
  type RestorePreview,
  type RetentionPreview,
  type SavedCareer,
  type Session,
  type Student,
  type StudentSummary,
} from '../domain/students'
import { type GeneratedFile, id, isoDate, onetCode, requiredText, shortText } from './common'
import { method } from './define'

// Students, sessions, goals, saved careers and the record safeguards (issue 5, items 1-3, 7, 8).

const optText = (max: number) => shortText(max).nullable().optional()
const grade = z.number().int().min(6, 'Grade is 6 to 12.').max(12, 'Grade is 6 to 12.').nullable().optional()
const status = z.enum(['active', 'graduated', 'transferred'], 'Status is active, graduated or transferred.')
const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
const studentNumber = z
  .string()
  .trim()
  .max(40, 'Student number must be under 40 characters.')
  .regex(/^[\p{L}\p{N}._/-]*$/u, 'Student number may hold letters, digits and . _ / - only.')
  .nullable()
  .optional()
// A calendar date that exists (2026-02-30 does not), within the years a record can cover.
const realDate = isoDate.refine(
  (d) => {
    const t = Date.parse(`${d}T00:00:00Z`)
    return (
      !Number.isNaN(t) &&
      new Date(t).toISOString().slice(0, 10) === d &&
      d >= '1990-01-01' &&
      d <= '2100-12-31'
    )
  },
  {
    message: 'Use a real date like 2026-09-15.',
  },
)

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

const sessionFields = {
  date: realDate,
  durationMin: z
    .number()
    .int()
    .min(1, 'A session lasts at least 1 minute.')
    .max(600, 'A session lasts at most 600 minutes.'),
  purpose: requiredText('Purpose', 200),
  recordNotes: shortText(20000).optional(),
  privateNotes: shortText(20000).optional(),
  /** A session dated after today must be saved as planned (the counselor's choice). */
  planned: z.boolean().optional(),
}

const goalStatus = z.enum(['open', 'done', 'dropped'], 'Status is open, done or dropped.')
const savedStatus = z.enum(
  ['exploring', 'shortlisted', 'set_aside'],
  'Status is exploring, shortlisted or set aside.',
)
const basis = z.enum(
  ['consent', 'school_official', 'directory_information', 'parent_or_eligible_student'],
  'Choose the basis for the disclosure.',
)

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

const byId = z.object({ id }).strict()
const byStudent = z.object({ studentId: id }).strict()

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

  'sessions.list': method<Session[]>()(byStudent),
  'sessions.create': method<Session>()(z.object({ studentId: id, ...sessionFields }).strict()),
  'sessions.update': method<Session>()(z.object({ id, version, ...sessionFields }).strict()),
  'sessions.delete': method<{ deleted: true }>()(byId),
  /** Appends the private notes to the record notes (they become printable) and logs the move. */
  'sessions.movePrivateNote': method<Session>()(z.object({ id, version }).strict()),

  'goals.list': method<Goal[]>()(byStudent),
  'goals.create': method<Goal>()(
    z
      .object({
        studentId: id,
        sessionId: id.nullable().optional(),
        text: requiredText('Goal', 500),
        dueDate: realDate.nullable().optional(),
      })
      .strict(),
  ),
  'goals.update': method<Goal>()(
    z
      .object({
        id,
        version,
        text: requiredText('Goal', 500),
        dueDate: realDate.nullable().optional(),
        status: goalStatus,
      })
      .strict(),
  ),
  'goals.delete': method<{ deleted: true }>()(byId),

  'saved.add': method<SavedCareer & { alreadySaved: boolean }>()(
    z.object({ studentId: id, code: onetCode, note: shortText(2000).optional() }).strict(),
  ),
  'saved.list': method<SavedCareer[]>()(byStudent),
  'saved.update': method<SavedCareer>()(
    z.object({ id, version, status: savedStatus, note: shortText(2000).nullable().optional() }).strict(),
  ),
  /** ids: the student's saved careers in their new order (all of them). */
  'saved.reorder': method<SavedCareer[]>()(
    z.object({ studentId: id, ids: z.array(id).min(1).max(500) }).strict(),
  ),
  'saved.remove': method<{ deleted: true }>()(byId),

  'consents.list': method<Consent[]>()(byStudent),
  'consents.create': method<Consent>()(
    z
      .object({
        studentId: id,
        signedBy: requiredText('Signed by', 160),
        signedOn: realDate,
        records: requiredText('Records', 500),
        purpose: requiredText('Purpose', 500),
        recipient: requiredText('Recipient', 200),
      })
      .strict(),
  ),
  'disclosures.list': method<Disclosure[]>()(byStudent),
  'disclosures.record': method<Disclosure>()(
    z
      .object({
        studentId: id,
        recipient: requiredText('Recipient', 200),
        what: requiredText('What was disclosed', 500),
        purpose: requiredText('Purpose', 500),
        basis,
        consentId: id.nullable().optional(),
      })
      .strict(),
  ),
  'disclosures.verify': method<DisclosureVerification>()(z.object({ studentId: id.optional() }).strict()),
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

  'retention.get': method<{ years: number | null }>()(z.object({}).strict()),
  'retention.set': method<{ years: number | null }>()(
    z.object({ years: z.number().int().min(1, 'Keep records at least 1 year.').max(50).nullable() }).strict(),
  ),
  'retention.preview': method<RetentionPreview>()(z.object({}).strict()),
  /** expectCount must equal the preview's count, so nothing beyond what was shown is deleted. */
  'retention.apply': method<{ deleted: number }>()(
    z.object({ expectCount: z.number().int().min(0).max(100000) }).strict(),
  ),

  'backups.list': method<{
    keep: number
    backups: BackupInfo[]
    /** Every restore, newest first (carried forward by each restore, so none is ever erased). */
    restores?: { id: number; at: string; backup: string; summary: string }[]
  }>()(z.object({}).strict()),
  'backups.create': method<BackupInfo>()(z.object({}).strict()),
  'backups.setKeep': method<{ keep: number }>()(
    z.object({ keep: z.number().int().min(1).max(365) }).strict(),
  ),
  /** What restoring this backup would bring back and what it keeps, before it runs. */
  'backups.preview': method<RestorePreview>()(
    z
      .object({
        fileName: z.string().regex(/^clients-[\dT-]+Z?(-\w+)?\.sqlite$/, 'Pick a backup from the list.'),
      })
      .strict(),
  ),
  'backups.restore': method<{ restored: string; safetyCopy: string; summary: string }>()(
    z
      .object({
        fileName: z.string().regex(/^clients-[\dT-]+Z?(-\w+)?\.sqlite$/, 'Pick a backup from the list.'),
      })
      .strict(),
  ),
}
