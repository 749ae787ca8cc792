export type StudentStatus = 'active' | 'graduated' | 'transferred'
export const STUDENT_STATUSES: StudentStatus[] = ['active', 'graduated', 'transferred']

export interface StudentSummary {
  id: number
  name: string
  preferredName: string | null
  grade: number | null
  school: string | null
  studentNumber: string | null
  status: StudentStatus
  archived: boolean
  /** Date (YYYY-MM-DD) of the most recent session, or null when never seen. */
  lastSeen: string | null
}

export interface Student extends StudentSummary {
  guardianContact: string | null
  directoryOptOut: boolean
  /** When the status became "graduated" (drives the retention rule). */
  graduatedOn: string | null
  createdAt: string
  updatedAt: string
  /** Optimistic-concurrency token: send it back with an edit; a stale one is a CONFLICT. */
  version: number
  counts: { sessions: number; openGoals: number; savedCareers: number; disclosures: number }
}

export interface Session {
  id: number
  studentId: number
  date: string
  durationMin: number
  purpose: string
  /** Part of the education record: printed and exported. */
  recordNotes: string
  /** The counselor's memory aid: never printed or exported unless moved into the record. */
  privateNotes: string
  /** Dated after the day it was saved: a plan, never counted as the student being seen. */
  planned: boolean
  createdAt: string
  updatedAt: string
  version: number
}

export type GoalStatus = 'open' | 'done' | 'dropped'
export const GOAL_STATUSES: GoalStatus[] = ['open', 'done', 'dropped']

export interface Goal {
  id: number
  studentId: number
  sessionId: number | null
  text: string
  dueDate: string | null
  status: GoalStatus
  completedAt: string | null
  createdAt: string
  updatedAt: string
  version: number
}

export type SavedStatus = 'exploring' | 'shortlisted' | 'set_aside'
export const SAVED_STATUSES: SavedStatus[] = ['exploring', 'shortlisted', 'set_aside']

export interface SavedCareer {
  id: number
  studentId: number
  /** Code and title as saved: kept even if a later pack drops or renames the occupation. */
  code: string
  title: string
  rank: number
  status: SavedStatus
  note: string | null
  savedAt: string
  version: number
}

export type DisclosureBasis =
  | 'consent'
  | 'school_official'
  | 'directory_information'
  | 'parent_or_eligible_student'
export const DISCLOSURE_BASES: DisclosureBasis[] = [
  'consent',
  'school_official',
  'directory_information',
  'parent_or_eligible_student',
]
export const BASIS_LABEL: Record<DisclosureBasis, string> = {
  consent: 'Written consent',
  school_official: 'School official with a legitimate educational interest',
  directory_information: 'Directory information',
  parent_or_eligible_student: 'Parent or eligible student',
}

export interface Disclosure {
  id: number
  studentId: number
  seq: number
  disclosedAt: string
  recipient: string
  what: string
  purpose: string
  basis: DisclosureBasis
  consentId: number | null
  hash: string
}

export interface DisclosureVerification {
  ok: boolean
  checked: number
  /** Each broken link: which student's chain, at which entry, and why. */
  problems: { studentId: number; seq: number; problem: string }[]
  /** One student's check: the chain's newest link, to compare with the code printed on reports. */
  head?: { seq: number; hash: string } | null
}

export interface Consent {
  id: number
  studentId: number
  signedBy: string
  signedOn: string
  records: string
  purpose: string
  recipient: string
  createdAt: string
}

export interface RecordLogEntry {
  id: number
  at: string
  action: string
  detail: string
}

export interface RetentionPreview {
  years: number | null
  cutoff: string | null
  students: { id: number; name: string; graduatedOn: string }[]
}

export interface BackupInfo {
  fileName: string
  createdAt: string
  byteLength: number
}

/** What a column of an imported student list holds; null: not imported. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'grade',
  'studentNumber',
  'preferredName',
  'school',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABEL: Record<ImportField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  grade: 'Grade',
  studentNumber: 'Student number',
  preferredName: 'Preferred name',
  school: 'School',
}

/** The columns of a student list as read from its first line, with what each seems to hold. */
export interface ImportColumns {
  columns: { header: string; field: ImportField | null; samples: string[] }[]
  rows: number
}

export interface ImportReport {
  imported: number
  /** Every bad row by its line in the file; when any exists nothing was imported. */
  problems: { line: number; message: string }[]
}

/**
 * Search key for names and numbers: lower case with accents removed, so "jose nunez" finds
 * "José Núñez". Used by the database column and the screen's instant filter alike.
 */
export function foldForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłþı]/g, (c) => UNDECOMPOSED[c] ?? c)
}

// Letters Unicode does not split into base letter + accent, spelled as a reader would type them.
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

/** How a student is addressed on screens: preferred name with the legal name in brackets. */
export function displayName(s: { name: string; preferredName: string | null }): string {
  return s.preferredName && s.preferredName !== s.name ? `${s.preferredName} (${s.name})` : s.name
}

/** Counts shown before a restore: the backup's records against today's, and what is kept. */
export interface RestorePreview {
  fileName: string
  backup: { students: number; sessions: number; goals: number }
  now: { students: number; sessions: number; goals: number }
  /** Disclosure-log entries made since the backup: carried into the restored records. */
  newerDisclosures: number
  /** Students deleted since the backup that it still holds: deleted again on restore. */
  deletedSince: number
}

/** Statuses as a counselor or a family reads them (screens and the printed record). */
export const STUDENT_STATUS_LABEL: Record<StudentStatus, string> = {
  active: 'Active',
  graduated: 'Graduated',
  transferred: 'Transferred',
}
export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
}
export const SAVED_STATUS_LABEL: Record<SavedStatus, string> = {
  exploring: 'Exploring',
  shortlisted: 'Shortlisted',
  set_aside: 'Set aside',
}
