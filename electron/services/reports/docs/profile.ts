import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { formatFigure, formatMoney, formatScore, longDate } from '../../../../shared/format'
import { drawChart } from '../charts'
import { createDoc, finish } from '../kit/doc'
import { columnList, Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { table } from '../kit/table'
import { muted, size } from '../kit/theme'
import { breathe } from '../output'
import { ATTRIBUTION, type ReportEnv, titleBlock, zoneName } from './common'
import { homeAreaTable, stateWages, whereTheyWork } from './local'

const RATED_ITEMS = 8
const TASKS = 14

/** Every section of the on-screen profile, laid out as a printed fact sheet. */
export async function renderProfile(
  env: ReportEnv,
  p: OccupationProfile,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: `${p.title} — occupation profile`,
    subject: 'Career Atlas occupation profile',
    date: env.now,
  })
  const flow = new Flow(doc)
  const badges = [
    p.code,
    p.majorGroup.title,
    p.riasecCode ? `Interest code ${p.riasecCode}` : null,
    p.outlook.brightOutlook ? 'Bright Outlook' : null,
  ]
  titleBlock(flow, 'Occupation profile', p.title, [badges.filter(Boolean).join('  ·  ')])
  flow.para(p.description, { size: size.body + 0.5 })
  if (p.overview.length) flow.facts(p.overview.slice(0, 4).map((o) => ({ label: o.label, value: o.text })))
  if (p.keyFacts.length) {
    flow.heading('Significant points', 2, 40)
    flow.bullets(p.keyFacts.map((k) => k.text))
  }

  flow.heading('Earnings', 1, 150)
  if (!p.wages) flow.para('BLS publishes no wages for this occupation.', { color: muted })
  else {
    if (p.charts.wagesAnnual) drawChart(flow, p.charts.wagesAnnual)
    const w = p.wages
    const pct = ['p10', 'p25', 'median', 'p75', 'p90'] as const
    table(
      flow,
      [
        { header: '', width: 1.2 },
        ...['Lowest 10%', 'Lowest 25%', 'Median', 'Highest 25%', 'Highest 10%'].map((h) => ({
          header: h,
          width: 1,
          align: 'right' as const,
        })),
      ],
      [
        [
          { text: 'Yearly', bold: true },
          ...pct.map((k) => (w.hourlyOnly ? 'not published' : formatFigure(w.annual[k], 'annual'))),
        ],
        [{ text: 'Hourly', bold: true }, ...pct.map((k) => formatFigure(w.hourly[k], 'hourly'))],
      ],
    )
    flow.para(
      `${w.source}${w.basisNote ? `. ${w.basisNote}` : ''}. The lowest 10% earn less than the first figure; the highest 10% earn more than the last.`,
      { size: size.tiny, color: muted },
    )
  }
  if (p.homeArea) {
    flow.heading('Pay in your area', 2, 90)
    homeAreaTable(flow, p)
  }
  stateWages(flow, p)
  whereTheyWork(flow, p)

  flow.heading('Job outlook', 1, 80)
  const pr = p.projections
  if (!pr) flow.para('BLS publishes no projection for this occupation.', { color: muted })
  else {
    const outlook = p.keyFacts.find((k) => k.id === 'outlook')?.text
    if (outlook) flow.para(outlook)
    flow.definitions(
      [
        { term: `Jobs in ${pr.baseYear}`, text: formatFigure({ value: pr.employmentBase }, 'number') },
        {
          term: `Projected for ${pr.projYear}`,
          text: formatFigure({ value: pr.employmentProjected }, 'number'),
        },
        {
          term: 'Openings each year',
          text: `${formatFigure({ value: pr.openingsPerYear }, 'number')} on average, from new jobs and workers who leave or retire`,
        },
        ...(p.outlook.brightOutlook
          ? [{ term: 'Bright Outlook', text: p.outlook.brightReasons.join('; ') || p.outlook.brightRule }]
          : []),
      ],
      140,
    )
    flow.para(pr.source, { size: size.tiny, color: muted })
  }
  await breathe()

  if (p.sampleTitles.items.length) {
    flow.heading('Sample job titles', 1, 60)
    columnList(flow, p.sampleTitles.items, 3, { size: size.small })
  }

  flow.heading('Training and education', 1, 100)
  const defs: { term: string; text: string }[] = []
  if (pr?.entryEducation) defs.push({ term: 'Typical entry education', text: pr.entryEducation })
  if (pr?.workExperience) defs.push({ term: 'Work experience', text: pr.workExperience })
  if (pr?.onTheJobTraining) defs.push({ term: 'On-the-job training', text: pr.onTheJobTraining })
  if (p.jobZone) {
    defs.push({ term: p.jobZone.label, text: zoneName(p) })
    defs.push(
      { term: 'Education', text: p.jobZone.education },
      { term: 'Experience', text: p.jobZone.experience },
      { term: 'Job training', text: p.jobZone.training },
    )
    if (p.jobZone.mergedNote) defs.push({ term: 'Note', text: p.jobZone.mergedNote })
  }
  if (defs.length) flow.definitions(defs, 140)
  if (p.charts.education) drawChart(flow, p.charts.education)

  if (p.tasks.length) {
    flow.heading('What they do', 1, 60)
    flow.bullets(
      p.tasks.slice(0, TASKS).map((t) => (t.type ? `${t.text} (${t.type.toLowerCase()})` : t.text)),
      { size: size.small },
    )
  }
  await breathe()

  flow.heading('Knowledge, skills and more', 1, 80)
  for (const r of p.ratings) {
    if (r.status === 'rated') {
      flow.heading(r.label, 2, 60)
      table(
        flow,
        [
          { header: r.label.replace(/s$/, ''), width: 4 },
          { header: 'Importance (1–5)', width: 1, align: 'right' },
          ...(r.levelScale ? [{ header: 'Level (0–7)', width: 1, align: 'right' as const }] : []),
        ],
        r.items
          .slice(0, RATED_ITEMS)
          .map((i) => [i.name, formatScore(i.importance), ...(r.levelScale ? [formatScore(i.level)] : [])]),
      )
    } else flow.definitions([{ term: r.label, text: r.message ?? 'Not in this data pack.' }], 140)
  }

  if (p.charts.interests) {
    flow.heading('Interests', 1, 200)
    drawChart(flow, p.charts.interests, { height: 110 })
  }
  if (p.technology.items.length || p.tools.items.length) {
    flow.heading('Technology and tools', 1, 60)
    const group = (items: { name: string; category: string }[]) => {
      const m = new Map<string, string[]>()
      for (const i of items) m.set(i.category, [...(m.get(i.category) ?? []), i.name])
      return [...m].slice(0, 10).map(([term, names]) => ({ term, text: names.slice(0, 6).join(', ') }))
    }
    if (p.technology.items.length) flow.definitions(group(p.technology.items), 170)
    if (p.tools.items.length) {
      flow.heading('Tools', 2, 40)
      flow.definitions(group(p.tools.items), 170)
    }
  }
  await breathe()

  if (p.related.items.length) {
    flow.heading('Related occupations', 1, 80)
    table(
      flow,
      [
        { header: 'Occupation', width: 4 },
        { header: 'Code', width: 1.2 },
        { header: 'Median pay', width: 1.2, align: 'right' },
      ],
      p.related.items.slice(0, 10).map((r) => [r.title, r.code, formatMoney(r.medianWage)]),
    )
  }
  if (p.clusters.items.length || p.programs.items.length) {
    flow.heading('Career cluster and college programs', 1, 60)
    if (p.clusters.items.length)
      flow.definitions(
        p.clusters.items.map((c) => ({ term: c.cluster, text: c.pathway })),
        170,
      )
    if (p.programs.items.length)
      columnList(
        flow,
        p.programs.items.map((x) => `${x.title} (CIP ${x.cip})`),
        2,
        { size: size.small },
      )
  }

  flow.heading('Sources', 1, 80)
  table(
    flow,
    [
      { header: 'Section', width: 2.2 },
      { header: 'Release', width: 1.4 },
      { header: 'File', width: 2 },
    ],
    p.sources.map((s) => [s.section, s.release, s.file]),
    { fontSize: size.tiny + 0.5 },
  )
  flow.para(ATTRIBUTION, { size: size.tiny, color: muted })
  const pages = stampPages(doc, {
    header: `${p.title} · ${p.code}`,
    footer: `${p.packName} · printed ${longDate(env.now)}`,
    skipFirstHeader: true,
  })
  return { bytes: await finish(doc), pages }
}
