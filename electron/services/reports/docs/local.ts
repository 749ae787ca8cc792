import { stateChartMedian } from '../../../../shared/charts/local'
import { splitBarChart } from '../../../../shared/charts/occupation'
import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { formatPercent } from '../../../../shared/format'
import {
  areaFootnote,
  footnoteMark,
  formatLocal,
  homeAreaList,
  medianText,
} from '../../../../shared/local-wages'
import { drawChart } from '../charts'
import type { Flow } from '../kit/flow'
import { table } from '../kit/table'
import { muted, size } from '../kit/theme'

/**
 * The local labor market in print: the home area beside the nation (profile, career plan), wages
 * by state (chart model shared with the screen) and "Where they work". Markers read "not
 * published" / "at least $X"; an area without figures says so and the national figure stands.
 */
export function homeAreaTable(flow: Flow, p: OccupationProfile, opts: { compact?: boolean } = {}): void {
  const areas = homeAreaList(p.homeArea)
  if (areas.length === 0) return
  const w = p.wages
  const hourly = Boolean(w?.hourlyOnly)
  const kind = hourly ? 'hourly' : 'annual'
  const rows = areas.map((a, i) => {
    const mark = footnoteMark(i)
    const set = a.wages?.[kind]
    return a.published
      ? [
          { text: `${a.area.title} ${mark}`, bold: true },
          formatLocal(set?.median, kind),
          formatLocal(set?.p10, kind),
          formatLocal(set?.p90, kind),
          ...(opts.compact ? [] : [formatLocal(a.wages?.employment, 'number')]),
        ]
      : [
          { text: `${a.area.title} ${mark}`, bold: true },
          `not published (national ${medianText(w)})`,
          '—',
          '—',
          ...(opts.compact ? [] : ['—']),
        ]
  })
  rows.push([
    { text: 'United States', bold: true },
    formatLocal(w?.[kind].median, kind),
    formatLocal(w?.[kind].p10, kind),
    formatLocal(w?.[kind].p90, kind),
    ...(opts.compact ? [] : [formatLocal(w?.employment, 'number')]),
  ])
  table(
    flow,
    [
      { header: hourly ? 'Hourly pay' : 'Yearly pay', width: 1.6 },
      { header: 'Median', width: 1, align: 'right' as const },
      { header: 'Lowest 10% earn less than', width: 1, align: 'right' as const },
      { header: 'Highest 10% earn more than', width: 1, align: 'right' as const },
      ...(opts.compact ? [] : [{ header: 'Employment', width: 0.9, align: 'right' as const }]),
    ],
    rows,
    { fontSize: opts.compact ? size.small : undefined },
  )
  const notes = areas.map((a, i) => `${footnoteMark(i)} ${areaFootnote(a)}`)
  if (w) notes.push(`United States: ${w.source}.`)
  flow.para(notes.join('  '), { size: size.tiny, color: muted })
}

/** Bars one chart holds on a page; the all-states workbook has 50 states, DC and territories. */
const STATE_BARS_PER_CHART = 20

export function stateWages(flow: Flow, p: OccupationProfile): void {
  if (!p.wagesByState?.available || !p.wagesByStateChart) return
  flow.heading('Wages by state', 2, 120)
  // A chart taller than a page would run its labels off the bottom, a page each: more states
  // than a page holds are drawn as several charts on the same axis, the source under the last.
  for (const part of splitBarChart(p.wagesByStateChart, STATE_BARS_PER_CHART)) drawChart(flow, part)
  // The states the chart leaves out (hourly medians for an hourly-only career, as drawn).
  const median = stateChartMedian(p.wagesByState.items)
  const missing = p.wagesByState.items.filter((r) => median(r) === null)
  if (missing.length)
    flow.para(`No median published by BLS for: ${missing.map((r) => r.area.title).join(', ')}.`, {
      size: size.tiny,
      color: muted,
    })
}

export function whereTheyWork(flow: Flow, p: OccupationProfile): void {
  const ind = p.industries
  if (!ind?.available || ind.items.length === 0) return
  flow.heading('Where they work', 2, 110)
  const hourly = Boolean(p.wages?.hourlyOnly)
  table(
    flow,
    [
      { header: 'Industry', width: 3 },
      { header: 'Employment', width: 1, align: 'right' },
      { header: 'Share', width: 0.8, align: 'right' },
      { header: 'Median wage', width: 1, align: 'right' },
    ],
    ind.items.map((i) => [
      i.title,
      formatLocal(i.employment, 'number'),
      i.sharePercent === null ? '—' : formatPercent(i.sharePercent),
      hourly ? formatLocal(i.medianHourly, 'hourly') : formatLocal(i.medianAnnual, 'annual'),
    ]),
  )
  if (ind.source)
    flow.para(`Source: ${ind.source}. Share: of the occupation's national employment.`, {
      size: size.tiny,
      color: muted,
    })
}

/** One compact paragraph for one-page reports: each career's home-area median beside the U.S. one. */
export function homeAreaLine(flow: Flow, profiles: OccupationProfile[]): void {
  const withHome = profiles.filter((p) => homeAreaList(p.homeArea).length > 0)
  if (withHome.length === 0) return
  const area = homeAreaList(withHome[0]!.homeArea)[0]!
  const kind = area.area.type === 'metro' ? 'metro' : 'state'
  const parts = withHome.map((p) => {
    const a = p.homeArea?.[kind] ?? homeAreaList(p.homeArea)[0]!
    const here = a.published ? medianText(a.wages) : 'not published'
    return `${p.title} ${here} (U.S. ${medianText(p.wages)})`
  })
  flow.para(`Median pay in ${area.area.title} (BLS ${area.release}): ${parts.join('; ')}.`, {
    size: size.small,
  })
}
