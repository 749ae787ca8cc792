import { createHash } from 'node:crypto'
import type { Disclosure, DisclosureBasis, DisclosureVerification } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { requireStudent } from './rows'

/*
 * The disclosure log (34 CFR 99.32): every time a student's record leaves the counselor's
 * hands. Rows are append-only (triggers refuse UPDATE/DELETE) and each student's rows form a
 * hash chain, so an edit made behind the app's back is detectable with verifyDisclosures().
 */

const GENESIS = '0'.repeat(64)

export interface DisclosureInput {
  studentId: number
  recipient: string
  what: string
  purpose: string
  basis: DisclosureBasis
  consentId?: number | null
  /** Defaults to now. */
  at?: string
}

interface Row {
  id: number
  student_id: number
  seq: number
  disclosed_at: string
  recipient: string
  what: string
  purpose: string
  basis: DisclosureBasis
  consent_id: number | null
  prev_hash: string
  hash: string
}

function chainHash(prev: string, r: Omit<Row, 'id' | 'prev_hash' | 'hash'>): string {
  const content = JSON.stringify([
    r.student_id,
    r.seq,
    r.disclosed_at,
    r.recipient,
    r.what,
    r.purpose,
    r.basis,
    r.consent_id,
  ])
  return createHash('sha256').update(prev).update('\n').update(content).digest('hex')
}

/**
 * Appends one entry to the student's disclosure log. Reports call this BEFORE producing a
 * student report; it runs in its own transaction (nested inside a caller's one if any).
 */
export function recordDisclosure(
  ctx: Pick<ServiceContext, 'clients' | 'now'>,
  input: DisclosureInput,
): Disclosure {
  const db = ctx.clients
  return db.transaction(() => {
    requireStudent(db, input.studentId)
    if (input.basis === 'consent') {
      if (input.consentId == null)
        throw new UserError(
          'VALIDATION',
          'A disclosure on the basis of consent needs the signed consent it relies on.',
          'Record the consent first, then choose it here.',
        )
    }
    if (input.consentId != null) {
      const c = db
        .prepare('SELECT 1 FROM consents WHERE id = ? AND student_id = ?')
        .get(input.consentId, input.studentId)
      if (!c)
        throw new UserError(
          'NOT_FOUND',
          'That consent record does not belong to this student.',
          'Pick one of this student’s consents.',
        )
    }
    const last = db
      .prepare('SELECT seq, hash FROM disclosures WHERE student_id = ? ORDER BY seq DESC LIMIT 1')
      .get(input.studentId) as { seq: number; hash: string } | undefined
    const row = {
      student_id: input.studentId,
      seq: (last?.seq ?? 0) + 1,
      disclosed_at: input.at ?? ctx.now().toISOString(),
      recipient: input.recipient.trim(),
      what: input.what.trim(),
      purpose: input.purpose.trim(),
      basis: input.basis,
      consent_id: input.consentId ?? null,
    }
    for (const k of ['recipient', 'what', 'purpose'] as const) {
      if (!row[k]) throw new UserError('VALIDATION', `The disclosure needs a ${k}.`, `Fill in the ${k}.`)
    }
    const prev = last?.hash ?? GENESIS
    const hash = chainHash(prev, row)
    const info = db
      .prepare(
        `INSERT INTO disclosures (student_id, seq, disclosed_at, recipient, what, purpose, basis, consent_id, prev_hash, hash)
         VALUES (@student_id, @seq, @disclosed_at, @recipient, @what, @purpose, @basis, @consent_id, @prev, @hash)`,
      )
      .run({ ...row, prev, hash })
    return toDisclosure({ ...row, id: Number(info.lastInsertRowid), prev_hash: prev, hash })
  })()
}

export function listDisclosures(db: DB, studentId: number): Disclosure[] {
  const rows = db
    .prepare('SELECT * FROM disclosures WHERE student_id = ? ORDER BY seq')
    .all(studentId) as Row[]
  return rows.map(toDisclosure)
}

/** Recomputes every chain (or one student's) and reports each broken link. */
export function verifyDisclosures(db: DB, studentId?: number): DisclosureVerification {
  const rows = (
    studentId == null
      ? db.prepare('SELECT * FROM disclosures ORDER BY student_id, seq').all()
      : db.prepare('SELECT * FROM disclosures WHERE student_id = ? ORDER BY seq').all(studentId)
  ) as Row[]
  const problems: DisclosureVerification['problems'] = []
  let prevStudent = -1
  let prev = GENESIS
  let expectSeq = 1
  for (const r of rows) {
    if (r.student_id !== prevStudent) {
      prevStudent = r.student_id
      prev = GENESIS
      expectSeq = 1
    }
    const where = { studentId: r.student_id, seq: r.seq }
    if (r.seq !== expectSeq) problems.push({ ...where, problem: `Entry ${expectSeq} is missing.` })
    if (r.prev_hash !== prev)
      problems.push({ ...where, problem: 'Its link to the previous entry is broken.' })
    if (chainHash(r.prev_hash, r) !== r.hash)
      problems.push({ ...where, problem: 'Its content was changed after it was written.' })
    prev = r.hash
    expectSeq = r.seq + 1
  }
  problems.push(...checkHeads(db, rows, studentId))
  return { ok: problems.length === 0, checked: rows.length, problems }
}

/** Each chain must end exactly where its sealed head says: entries cut off the end show here. */
function checkHeads(db: DB, rows: Row[], studentId?: number): DisclosureVerification['problems'] {
  const heads = (
    studentId == null
      ? db.prepare('SELECT * FROM disclosure_heads').all()
      : db.prepare('SELECT * FROM disclosure_heads WHERE student_id = ?').all(studentId)
  ) as { student_id: number; seq: number; hash: string }[]
  const last = new Map<number, Row>()
  for (const r of rows) last.set(r.student_id, r)
  const problems: DisclosureVerification['problems'] = []
  for (const h of heads) {
    const end = last.get(h.student_id)
    last.delete(h.student_id)
    if (!end || end.seq < h.seq)
      problems.push({
        studentId: h.student_id,
        seq: h.seq,
        problem: `Entries after ${end?.seq ?? 0} of ${h.seq} were removed.`,
      })
    else if (end.seq !== h.seq || end.hash !== h.hash)
      problems.push({
        studentId: h.student_id,
        seq: end.seq,
        problem: 'The newest entry does not match the log’s seal.',
      })
  }
  for (const r of last.values())
    problems.push({
      studentId: r.student_id,
      seq: r.seq,
      problem: 'The log’s seal for this student was removed.',
    })
  return problems
}

/** Only for destroying a whole record: opens the trigger's gate for this student, then closes it. */
export function purgeDisclosures(db: DB, studentId: number): number {
  db.prepare('INSERT OR IGNORE INTO disclosure_purge_gate (student_id) VALUES (?)').run(studentId)
  const n = db.prepare('DELETE FROM disclosures WHERE student_id = ?').run(studentId).changes
  db.prepare('DELETE FROM disclosure_heads WHERE student_id = ?').run(studentId)
  db.prepare('DELETE FROM disclosure_purge_gate WHERE student_id = ?').run(studentId)
  return n
}

function toDisclosure(r: Row): Disclosure {
  return {
    id: r.id,
    studentId: r.student_id,
    seq: r.seq,
    disclosedAt: r.disclosed_at,
    recipient: r.recipient,
    what: r.what,
    purpose: r.purpose,
    basis: r.basis,
    consentId: r.consent_id,
    hash: r.hash,
  }
}
