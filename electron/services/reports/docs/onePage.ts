import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { longDate } from '../../../../shared/format'
import { drawChart } from '../charts'
import type { StudentFacts } from '../data/student'
import { createDoc, finish } from '../kit/doc'
import { Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { table } from '../kit/table'
import { muted, size } from '../kit/theme'
import { wagesChart } from '../models'
import {
  ATTRIBUTION,
  KEY_COLUMNS,
  keyRow,
  type ReportEnv,
  releaseLine,
  smallPrint,
  titleBlock,
} from './common'
import { homeAreaLine } from './local'
import { chainHeadLine } from './student/closing'

/** Most careers one page holds with the pay chart; the rest are named, not dropped silently. */
const MAX_ROWS = 10

type Careers = { profile: OccupationProfile | null }[]
type Head = { seq: number; hash: string } | null
const footText = (careers: Careers, head: Head) =>
  `${releaseLine(careers.map((c) => c.profile).filter((p): p is OccupationProfile => !!p))} ${ATTRIBUTION} ${chainHeadLine(head)}`
const footHeight = (flow: Flow, careers: Careers, head: Head) =>
  flow.measure(footText(careers, head), flow.width, { size: size.tiny }) + 4

/** The first-slice one-pager: the student's saved careers and their key facts on a single page. */
export async function renderOnePage(
  env: ReportEnv,
  student: StudentFacts,
  careers: { title: string; code: string; profile: OccupationProfile | null }[],
  head: Head = null,
): Promise<{ bytes: Buffer; pages: number }> {
  const date = longDate(env.now)
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: `Saved careers — ${student.name}`,
    subject: 'Career Atlas one-page career summary',
    date: env.now,
  })
  const flow = new Flow(doc)
  const who = [student.grade ? `Grade ${student.grade}` : null, student.school].filter(Boolean).join(' · ')
  titleBlock(flow, 'Saved careers at a glance', student.name, [who, `Prepared ${date}`].filter(Boolean))

  const shown = careers.slice(0, MAX_ROWS)
  if (shown.length === 0) {
    flow.para(
      'No careers are saved for this student yet. Save careers from an occupation profile, then print this page again.',
      { color: muted },
    )
  } else {
    table(
      flow,
      KEY_COLUMNS,
      shown.map((c) => keyRow(c.title, c.code, c.profile)),
    )
    if (careers.length > shown.length)
      flow.para(`${careers.length - shown.length} more saved careers are listed in the full career report.`, {
        size: size.small,
        color: muted,
      })
    const profiles = shown.map((c) => c.profile).filter((p): p is OccupationProfile => !!p)
    homeAreaLine(flow, profiles)
    const chart = wagesChart(profiles)
    // The pay chart is drawn only when it fits whole: this report is one page by promise.
    const chartHeight =
      76 + profiles.length * 30 + (chart?.rows.reduce((n, r) => n + (r.notes?.length ?? 0), 0) ?? 0) * 10
    if (chart && flow.room - footHeight(flow, careers, head) - 10 > chartHeight) drawChart(flow, chart)
  }
  const foot = footText(careers, head)
  const footH = footHeight(flow, careers, head)
  if (flow.room > footH) {
    flow.y = flow.bottom - footH - 6
    smallPrint(flow, foot)
  }
  const pages = stampPages(doc, {
    header: `Saved careers · ${student.name}`,
    footer: `${student.name} · ${date}`,
    skipFirstHeader: true,
    preview: env.preview,
  })
  return { bytes: await finish(doc), pages }
}
