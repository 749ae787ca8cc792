import type {
  Consent,
  Goal,
  SavedCareer,
  Session,
  Student,
  StudentStatus,
  StudentSummary,
} from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { DB } from '../db/open'

// Row shapes as stored, and their mapping to the domain types the API returns.

export interface StudentRow {
  id: number
  name: string
  preferred_name: string | null
  grade: number | null
  school: string | null
  student_number: string | null
  status: StudentStatus
  archived: number
  guardian_contact: string | null
  directory_opt_out: number
  graduated_on: string | null
  created_at: string
  updated_at: string
  version: number
  last_seen: string | null
}

export function requireStudent(db: DB, id: number): StudentRow {
  const row = db.prepare('SELECT * FROM students WHERE id = ?').get(id) as StudentRow | undefined
  if (!row)
    throw new UserError(
      'NOT_FOUND',
      'That student is not in your records.',
      'They may have been deleted. Go back to the student list.',
    )
  return row
}

export function toSummary(r: StudentRow): StudentSummary {
  return {
    id: r.id,
    name: r.name,
    preferredName: r.preferred_name,
    grade: r.grade,
    school: r.school,
    studentNumber: r.student_number,
    status: r.status,
    archived: r.archived === 1,
    lastSeen: r.last_seen,
  }
}

export function toStudent(db: DB, r: StudentRow): Student {
  const c = db
    .prepare(
      `SELECT (SELECT count(*) FROM sessions WHERE student_id = @id) AS sessions,
              (SELECT count(*) FROM goals WHERE student_id = @id AND status = 'open') AS openGoals,
              (SELECT count(*) FROM saved_careers WHERE student_id = @id) AS savedCareers,
              (SELECT count(*) FROM disclosures WHERE student_id = @id) AS disclosures`,
    )
    .get({ id: r.id }) as Student['counts']
  return {
    ...toSummary(r),
    guardianContact: r.guardian_contact,
    directoryOptOut: r.directory_opt_out === 1,
    graduatedOn: r.graduated_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    counts: c,
  }
}

export interface SessionRow {
  id: number
  student_id: number
  date: string
  duration_min: number
  purpose: string
  record_notes: string
  private_notes: string
  planned: number
  created_at: string
  updated_at: string
  version: number
}

export function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    studentId: r.student_id,
    date: r.date,
    durationMin: r.duration_min,
    purpose: r.purpose,
    recordNotes: r.record_notes,
    privateNotes: r.private_notes,
    planned: r.planned === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  }
}

export interface GoalRow {
  id: number
  student_id: number
  session_id: number | null
  text: string
  due_date: string | null
  status: Goal['status']
  completed_at: string | null
  created_at: string
  updated_at: string
  version: number
}

export function toGoal(r: GoalRow): Goal {
  return {
    id: r.id,
    studentId: r.student_id,
    sessionId: r.session_id,
    text: r.text,
    dueDate: r.due_date,
    status: r.status,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  }
}

export interface SavedRow {
  id: number
  student_id: number
  code: string
  title: string
  rank: number
  status: SavedCareer['status']
  note: string | null
  saved_at: string
  version: number
}

export function toSaved(r: SavedRow): SavedCareer {
  return {
    id: r.id,
    studentId: r.student_id,
    code: r.code,
    title: r.title,
    rank: r.rank,
    status: r.status,
    note: r.note,
    savedAt: r.saved_at,
    version: r.version,
  }
}

export interface ConsentRow {
  id: number
  student_id: number
  signed_by: string
  signed_on: string
  records: string
  purpose: string
  recipient: string
  created_at: string
}

export function toConsent(r: ConsentRow): Consent {
  return {
    id: r.id,
    studentId: r.student_id,
    signedBy: r.signed_by,
    signedOn: r.signed_on,
    records: r.records,
    purpose: r.purpose,
    recipient: r.recipient,
    createdAt: r.created_at,
  }
}

/** The one CONFLICT every edit raises when another window saved first. */
export function conflict(what: string): UserError {
  return new UserError(
    'CONFLICT',
    `This ${what} was changed in another window after you opened it, so your edit was not saved.`,
    'Reload and try again.',
  )
}

/** Writes to the record's own log (note moved into the record, export made, …). */
export function logRecord(db: DB, studentId: number, at: string, action: string, detail = ''): void {
  db.prepare('INSERT INTO record_log (student_id, at, action, detail) VALUES (?, ?, ?, ?)').run(
    studentId,
    at,
    action,
    detail,
  )
}
