import { interestHistoryChart, interestProfileChart } from '../../../../../shared/charts/interests'
import { formatMoney, longDate } from '../../../../../shared/format'
import { areaColumnName, formatLocal } from '../../../../../shared/local-wages'
import { AREA_INFO, fitLabel } from '../../../../../shared/riasec'
import { drawChart } from '../../charts'
import type { StudentReportData } from '../../data/studentReport'
import type { Flow } from '../../kit/flow'
import { table } from '../../kit/table'
import { muted, size } from '../../kit/theme'

/** "Your interests": the six-area chart, the Holland code in plain words, and top matches. */
export function interestsSection(flow: Flow, d: StudentReportData): void {
  const p = d.student.interests
  flow.heading('1. Your interests', 1, 200)
  if (!p) {
    flow.para(
      'No interest profile is recorded yet. Taking the O*NET Interest Profiler (or the quick interest check in Career Atlas) with your counselor will add a chart of your interests and careers that match them to this report.',
      { color: muted },
    )
    return
  }
  drawChart(flow, interestProfileChart(p), { height: 120 })
  const code = p.highPoint.join('')
  flow.heading(`Your Holland code: ${code || '—'}`, 2, 40)
  flow.para('Your strongest interest areas, strongest first:')
  flow.bullets(p.highPoint.map((a) => `${AREA_INFO[a].name}: ${AREA_INFO[a].plain}.`))
  flow.para(
    `Scores from ${longDate(p.takenOn)}. Interests show what you may enjoy, not what you can do: use them to choose careers to explore, not to rule any out.`,
    { size: size.small, color: muted },
  )

  const history =
    d.student.interestHistory.length > 1 ? interestHistoryChart(d.student.interestHistory) : null
  if (history) drawChart(flow, history, { height: 90 })

  const m = d.matches
  if (!m) return
  flow.heading('Careers that match your interests', 2, 90)
  if (m.groups.length === 0) {
    flow.para(
      m.note ??
        (m.zones.length
          ? 'No careers in the job zones chosen for this report have interest ratings in the installed data pack.'
          : 'No careers could be matched to this profile.'),
      { color: muted },
    )
    return
  }
  flow.para(
    m.zones.length
      ? 'The careers whose interest pattern follows yours most closely, at the levels of preparation (job zones) chosen with your counselor.'
      : 'The careers whose interest pattern follows yours most closely at each level of preparation (job zone), from careers you can start after high school to those that need graduate school.',
    { size: size.small, color: muted },
  )
  if (m.note) flow.para(m.note, { size: size.small, color: muted })
  // The home area's median beside the national one, as the matches on screen show it.
  const local = m.groups.flatMap((g) => g.items).find((x) => x.localArea)
  for (const g of m.groups) {
    // A zone's few careers stay with their heading, on one page.
    flow.heading(g.name, 3, 24 + 30 * Math.min(g.items.length, 3))
    table(
      flow,
      [
        { header: 'Career', width: 2.6 },
        { header: 'Fit', width: 0.9 },
        { header: 'Why it matches', width: local ? 2.5 : 3.3 },
        { header: local ? 'U.S. median' : 'Median pay', width: 1, align: 'right' },
        ...(local
          ? [{ header: `${areaColumnName(local.localArea!)} median`, width: 1.1, align: 'right' as const }]
          : []),
      ],
      g.items.map((x) => [
        { text: x.title, sub: x.code, bold: true },
        fitLabel(x.band),
        x.shared.length
          ? `Shares your ${x.shared.map((a) => AREA_INFO[a].name).join(' and ')} interests`
          : `Its strongest areas: ${x.occupationHighPoint.map((a) => AREA_INFO[a].name).join(', ')}`,
        formatMoney(x.medianWage),
        ...(local
          ? [
              formatLocal(
                { value: x.localMedianWage ?? null, flag: x.localMedianWageFlag ?? undefined },
                'annual',
              ),
            ]
          : []),
      ]),
    )
  }
  if (m.source)
    flow.para(
      `Source: ${m.source}.${local?.localSource ? ` Median pay in ${local.localArea}: ${local.localSource}; “not published” where BLS published none for the area.` : ''}`,
      { size: size.tiny, color: muted },
    )
}
