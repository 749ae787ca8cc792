/**
 * Chart models for interests: a student's six-area profile, the student beside an occupation
 * (the explanation of a match), and change over time. Pure, so the Interests tab (recharts)
 * and the student report (pdfkit) draw the same figures with the same words.
 */
import type { InterestProfile, MatchExplanation } from '../domain/interests'
import { SOURCE_LABEL } from '../domain/interests'
import { longDate, shortDate } from '../format'
import {
  AREA_INFO,
  AREAS,
  fitBand,
  fitLabel,
  formatR,
  occupationPercent,
  PROFILER_MAX,
  type Six,
  studentPercent,
} from '../riasec'
import type { Axis, BarChartModel, LineChartModel } from './model'
import { AREA_STYLE, SERIES_STYLE } from './palette'

export { AREA_STYLE }

const AREA_NAMES = AREAS.map((a) => AREA_INFO[a].name)
const PROFILER_AXIS: Axis = {
  min: 0,
  max: 40,
  ticks: [0, 10, 20, 30, 40],
  format: 'number',
  label: 'Score (0–40)',
}
const PERCENT_AXIS: Axis = {
  min: 0,
  max: 100,
  ticks: [0, 25, 50, 75, 100],
  format: 'percent',
  label: '% of scale',
}

const sourceOf = (p: Pick<InterestProfile, 'source'>) =>
  p.source === 'quick' ? 'Career Atlas quick interest check (an exploration aid)' : SOURCE_LABEL[p.source]

/** The six area scores of one profile, 0-40. */
export function interestProfileChart(
  p: Pick<InterestProfile, 'scores' | 'source' | 'takenOn' | 'highPoint'>,
): BarChartModel {
  return {
    id: 'interest-profile',
    kind: 'bar',
    orientation: 'vertical',
    title: `Interest profile, ${longDate(p.takenOn)}`,
    source: sourceOf(p),
    alt:
      `Interest scores out of ${PROFILER_MAX}: ` +
      AREAS.map((a, i) => `${AREA_INFO[a].name} ${Math.round(p.scores[i]!)}`).join(', ') +
      (p.highPoint.length ? `. High-point code ${p.highPoint.join('')}.` : '.'),
    categories: AREA_NAMES,
    series: [{ key: 'student', label: 'Student', ...SERIES_STYLE[0]! }],
    values: [[...p.scores]],
    axis: PROFILER_AXIS,
  }
}

/**
 * The student's six areas beside the occupation's. The two use different scales (Profiler 0-40,
 * O*NET OI 1-7), so both are drawn as a percent of their own scale; the text gives raw values.
 */
export function matchComparisonChart(
  student: Six,
  ratings: Six,
  occupationTitle: string,
  r: number,
): BarChartModel {
  const s = student.map(studentPercent)
  const o = ratings.map(occupationPercent)
  const band = fitLabel(fitBand(r))
  return {
    id: 'match-comparison',
    kind: 'bar',
    orientation: 'vertical',
    title: `Student’s interests beside ${occupationTitle}`,
    source:
      'Student: interest profile (0–40). Occupation: O*NET interest ratings (1–7). Both as % of their scale.',
    alt:
      `Correlation ${formatR(r)} (${band}). ` +
      AREAS.map(
        (a, i) =>
          `${AREA_INFO[a].name}: student ${Math.round(student[i]!)} of 40, occupation ${ratings[i]!.toFixed(2)} of 7`,
      ).join('; ') +
      '.',
    categories: AREA_NAMES,
    series: [
      { key: 'student', label: 'Student', ...SERIES_STYLE[0]! },
      { key: 'occupation', label: occupationTitle, ...SERIES_STYLE[1]! },
    ],
    values: [s.map(round1), o.map(round1)],
    axis: PERCENT_AXIS,
  }
}

export function explanationChart(e: MatchExplanation): BarChartModel {
  return matchComparisonChart(e.profile.scores, e.match.ratings, e.match.title, e.match.r)
}

/** Change over time: one line per area across the student's profiles, oldest first. */
export function interestHistoryChart(profiles: readonly InterestProfile[]): LineChartModel | null {
  if (profiles.length === 0) return null
  const sorted = [...profiles].sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.id - b.id)
  const sources = [...new Set(sorted.map(sourceOf))]
  return {
    id: 'interest-history',
    kind: 'line',
    title: 'Interests over time',
    source: sources.join('; '),
    alt: sorted
      .map(
        (p) =>
          `${longDate(p.takenOn)} (${SOURCE_LABEL[p.source]}): ${p.highPoint.join('') || 'no clear code'}, ` +
          AREAS.map((a, i) => `${a} ${Math.round(p.scores[i]!)}`).join(' '),
      )
      .join('. ')
      .concat('.'),
    xLabels: sorted.map((p) => shortDate(p.takenOn)),
    series: AREAS.map((a) => ({ key: a, label: AREA_INFO[a].name, ...AREA_STYLE[a] })),
    values: AREAS.map((_, i) => sorted.map((p) => p.scores[i]!)),
    axis: PROFILER_AXIS,
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
