import { join } from 'node:path'
import type { GeneratedFile } from '../../../shared/api/common'
import type { Consent, DisclosureBasis, RecordLogEntry } from '../../../shared/domain/students'
import type { ServiceContext } from '../context'
import { renderRecordExport } from '../reports/docs/recordExport'
import { saveReport } from '../reports/output'
import { paperFor } from '../reports/settings'
import { chainHead, listDisclosures, recordDisclosure } from './disclosures'
import { listGoals } from './goals'
import { type ConsentRow, logRecord, requireStudent, type SessionRow, toConsent, toStudent } from './rows'
import { listSaved } from './saved'

export function listConsents(ctx: ServiceContext, studentId: number): Consent[] {
  requireStudent(ctx.clients, studentId)
  const rows = ctx.clients
    .prepare('SELECT * FROM consents WHERE student_id = ? ORDER BY signed_on DESC, id DESC')
    .all(studentId) as ConsentRow[]
  return rows.map(toConsent)
}

export function createConsent(
  ctx: ServiceContext,
  f: {
    studentId: number
    signedBy: string
    signedOn: string
    records: string
    purpose: string
    recipient: string
  },
): Consent {
  const db = ctx.clients
  requireStudent(db, f.studentId)
  const info = db
    .prepare(
      `INSERT INTO consents (student_id, signed_by, signed_on, records, purpose, recipient, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.studentId, f.signedBy, f.signedOn, f.records, f.purpose, f.recipient, ctx.now().toISOString())
  return toConsent(db.prepare('SELECT * FROM consents WHERE id = ?').get(info.lastInsertRowid) as ConsentRow)
}

export function recordLog(ctx: ServiceContext, studentId: number): RecordLogEntry[] {
  requireStudent(ctx.clients, studentId)
  return ctx.clients
    .prepare('SELECT id, at, action, detail FROM record_log WHERE student_id = ? ORDER BY at DESC, id DESC')
    .all(studentId) as RecordLogEntry[]
}

export function deletionLog(ctx: ServiceContext) {
  return ctx.clients
    .prepare('SELECT id, at, reason, summary FROM deletion_log ORDER BY id DESC LIMIT 500')
    .all() as {
    id: number
    at: string
    reason: string
    summary: string
  }[]
}

// Tables this domain exports itself; any other domain's table with a student_id column (interest
// profiles, report history, …) is exported generically so "complete" stays true as others add tables.
const OWN = new Set([
  'students',
  'sessions',
  'goals',
  'saved_careers',
  'consents',
  'disclosures',
  'record_log',
  'disclosure_purge_gate',
  'disclosure_anchors',
  'deleted_students',
])

function otherDomainRows(ctx: ServiceContext, studentId: number): Record<string, unknown[]> {
  const db = ctx.clients
  const out: Record<string, unknown[]> = {}
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as {
    name: string
  }[]
  for (const { name } of tables) {
    if (OWN.has(name)) continue
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map(
      (c) => c.name,
    )
    if (!cols.includes('student_id')) continue
    const keep = cols.filter((c) => !/private/i.test(c)).map((c) => `"${c}"`)
    out[name] = db.prepare(`SELECT ${keep.join(', ')} FROM "${name}" WHERE student_id = ?`).all(studentId)
  }
  return out
}

/**
 * The complete education record as JSON, for a parent's (or eligible student's) inspection
 * request. Private notes are left out unless the counselor moved them into the record; the
 * disclosure is logged before the file is written (the file holds it), and where no file can be
 * made the record activity says that nothing was handed over.
 */
export async function exportRecord(
  ctx: ServiceContext,
  f: {
    studentId: number
    recipient: string
    basis: DisclosureBasis
    purpose: string
    format?: 'json' | 'pdf'
  },
): Promise<GeneratedFile & { privateNotesIncluded: false }> {
  const pdf = f.format === 'pdf'
  const db = ctx.clients
  const student = toStudent(db, requireStudent(db, f.studentId))
  const now = ctx.now().toISOString()
  db.transaction(() => {
    recordDisclosure(ctx, {
      studentId: f.studentId,
      recipient: f.recipient,
      what: `Complete education record (${pdf ? 'PDF' : 'JSON'} export; private notes excluded)`,
      purpose: f.purpose,
      basis: f.basis,
      at: now,
    })
    logRecord(db, f.studentId, now, 'record exported', `Complete record exported for ${f.recipient}.`)
  })()
  try {
    return await writeRecordExport(ctx, f.studentId, student, now, pdf)
  } catch (e) {
    // The disclosure stays (the log is sealed link by link); the record activity says nothing
    // left. A record that cannot be written either (the app locked meanwhile) must not hide why.
    try {
      logRecord(
        db,
        f.studentId,
        ctx.now().toISOString(),
        'record export failed',
        `No file was made for ${f.recipient}, so nothing was handed over; the disclosure logged for it was not carried out.`,
      )
    } catch {}
    throw e
  }
}

/** The export itself, once its disclosure is logged: JSON, or the PDF drawn from the same data. */
async function writeRecordExport(
  ctx: ServiceContext,
  studentId: number,
  student: ReturnType<typeof toStudent>,
  now: string,
  pdf: boolean,
): Promise<GeneratedFile & { privateNotesIncluded: false }> {
  const db = ctx.clients
  const sessions = (
    db.prepare('SELECT * FROM sessions WHERE student_id = ? ORDER BY date, id').all(studentId) as SessionRow[]
  ).map((s) => ({
    id: s.id,
    date: s.date,
    durationMin: s.duration_min,
    purpose: s.purpose,
    recordNotes: s.record_notes,
    planned: s.planned === 1,
  }))
  const { counts: _counts, version: _v, ...studentOut } = student
  const doc = {
    kind: 'Career Atlas student record',
    exportedAt: now,
    appVersion: ctx.appVersion,
    notice:
      'This is the complete education record kept in Career Atlas for this student. The counselor’s private notes (personal memory aids) are not part of the education record and are not included, except notes the counselor moved into the record, which appear in the session record notes.',
    privateNotesIncluded: false,
    student: studentOut,
    sessions,
    goals: listGoals(ctx, studentId).map(({ version: _, ...g }) => g),
    savedCareers: listSaved(ctx, studentId).map(({ version: _, ...s }) => s),
    consents: listConsents(ctx, studentId),
    disclosures: listDisclosures(db, studentId),
    // The chain's newest link when exported: a copy held elsewhere anchors the log.
    disclosureLogHead: chainHead(db, studentId),
    recordLog: recordLog(ctx, studentId),
    otherRecords: otherDomainRows(ctx, studentId),
  }
  const slug = student.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
  if (pdf) {
    const env = { paper: paperFor(db, undefined), fontsDir: join(ctx.resourcesDir, 'fonts'), now: ctx.now() }
    const { bytes, pages } = await renderRecordExport(env, doc)
    const out = saveReport(ctx, bytes, `record-${slug || 'student'}-${now.slice(0, 10)}.pdf`, pages)
    return { ...out, privateNotesIncluded: false }
  }
  const fileName = `record-${slug || 'student'}-${now.slice(0, 10)}.json`
  const reg = ctx.files.write('json', `${JSON.stringify(doc, null, 2)}\n`, fileName, 'application/json')
  return { fileId: reg.fileId, fileName, byteLength: reg.byteLength, privateNotesIncluded: false }
}
