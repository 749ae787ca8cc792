import { interestProfileChart } from '../../../../../shared/charts/interests'
import type { InterestProfile, ProfileSource } from '../../../../../shared/domain/interests'
import { longDate } from '../../../../../shared/format'
import { INVENTORY, INVENTORY_PROMPT } from '../../../../../shared/inventory'
import { AREA_INFO, AREAS, type InventoryAnswer } from '../../../../../shared/riasec'
import { type ProfileRow, toProfile } from '../../../interests/profiles'
import { drawChart } from '../../charts'
import type { Flow } from '../../kit/flow'
import { table } from '../../kit/table'
import { muted, size } from '../../kit/theme'
import { parseJson } from './words'

/** Where the scores came from, said the way a family can weigh them. */
const SOURCE: Record<ProfileSource, string> = {
  profiler: 'O*NET Interest Profiler (scores entered by the counselor)',
  holland: 'Holland code entered by the counselor (scores set from the code by Career Atlas’s rule)',
  quick: 'Career Atlas quick interest check (an exploration aid, not the O*NET Interest Profiler)',
}
const TITLE: Record<ProfileSource, string> = {
  profiler: 'O*NET Interest Profiler',
  holland: 'Holland code',
  quick: 'Quick interest check',
}
const ANSWER: Record<InventoryAnswer, string> = { agree: 'Yes', unsure: 'Not sure', disagree: 'No' }
const ORDINAL = ['1st', '2nd', '3rd']
/** Width of the details' labels column, in points. */
const TERM = 120

const score = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1))

/**
 * Every interest profile kept for the student, oldest first, each as it was recorded: when,
 * from what, the six area scores (table and the same chart the career plan draws), the
 * Holland code in words, the note, and for the quick check the answers it was scored from.
 */
export function interestProfilesSection(flow: Flow, rows: unknown[]): void {
  const profiles = (rows as ProfileRow[])
    .map(read)
    .sort((a, b) => a.p.takenOn.localeCompare(b.p.takenOn) || a.p.id - b.p.id)
  flow.heading('Interest profiles', 1, 150)
  flow.para(
    'Scores are on the O*NET Interest Profiler’s 0–40 scale whatever the source. Interests show what a student may enjoy, not what they can do. The six interest areas:',
    { color: muted, size: size.small },
  )
  flow.definitions(
    AREAS.map((a) => ({ term: AREA_INFO[a].name, text: AREA_INFO[a].plain })),
    90,
  )
  for (const { p, damaged } of profiles) {
    profile(flow, p)
    if (damaged)
      flow.para(`Quick check answers as stored (damaged, not readable as answers): ${damaged}`, {
        color: muted,
        size: size.small,
      })
  }
}

/** A kept row as a profile; answers that are not JSON (a damaged row) are set aside as text. */
function read(row: ProfileRow): { p: InterestProfile; damaged?: string } {
  if (row.answers && parseJson(row.answers, undefined) === undefined)
    return { p: toProfile({ ...row, answers: null }), damaged: row.answers }
  return { p: toProfile(row) }
}

function profile(flow: Flow, p: InterestProfile): void {
  const code = p.highPoint.join('')
  const details = [
    {
      term: 'Taken on',
      // Typed in later than taken (a paper result entered afterwards): the record keeps both days.
      text:
        longDate(p.takenOn) +
        (p.createdAt.slice(0, 10) === p.takenOn ? '' : ` (recorded ${longDate(p.createdAt)})`),
    },
    { term: 'Source', text: SOURCE[p.source] },
    {
      term: 'Holland code',
      text: code
        ? `${code}: ${p.highPoint.map((a) => AREA_INFO[a].name).join(', ')}`
        : 'None: no area stands out from the others',
    },
    ...(p.enteredCode ? [{ term: 'Code as entered', text: p.enteredCode.toUpperCase() }] : []),
    { term: 'Note', text: p.note?.trim() || '—' },
  ]
  // Heading, details, score table and chart stay together on one page: the details as they
  // wrap, plus about 240 points for the table and the chart. When they cannot (a note longer
  // than a page), the heading only keeps a few lines with it and the note runs on.
  const detailsHeight = details.reduce(
    (h, d) =>
      h +
      Math.max(flow.measure(d.term, TERM - 8, { bold: true }), flow.measure(d.text, flow.width - TERM)) +
      4,
    0,
  )
  const keep = detailsHeight + 240
  flow.heading(`${longDate(p.takenOn)} · ${TITLE[p.source]}`, 2, keep < flow.pageRoom - 30 ? keep : 120)
  flow.definitions(details, TERM)
  // The six scores across one small table, as the chart below draws them.
  table(
    flow,
    [
      { header: 'Area', width: 0.85 },
      ...AREAS.map((a) => ({ header: AREA_INFO[a].name, width: 1, align: 'center' as const })),
    ],
    [
      [{ text: 'Score', bold: true }, ...p.scores.map(score)],
      [
        { text: 'In code', bold: true },
        ...AREAS.map((a) => {
          const rank = p.highPoint.indexOf(a)
          return rank >= 0 ? ORDINAL[rank]! : '—'
        }),
      ],
    ],
  )
  drawChart(flow, interestProfileChart(p), { height: 75 })
  if (p.answers) answers(flow, p.answers)
}

/** The quick check's 36 answers, by area: the record of what the scores were worked out from. */
function answers(flow: Flow, given: Record<string, InventoryAnswer>): void {
  flow.heading('Quick check answers', 3, 120)
  flow.para(`Each statement was answered “${INVENTORY_PROMPT}”`, { color: muted, size: size.small })
  const pick = (area: string, a: InventoryAnswer) =>
    INVENTORY.filter((it) => it.area === area && given[it.id] === a)
      .map((it) => it.text)
      .join('; ') || '—'
  table(
    flow,
    [
      { header: 'Area', width: 1.1 },
      { header: ANSWER.agree, width: 2.4 },
      { header: ANSWER.unsure, width: 2.4 },
      { header: ANSWER.disagree, width: 2.4 },
    ],
    AREAS.map((a) => [
      { text: AREA_INFO[a].name, bold: true },
      pick(a, 'agree'),
      pick(a, 'unsure'),
      pick(a, 'disagree'),
    ]),
    { fontSize: size.tiny + 0.5 },
  )
  const unanswered = INVENTORY.filter((it) => given[it.id] === undefined).length
  if (unanswered) flow.para(`${unanswered} statements were not answered.`, { color: muted, size: size.small })
  // Kept answers the table above cannot place (a statement since reworded away, an answer not
  // on the scale) are still part of the record: printed as stored rather than dropped.
  const known = new Set(INVENTORY.map((it) => it.id))
  const unplaced = Object.entries(given).filter(([id, a]) => !known.has(id) || !(a in ANSWER))
  if (unplaced.length)
    flow.para(
      `Also kept: ${unplaced.map(([id, a]) => `statement ${id}, answered ${ANSWER[a] ?? String(a)}`).join('; ')}.`,
      { color: muted, size: size.small },
    )
}
