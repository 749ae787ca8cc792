// Every failure a counselor can cause travels as data, not as an exception, so IPC, HTTP and
// direct calls all see the same shape.
// One code per meaning, so the renderer can act on it: LOCKED is only "the app is locked".
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NO_CATALOG'
  | 'PACK_INVALID'
  | 'DB_TOO_NEW'
  | 'DB_HISTORY_MISMATCH'
  | 'LOCKED'
  | 'CANCELLED'
  | 'DISK_FULL'
  | 'FORBIDDEN'
  | 'UNKNOWN_METHOD'
  | 'INTERNAL'
  /** The operating system refuses Career Atlas access to a file or folder (permissions, read-only disk). */
  | 'NO_ACCESS'
  /** settings.unlock was given a passcode that is not the one set. */
  | 'WRONG_PASSCODE'
  /** The key this computer holds does not open the encrypted student records. */
  | 'KEY_MISMATCH'
  /** A file offered as a backup of the student records is not one this app can restore. */
  | 'BACKUP_INVALID'
  /** A worker process (pack build or check, batch printing) stopped without finishing. */
  | 'WORKER_FAILED'

export interface FieldProblem {
  path: string
  message: string
}

export interface ApiError {
  ok: false
  code: ErrorCode
  message: string
  fix?: string
  details?: FieldProblem[]
}

export type Result<T> = { ok: true; value: T } | ApiError

/** Thrown inside services for problems the user can fix; dispatch turns it into an ApiError. */
export class UserError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly fix?: string,
    readonly details?: FieldProblem[],
  ) {
    super(message)
    this.name = 'UserError'
  }
}

export function toApiError(e: UserError): ApiError {
  const out: ApiError = { ok: false, code: e.code, message: e.message }
  if (e.fix) out.fix = e.fix
  if (e.details) out.details = e.details
  return out
}

export function isApiError(x: unknown): x is ApiError {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false && 'code' in x
}
