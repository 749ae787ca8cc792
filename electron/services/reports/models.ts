import type { BarChartModel, RangeChartModel } from '../../../shared/charts/model'
import { barChart, RIASEC_NAMES, SERIES_STYLE, wageRangeChart } from '../../../shared/charts/occupation'
import { type OccupationProfile, RIASEC_AREAS } from '../../../shared/domain/catalog'

/** Interest Profiler area scores run 0–40. */
const PROFILER_MAX = 40

// Report charts are built with the screen's own chart builders (shared/charts), so a figure on
// paper is the figure on screen; these helpers only pick which profiles go into which chart.

export function wagesChart(profiles: OccupationProfile[]): RangeChartModel | null {
  return wageRangeChart(
    profiles.map((p) => ({ label: p.title, wages: p.wages })),
    'annual',
  )
}

const projectionSource = (profiles: OccupationProfile[]) =>
  [...new Set(profiles.map((p) => p.projections?.source).filter(Boolean))].join('; ') ||
  'BLS Employment Projections'

export function growthChart(profiles: OccupationProfile[]): BarChartModel {
  const p = profiles.find((x) => x.projections)?.projections
  const all =
    profiles.find((x) => x.outlook.allOccupationsPercent != null)?.outlook.allOccupationsPercent ?? null
  const categories = profiles.map((x) => x.title)
  const values = profiles.map((x) => x.projections?.changePercent ?? null)
  if (all != null) {
    categories.push('All occupations')
    values.push(all)
  }
  return barChart({
    id: 'growth',
    title: p ? `Projected change in jobs, ${p.baseYear}–${p.projYear}` : 'Projected change in jobs',
    source: projectionSource(profiles),
    categories,
    series: [{ key: 'growth', label: 'Projected change' }],
    values: [values],
    format: 'percent',
  })
}

export function openingsChart(profiles: OccupationProfile[]): BarChartModel {
  const model = barChart({
    id: 'openings',
    title: 'Job openings each year, on average',
    source: projectionSource(profiles),
    categories: profiles.map((x) => x.title),
    series: [{ key: 'openings', label: 'Openings per year' }],
    values: [profiles.map((x) => x.projections?.openingsPerYear ?? null)],
    format: 'number',
  })
  // A second colour and pattern keeps openings apart from growth on a greyscale copy.
  model.series[0] = { ...model.series[0]!, color: SERIES_STYLE[2]!.color, pattern: 'hatch' }
  return model
}

/** The student's six interest scores (Interest Profiler, 0–40). */
export function studentInterestChart(scores: readonly number[], source: string): BarChartModel {
  return barChart({
    id: 'student-interests',
    title: 'Interest profile',
    source,
    categories: RIASEC_AREAS.map((a) => RIASEC_NAMES[a]),
    series: [{ key: 'student', label: 'Interest score' }],
    values: [[...scores]],
    format: 'score',
    orientation: 'vertical',
    fixedMax: PROFILER_MAX,
    axisLabel: 'Score (0–40)',
  })
}
