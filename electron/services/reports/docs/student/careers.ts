import { formatFigure, formatNumber, formatPercent, NOT_AVAILABLE } from '../../../../../shared/format'
import { drawChart } from '../../charts'
import type { CareerEntry } from '../../data/studentReport'
import type { Flow } from '../../kit/flow'
import { accent, muted, size } from '../../kit/theme'
import { wagesChart } from '../../models'
import { zoneName } from '../common'
import { homeAreaTable } from '../local'

const TOP_SKILLS = 5
const SAMPLE_TITLES = 8

/** One saved career: half a page to a page of key facts a family can read. */
export function careerSection(flow: Flow, c: CareerEntry, n: number): void {
  const p = c.profile
  flow.heading(`${n}. ${p?.title ?? c.title}`, 2, 190)
  if (!p) {
    flow.para(
      `${c.code}: this career is not in the installed data pack, so its figures cannot be printed. Search for it by name to find its current code.`,
      { color: muted },
    )
    return
  }
  flow.y +=
    flow.textAt(
      `${p.code}${c.status === 'shortlisted' ? '  ·  On your shortlist' : ''}${p.outlook.brightOutlook ? '  ·  Bright Outlook' : ''}`,
      flow.left,
      flow.y,
      flow.width,
      { size: size.tiny + 0.5, color: accent, bold: true },
    ) + 4
  flow.para(p.description)
  const pr = p.projections
  const a = p.wages?.annual
  flow.facts([
    {
      label: 'Median pay',
      value: p.wages?.hourlyOnly
        ? `${formatFigure(p.wages.hourly.median, 'hourly')}/hr`
        : formatFigure(a?.median, 'annual'),
      note:
        a && !p.wages?.hourlyOnly
          ? `Most earn ${formatFigure(a.p10, 'annual')} – ${formatFigure(a.p90, 'annual')}`
          : undefined,
    },
    {
      label: pr ? `Job growth ${pr.baseYear}–${String(pr.projYear).slice(2)}` : 'Job growth',
      value: formatPercent(pr?.changePercent, { signed: true }),
      note: p.outlook.phrase ?? undefined,
    },
    {
      label: 'Openings per year',
      value: formatNumber(pr?.openingsPerYear),
      note: pr ? `${formatNumber(pr.employmentBase)} jobs in ${pr.baseYear}` : undefined,
    },
    {
      label: 'Job zone',
      value: p.jobZone ? String(p.jobZone.zone) : NOT_AVAILABLE,
      note: zoneName(p) || undefined,
    },
  ])
  if (p.homeArea) homeAreaTable(flow, p, { compact: true })
  const chart = wagesChart([p])
  if (chart) drawChart(flow, { ...chart, title: 'What workers earn in a year' })

  const skills = p.ratings.find((r) => r.domain === 'skills')
  const rows: { term: string; text: string }[] = [
    { term: 'Typical entry education', text: pr?.entryEducation ?? p.jobZone?.education ?? NOT_AVAILABLE },
  ]
  if (pr?.onTheJobTraining && pr.onTheJobTraining !== 'None')
    rows.push({ term: 'Training on the job', text: pr.onTheJobTraining })
  rows.push({
    term: 'Top skills',
    text:
      skills?.status === 'rated'
        ? skills.items
            .slice(0, TOP_SKILLS)
            .map((s) => s.name)
            .join(', ')
        : (skills?.message ?? 'Not in this data pack.'),
  })
  if (p.sampleTitles.items.length)
    rows.push({ term: 'Also called', text: p.sampleTitles.items.slice(0, SAMPLE_TITLES).join(', ') })
  if (p.clusters.items.length)
    rows.push({
      term: 'Career cluster',
      text: [...new Set(p.clusters.items.map((x) => `${x.cluster} (${x.pathway})`))].join('; '),
    })
  flow.definitions(rows, 130)
  flow.skip(6)
}
