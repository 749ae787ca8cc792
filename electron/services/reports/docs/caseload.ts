import { caseloadCharts, SMALL_CELL, suppressSmallCells } from '../../../../shared/charts/caseload'
import type { CaseloadStats } from '../../../../shared/domain/caseload'
import { formatNumber, longDate } from '../../../../shared/format'
import { drawChart } from '../charts'
import { createDoc, finish } from '../kit/doc'
import { Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { muted, size } from '../kit/theme'
import { breathe } from '../output'
import { type ReportEnv, titleBlock } from './common'

/** A count a principal may see: 1–4 would point at individual students, so it is not printed. */
export function safeCount(n: number): string {
  return n > 0 && n < SMALL_CELL ? `fewer than ${SMALL_CELL}` : formatNumber(n)
}

/** Caseload statistics: aggregates only, no student names, small cells suppressed. */
export async function renderCaseload(
  env: ReportEnv,
  st: CaseloadStats,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: 'Caseload statistics',
    subject: 'Career Atlas caseload statistics (aggregates only)',
    date: env.now,
  })
  const flow = new Flow(doc)
  const range =
    st.filter.from || st.filter.to
      ? `${st.filter.from ? longDate(st.filter.from) : 'the first record'} to ${st.filter.to ? longDate(st.filter.to) : longDate(st.asOf)}`
      : `all dates to ${longDate(st.asOf)}`
  titleBlock(flow, 'Caseload statistics', st.filter.school ?? 'All schools', [
    `Activity from ${range}`,
    `Printed ${longDate(env.now)} · counts only, no student names`,
  ])
  flow.facts([
    {
      label: 'Students',
      value: safeCount(st.students.total),
      note: `${safeCount(st.students.active)} active`,
    },
    { label: 'Seen in this period', value: safeCount(st.students.seenInRange) },
    { label: 'Open goals', value: safeCount(st.goals.open), note: `${safeCount(st.goals.overdue)} overdue` },
    { label: 'Without an interest profile', value: safeCount(st.withoutProfile) },
  ])
  const notes = new Set<string>()
  for (const chart of caseloadCharts(st)) {
    const safe = suppressSmallCells(chart)
    if (safe.categories.length === 0) {
      flow.heading(chart.title, 2, 30)
      flow.para('Nothing recorded in this period.', { color: muted })
      continue
    }
    drawChart(flow, safe, { height: 120 })
    if (safe.suppressionNote) notes.add(safe.suppressionNote)
    await breathe()
  }
  flow.heading('About these figures', 2, 60)
  flow.para(
    'Students are those not archived. Sessions, saved careers and goals are counted within the dates above; each student’s latest interest profile is counted. Career clusters come from the installed data pack.',
    { size: size.small, color: muted },
  )
  for (const n of notes) flow.para(n, { size: size.small, color: muted })
  if (st.savedWithoutCluster > 0)
    flow.para(
      `${safeCount(st.savedWithoutCluster)} saved careers have no career cluster in the installed data pack.`,
      { size: size.small, color: muted },
    )
  const pages = stampPages(doc, {
    header: `Caseload statistics · ${st.filter.school ?? 'All schools'}`,
    footer: `Aggregates only · printed ${longDate(env.now)}`,
    skipFirstHeader: true,
  })
  return { bytes: await finish(doc), pages }
}
