import type {
  Consent,
  Disclosure,
  Goal,
  RecordLogEntry,
  SavedCareer,
} from '../../../../shared/domain/students'
import {
  BASIS_LABEL,
  GOAL_STATUS_LABEL,
  SAVED_STATUS_LABEL,
  STUDENT_STATUS_LABEL,
  type StudentStatus,
} from '../../../../shared/domain/students'
import { longDate } from '../../../../shared/format'
import { createDoc, finish } from '../kit/doc'
import { Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { type Column, table } from '../kit/table'
import { muted, size } from '../kit/theme'
import { type ReportEnv, titleBlock } from './common'
import { otherRecordSections } from './record/other'
import { readable, sentence } from './record/words'
import { chainHeadSection } from './student/closing'

/** The same content as the JSON export, laid out for a parent to read. */
export interface RecordDocument {
  exportedAt: string
  notice: string
  student: Record<string, unknown> & { name: string }
  sessions: { date: string; durationMin: number; purpose: string; recordNotes: string; planned?: boolean }[]
  goals: Omit<Goal, 'version'>[]
  savedCareers: Omit<SavedCareer, 'version'>[]
  consents: Consent[]
  disclosures: Disclosure[]
  /** The disclosure chain's newest link when exported: printed so the paper copy anchors the log. */
  disclosureLogHead?: { seq: number; hash: string } | null
  recordLog: RecordLogEntry[]
  otherRecords: Record<string, unknown[]>
}

const STUDENT_FIELDS: [string, string][] = [
  ['name', 'Name'],
  ['preferredName', 'Preferred name'],
  ['grade', 'Grade'],
  ['school', 'School'],
  ['studentNumber', 'Student number'],
  ['guardianContact', 'Parent or guardian contact'],
  ['status', 'Status'],
  ['graduatedOn', 'Graduated on'],
  ['directoryOptOut', 'Directory information opt-out'],
  ['archived', 'Archived'],
  ['createdAt', 'Record opened'],
  ['updatedAt', 'Last changed'],
]

const day = (iso: string | null | undefined) => (iso ? longDate(iso.slice(0, 10)) : '—')

function studentValue(r: RecordDocument, key: string): string {
  const v = r.student[key]
  if (key === 'createdAt' || key === 'updatedAt' || key === 'graduatedOn') return day(v as string | null)
  if (key === 'status') return STUDENT_STATUS_LABEL[v as StudentStatus] ?? readable(v)
  if (typeof v === 'boolean') return v ? 'Yes' : 'No'
  // What the counselor typed prints as typed: a student number like 2024-01-15 is not a date.
  return v === null || v === undefined || v === '' ? '—' : String(v)
}

export async function renderRecordExport(
  env: ReportEnv,
  r: RecordDocument,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: `Education record — ${r.student.name}`,
    subject: 'Career Atlas education record for inspection',
    date: env.now,
  })
  const flow = new Flow(doc)
  titleBlock(flow, 'Education record for inspection', r.student.name, [`Exported ${day(r.exportedAt)}`])
  flow.para(r.notice, { color: muted, size: size.small })

  flow.heading('Student', 1)
  table(
    flow,
    [
      { header: 'Field', width: 1 },
      { header: 'Value', width: 2 },
    ],
    STUDENT_FIELDS.filter(([k]) => k in r.student).map(([k, label]) => [label, studentValue(r, k)]),
  )

  section(
    flow,
    'Sessions',
    'No sessions recorded.',
    [
      { header: 'Date', width: 1.1 },
      { header: 'Minutes', width: 0.85, align: 'right' },
      { header: 'Purpose', width: 1.3 },
      { header: 'Record notes', width: 4 },
    ],
    r.sessions.map((s) => [
      `${day(s.date)}${s.planned ? ' (planned)' : ''}`,
      String(s.durationMin),
      s.purpose,
      s.recordNotes || '—',
    ]),
  )

  section(
    flow,
    'Goals and next steps',
    'No goals recorded.',
    [
      { header: 'Goal', width: 4 },
      { header: 'Due', width: 1.2 },
      { header: 'Status', width: 1 },
    ],
    r.goals.map((g) => [g.text, day(g.dueDate), GOAL_STATUS_LABEL[g.status] ?? readable(g.status)]),
  )

  section(
    flow,
    'Saved careers',
    'No saved careers.',
    [
      { header: 'Career', width: 3 },
      { header: 'Code', width: 1 },
      { header: 'Status', width: 1 },
      { header: 'Note', width: 2.5 },
      { header: 'Saved', width: 1.2 },
    ],
    r.savedCareers.map((c) => [
      c.title,
      c.code,
      SAVED_STATUS_LABEL[c.status] ?? readable(c.status),
      c.note ?? '—',
      day(c.savedAt),
    ]),
  )

  otherRecordSections(flow, r.otherRecords)

  section(
    flow,
    'Consents',
    'No consents recorded.',
    [
      { header: 'Signed by', width: 1.5 },
      { header: 'On', width: 1.1 },
      { header: 'Records', width: 2 },
      { header: 'To', width: 1.5 },
      { header: 'Purpose', width: 2 },
    ],
    r.consents.map((c) => [c.signedBy, day(c.signedOn), c.records, c.recipient, c.purpose]),
  )

  section(
    flow,
    'Disclosure log',
    'No disclosures recorded.',
    [
      { header: 'When', width: 1.1 },
      { header: 'To', width: 1.6 },
      { header: 'What', width: 2.2 },
      { header: 'Purpose', width: 1.8 },
      { header: 'Basis', width: 1.5 },
    ],
    r.disclosures.map((d) => [day(d.disclosedAt), d.recipient, d.what, d.purpose, BASIS_LABEL[d.basis]]),
  )
  if (r.disclosureLogHead !== undefined) chainHeadSection(flow, r.disclosureLogHead)

  flow.heading('Record activity', 1)
  table(
    flow,
    [
      { header: 'When', width: 1.1 },
      { header: 'Action', width: 1.5 },
      { header: 'Detail', width: 4 },
    ],
    r.recordLog.map((e) => [day(e.at), sentence(e.action), e.detail]),
  )

  const pages = stampPages(doc, {
    header: `Education record · ${r.student.name}`,
    footer: `${r.student.name} · exported ${day(r.exportedAt)} · private notes not included`,
    skipFirstHeader: true,
  })
  return { bytes: await finish(doc), pages }
}

/** A heading, then its table, or a plain line saying the record holds none. */
function section(flow: Flow, title: string, empty: string, columns: Column[], rows: string[][]): void {
  flow.heading(title, 1)
  if (rows.length === 0) flow.para(empty, { color: muted })
  else table(flow, columns, rows)
}
