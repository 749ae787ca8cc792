import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { Disclosure, DisclosureBasis, DisclosureVerification } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { checkClientsSchema } from '../db/clients'
import type { DB } from '../db/open'
import { requireStudent } from './rows'

/*
 * The disclosure log (34 CFR 99.32): every time a student's record leaves the counselor's
 * hands. Rows are append-only (triggers refuse UPDATE/DELETE) and each student's rows form a
 * hash chain, so an edit made behind the app's back is detectable with verifyDisclosures().
 *
 * The chain is keyed: each link is an HMAC-SHA-256 with a key kept outside the records file
 * (beside the records key, in the key store), so whoever can write the file cannot forge a
 * consistent chain. Chains written before the key existed (plain SHA-256) end at an anchor
 * (disclosure_anchors) whose HMAC vouches for them; every later link is keyed itself.
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

type Content = Omit<Row, 'id' | 'prev_hash' | 'hash'>

function chainContent(r: Content): string {
  return JSON.stringify([
    r.student_id,
    r.seq,
    r.disclosed_at,
    r.recipient,
    r.what,
    r.purpose,
    r.basis,
    r.consent_id,
  ])
}

/** A link of the keyed chain. */
function chainMac(key: Buffer, prev: string, r: Content): string {
  return createHmac('sha256', key).update(prev).update('\n').update(chainContent(r)).digest('hex')
}

/** What an anchor's HMAC covers: the legacy chain's end, for one student. */
export function anchorMac(key: Buffer, studentId: number, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`anchor\n${studentId}\n${seq}\n${hash}`).digest('hex')
}

const sameHex = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))

/** A link of the unkeyed chain written before the key existed: verified only up to an anchor. */
function legacyHash(prev: string, r: Content): string {
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

/** Set (in app_settings) in the same transaction that anchors the unkeyed chains, once. */
export const CHAIN_ANCHORED = 'disclosure_chain_anchored_at'

/**
 * Once per records file, on the first start with a disclosure key: every chain written so far
 * (unkeyed) gets an anchor at its current end, so later verification knows where keyed links
 * begin. Decided by a marker in the records, not by whether the key was just made: a crash
 * between saving the key and anchoring anchors on the next start, and a key file deleted later
 * does not bless chains rewritten without it (verify then reports them). An anchor can be
 * added, never changed (triggers).
 */
export function anchorLegacyChains(db: DB, key: Buffer, at: string): number {
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM app_settings WHERE key = ?').get(CHAIN_ANCHORED)) return 0
    const heads = db
      .prepare(
        `SELECT d.student_id, d.seq, d.hash FROM disclosures d
         WHERE d.seq = (SELECT max(seq) FROM disclosures x WHERE x.student_id = d.student_id)
           AND NOT EXISTS (SELECT 1 FROM disclosure_anchors a WHERE a.student_id = d.student_id)`,
      )
      .all() as { student_id: number; seq: number; hash: string }[]
    const add = db.prepare(
      'INSERT INTO disclosure_anchors (student_id, seq, hash, mac, anchored_at) VALUES (?, ?, ?, ?, ?)',
    )
    for (const h of heads)
      add.run(h.student_id, h.seq, h.hash, anchorMac(key, h.student_id, h.seq, h.hash), at)
    db.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?)').run(CHAIN_ANCHORED, at)
    return heads.length
  })()
}

/** The newest link of a student's chain, printed on reports and exports so a paper copy anchors it. */
export function chainHead(db: DB, studentId: number): { seq: number; hash: string } | null {
  return (
    (db.prepare('SELECT seq, hash FROM disclosure_heads WHERE student_id = ?').get(studentId) as
      | { seq: number; hash: string }
      | undefined) ?? null
  )
}

/**
 * Appends one entry to the student's disclosure log. Reports call this BEFORE producing a
 * student report; it runs in its own transaction (nested inside a caller's one if any).
 */
export function recordDisclosure(
  ctx: Pick<ServiceContext, 'clients' | 'now' | 'chainKey'>,
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
    const hash = chainMac(ctx.chainKey, prev, row)
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
export function verifyDisclosures(db: DB, key: Buffer, studentId?: number): DisclosureVerification {
  const rows = (
    studentId == null
      ? db.prepare('SELECT * FROM disclosures ORDER BY student_id, seq').all()
      : db.prepare('SELECT * FROM disclosures WHERE student_id = ? ORDER BY seq').all(studentId)
  ) as Row[]
  const anchors = new Map(
    (
      db.prepare('SELECT student_id, seq, hash, mac FROM disclosure_anchors').all() as {
        student_id: number
        seq: number
        hash: string
        mac: string
      }[]
    ).map((a) => [a.student_id, a]),
  )
  const problems: DisclosureVerification['problems'] = []
  for (const a of anchors.values()) {
    if (studentId != null && a.student_id !== studentId) continue
    if (!sameHex(anchorMac(key, a.student_id, a.seq, a.hash), a.mac))
      problems.push({
        studentId: a.student_id,
        seq: a.seq,
        problem: 'The seal on its older entries does not match this computer’s disclosure key.',
      })
  }
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
    const anchor = anchors.get(r.student_id)
    const legacy = anchor !== undefined && r.seq <= anchor.seq
    const expected = legacy ? legacyHash(r.prev_hash, r) : chainMac(key, r.prev_hash, r)
    if (!sameHex(expected, r.hash))
      problems.push({ ...where, problem: 'Its content was changed after it was written.' })
    else if (legacy && r.seq === anchor.seq && r.hash !== anchor.hash)
      problems.push({ ...where, problem: 'It does not match the seal on the older entries.' })
    prev = r.hash
    expectSeq = r.seq + 1
  }
  problems.push(...checkHeads(db, rows, studentId))
  problems.push(...openGates(db, studentId))
  problems.push(...schemaProblems(db))
  const result: DisclosureVerification = { ok: problems.length === 0, checked: rows.length, problems }
  if (studentId != null) result.head = chainHead(db, studentId)
  return result
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

/**
 * The append-only triggers are what keep the log whole: a file whose tables or triggers differ
 * from what this app made (a trigger dropped, or one added that silently swallows new entries)
 * cannot be trusted to hold every disclosure, whatever its chains say.
 */
function schemaProblems(db: DB): DisclosureVerification['problems'] {
  try {
    checkClientsSchema(db)
    return []
  } catch {
    return [
      {
        studentId: 0,
        seq: 0,
        problem:
          'The records’ tables or triggers were changed outside Career Atlas, so the log may be missing entries.',
      },
    ]
  }
}

/**
 * A gate row lets the trigger delete a student's log; purgeDisclosures closes it in the same
 * transaction, so one left behind means someone opened it outside the app.
 */
function openGates(db: DB, studentId?: number): DisclosureVerification['problems'] {
  const gates = (
    studentId == null
      ? db.prepare('SELECT student_id FROM disclosure_purge_gate').all()
      : db.prepare('SELECT student_id FROM disclosure_purge_gate WHERE student_id = ?').all(studentId)
  ) as { student_id: number }[]
  return gates.map((g) => ({
    studentId: g.student_id,
    seq: 0,
    problem: 'Its log was left open for deletion outside Career Atlas (a leftover purge-gate row).',
  }))
}

/** Only for destroying a whole record: opens the trigger's gate for this student, then closes it. */
export function purgeDisclosures(db: DB, studentId: number): number {
  db.prepare('INSERT OR IGNORE INTO disclosure_purge_gate (student_id) VALUES (?)').run(studentId)
  const n = db.prepare('DELETE FROM disclosures WHERE student_id = ?').run(studentId).changes
  db.prepare('DELETE FROM disclosure_heads WHERE student_id = ?').run(studentId)
  db.prepare('DELETE FROM disclosure_anchors WHERE student_id = ?').run(studentId)
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
