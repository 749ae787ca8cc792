import { joinSources } from '../../../../../shared/charts/occupation'
import type { OccupationProfile } from '../../../../../shared/domain/catalog'
import {
  formatFigure,
  formatNumber,
  formatPercent,
  longDate,
  NOT_AVAILABLE,
} from '../../../../../shared/format'
import { comparedHomeAreas, homeAreaMedianCell } from '../../../../../shared/local-wages'
import type { StudentReportData } from '../../data/studentReport'
import type { Flow } from '../../kit/flow'
import { table } from '../../kit/table'
import { faint, muted, size } from '../../kit/theme'
import { ATTRIBUTION, sourceLines } from '../common'

/** Attribute rows × career columns: the shortlist side by side. */
export function comparisonTable(flow: Flow, profiles: OccupationProfile[]): void {
  const home = homeAreaRows(profiles)
  const us = home.length ? ' (U.S.)' : ''
  const rows: [string, (p: OccupationProfile) => string][] = [
    [
      `Median yearly pay${us}`,
      (p) =>
        p.wages?.hourlyOnly
          ? `${formatFigure(p.wages.hourly.median, 'hourly')}/hr`
          : formatFigure(p.wages?.annual.median, 'annual'),
    ],
    ...home,
    [`Lowest 10% earn less than${us}`, (p) => formatFigure(p.wages?.annual.p10, 'annual')],
    [`Highest 10% earn more than${us}`, (p) => formatFigure(p.wages?.annual.p90, 'annual')],
    [
      'Job growth',
      (p) =>
        `${formatPercent(p.projections?.changePercent, { signed: true })}${p.outlook.phrase ? `, ${p.outlook.phrase}` : ''}`,
    ],
    ['Openings per year', (p) => formatNumber(p.projections?.openingsPerYear)],
    ['Typical entry education', (p) => p.projections?.entryEducation ?? NOT_AVAILABLE],
    ['Job zone', (p) => (p.jobZone ? String(p.jobZone.zone) : NOT_AVAILABLE)],
    ['Interest code', (p) => p.riasecCode ?? NOT_AVAILABLE],
  ]
  table(
    flow,
    [{ header: '', width: 1.3 }, ...profiles.map((p) => ({ header: p.title, width: 1.2 }))],
    rows.map(([label, f]) => [{ text: label, bold: true }, ...profiles.map((p) => f(p))]),
  )
  const notes = comparedHomeAreas(profiles).map(
    ({ area, of }) => `Median pay in ${area.title}: ${joinSources(profiles.map((p) => of(p)?.source))}.`,
  )
  if (notes.length) flow.para(notes.join('  '), { size: size.tiny, color: muted })
}

/** "Median pay in Ohio" beside the national median, worded as Compare on screen words it. */
function homeAreaRows(profiles: OccupationProfile[]): [string, (p: OccupationProfile) => string][] {
  return comparedHomeAreas(profiles).map(({ area, of }) => [
    `Median pay in ${area.title}`,
    (p) => homeAreaMedianCell(of(p), p.wages),
  ])
}

export function goalsSection(flow: Flow, d: StudentReportData, n: number): void {
  flow.heading(`${n}. Goals and next steps`, 1, 80)
  const goals = d.student.goals
  if (goals.length === 0)
    flow.para('No goals are recorded yet. Write two or three next steps together:', { color: muted })
  else
    table(
      flow,
      [
        { header: 'Goal', width: 4 },
        { header: 'By', width: 1.2 },
        { header: 'Status', width: 0.8 },
      ],
      goals.map((g) => [g.text, g.due ? longDate(g.due) : '—', g.status === 'done' ? 'Done' : 'Open']),
    )
  if (goals.length === 0) for (let i = 0; i < 3; i++) writeLine(flow, 22)
  const notes = d.student.recordNotes.slice(0, 4)
  if (notes.length) {
    flow.heading('From our meetings', 2, 50)
    for (const note of notes) {
      flow.y +=
        flow.textAt(`${longDate(note.date)} · ${note.purpose}`, flow.left, flow.y, flow.width, {
          size: size.small,
          bold: true,
          color: muted,
        }) + 1
      flow.para(note.text)
    }
  }
}

function writeLine(flow: Flow, gapAbove: number): void {
  flow.ensure(gapAbove + 2)
  flow.y += gapAbove
  flow.artifact(() =>
    flow.doc
      .moveTo(flow.left, flow.y)
      .lineTo(flow.left + flow.width, flow.y)
      .lineWidth(0.5)
      .strokeColor(faint)
      .stroke(),
  )
}

/** Signature lines for student, parent or guardian, and counselor, kept together on one page. */
export function signatures(flow: Flow, d: StudentReportData): void {
  const who = [d.student.name, 'Parent or guardian', d.counselor ? `${d.counselor}, counselor` : 'Counselor']
  flow.heading('Signatures', 2, 3 * 44 + 10)
  flow.para('We have read this plan together and agree on the next steps above.', {
    size: size.small,
    color: muted,
  })
  const doc = flow.doc
  for (const label of who) {
    flow.y += 30
    const y = flow.y
    flow.artifact(() => {
      doc
        .moveTo(flow.left, y)
        .lineTo(flow.left + flow.width * 0.62, y)
        .lineWidth(0.6)
        .strokeColor(muted)
        .stroke()
      doc
        .moveTo(flow.left + flow.width * 0.7, y)
        .lineTo(flow.left + flow.width, y)
        .stroke()
    })
    flow.textAt(label, flow.left, y + 3, flow.width * 0.62, { size: size.small, color: muted })
    flow.textAt('Date', flow.left + flow.width * 0.7, y + 3, flow.width * 0.3, {
      size: size.small,
      color: muted,
    })
    flow.y = y + 14
  }
  flow.skip(10)
}

/** The last block: where every figure came from and the O*NET/BLS attribution. */
export function sourcesSection(flow: Flow, profiles: OccupationProfile[], extra: string[] = []): void {
  const lines = [...sourceLines(profiles), ...extra]
  const h =
    lines.reduce((s, l) => s + flow.measure(l, flow.width, { size: size.small }) + 2, 0) +
    flow.measure(ATTRIBUTION, flow.width, { size: size.small }) +
    50
  flow.heading('Data sources', 2, Math.min(h, 300))
  for (const l of lines) {
    flow.y += flow.textAt(l, flow.left, flow.y, flow.width, { size: size.small, color: muted }) + 2
  }
  flow.skip(4)
  flow.para(ATTRIBUTION, { size: size.small, color: muted })
  flow.para(
    'Career Atlas prints figures exactly as the installed data pack holds them. “not available” means the source published no figure; it never means zero.',
    { size: size.tiny, color: faint },
  )
}

/**
 * The disclosure log's newest link, printed so a paper copy anchors the log: if the file is
 * later rewritten, the code on this page no longer appears in it.
 */
export function chainHeadLine(head: { seq: number; hash: string } | null): string {
  if (!head) return 'Disclosure log: no entries for this student when this was printed.'
  const code = head.hash.match(/.{1,8}/g)?.join(' ') ?? head.hash
  return `Disclosure log check: ${head.seq} ${head.seq === 1 ? 'entry' : 'entries'} when printed; newest link ${code}. Keep this page: Verify log in Career Atlas can be compared with this code.`
}

export function chainHeadSection(flow: Flow, head: { seq: number; hash: string } | null): void {
  flow.skip(4)
  flow.para(chainHeadLine(head), { size: size.tiny, color: faint })
}
