import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { longDate } from '../../../../shared/format'
import { drawChart } from '../charts'
import type { StudentReportData } from '../data/studentReport'
import { createDoc, type Doc, finish } from '../kit/doc'
import { Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { openGroup } from '../kit/tags'
import { muted } from '../kit/theme'
import { growthChart } from '../models'
import { breathe } from '../output'
import type { ReportEnv } from './common'
import { careerSection } from './student/careers'
import {
  chainHeadSection,
  comparisonTable,
  goalsSection,
  signatures,
  sourcesSection,
} from './student/closing'
import { cover } from './student/cover'
import { interestsSection } from './student/interests'

/** Careers printed in full; the rest of a long list appears in the comparison table only. */
const DETAILED = 5

/** Draws one student's career report from the current page on; returns its first page index. */
export async function drawStudentReport(doc: Doc, env: ReportEnv, d: StudentReportData): Promise<number> {
  // One Part per student: in a batch a listener can move from one student's plan to the next.
  const close = openGroup(doc, 'Part')
  try {
    return await drawPlan(doc, env, d)
  } finally {
    close()
  }
}

async function drawPlan(doc: Doc, env: ReportEnv, d: StudentReportData): Promise<number> {
  const flow = new Flow(doc)
  const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1
  const profiles = d.careers.map((c) => c.profile).filter((p): p is OccupationProfile => !!p)
  const shortlisted = d.careers.filter((c) => c.status === 'shortlisted' && c.profile).map((c) => c.profile!)
  const compared = (shortlisted.length >= 2 ? shortlisted : profiles).slice(0, 4)
  cover(flow, d, env.now, [
    'Your interests and careers that match them',
    'Your saved careers, one by one',
    compared.length >= 2 ? 'Your shortlist side by side' : 'Your shortlist',
    'Goals, next steps and signatures',
    'Where the figures come from',
  ])
  interestsSection(flow, d)
  await breathe()

  flow.heading('2. Your saved careers', 1, 200)
  if (d.careers.length === 0)
    flow.para('No careers are saved yet. Save careers from any occupation profile to see them here.')
  for (const [i, c] of d.careers.slice(0, DETAILED).entries()) {
    careerSection(flow, c, i + 1)
    await breathe()
  }
  if (d.careers.length > DETAILED)
    flow.para(`${d.careers.length - DETAILED} more saved careers appear in the comparison below.`)

  flow.heading('3. Your shortlist side by side', 1, 160)
  if (compared.length === 0) flow.para('Save careers to compare them here.')
  else {
    if (shortlisted.length < 2)
      flow.para('Your first saved careers, until you shortlist some.', { size: 8, color: muted })
    comparisonTable(flow, compared)
    if (compared.length >= 2) drawChart(flow, growthChart(compared))
  }
  goalsSection(flow, d, 4)
  signatures(flow, d)
  sourcesSection(flow, profiles, d.matches?.source ? [`Interest matches: ${d.matches.source}`] : [])
  chainHeadSection(flow, d.chainHead)
  return first
}

export async function renderStudentReport(
  env: ReportEnv,
  d: StudentReportData,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: `Career plan — ${d.student.name}`,
    subject: 'Career Atlas student career report',
    date: env.now,
    tagged: env.tagged,
  })
  await drawStudentReport(doc, env, d)
  const pages = stampPages(doc, {
    header: `Career plan · ${d.student.name}`,
    footer: `${d.student.name} · ${longDate(env.now)}`,
    skipFirstHeader: true,
    preview: env.preview,
  })
  return { bytes: await finish(doc), pages }
}
