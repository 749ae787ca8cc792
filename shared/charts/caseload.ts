/**
 * Chart models for caseload statistics. Counts only, never names. Reports print them with
 * pdfkit after `suppressSmallCells`, so a printed page cannot single out a student.
 */
import type { CaseloadStats } from '../domain/caseload'
import { longDate } from '../format'
import { AREA_INFO } from '../riasec'
import type { BarChartModel, ChartSeries } from './model'
import { niceAxis, SERIES_STYLE } from './occupation'

const SOURCE = 'Career Atlas student records'
const series = (key: string, label: string, style = 0): ChartSeries => ({
  key,
  label,
  ...SERIES_STYLE[style]!,
})
export const gradeLabel = (g: number | null) => (g === null ? 'Grade not recorded' : `Grade ${g}`)
const monthLabel = (m: string) =>
  new Date(`${m}-15T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })

/** Counts never fall between whole numbers, so neither do the ticks. */
function integerAxis(max: number, label: string) {
  const axis = niceAxis(0, Math.max(max, 4), 'number', label)
  return { ...axis, ticks: axis.ticks.filter(Number.isInteger) }
}

function bars(
  id: string,
  title: string,
  orientation: BarChartModel['orientation'],
  categories: string[],
  s: ChartSeries[],
  values: number[][],
  axisLabel: string,
): BarChartModel {
  const max = Math.max(1, ...values.flat())
  const alt =
    categories.length === 0
      ? 'No records in this selection.'
      : s.length === 1
        ? `${categories.map((c, i) => `${c}: ${values[0]![i]}`).join('; ')}.`
        : `${categories.map((c, i) => `${c}: ${s.map((x, k) => `${x.label} ${values[k]![i]}`).join(', ')}`).join('; ')}.`
  return {
    id,
    kind: 'bar',
    orientation,
    title,
    source: SOURCE,
    alt,
    categories,
    series: s,
    values,
    axis: integerAxis(max, axisLabel),
  }
}

export function studentsByGradeChart(st: CaseloadStats): BarChartModel {
  return bars(
    'caseload-grades',
    'Students by grade and status',
    'vertical',
    st.byGrade.map((g) => gradeLabel(g.grade)),
    [
      series('active', 'Active', 0),
      series('graduated', 'Graduated', 2),
      series('transferred', 'Transferred', 1),
    ],
    [
      st.byGrade.map((g) => g.active),
      st.byGrade.map((g) => g.graduated),
      st.byGrade.map((g) => g.transferred),
    ],
    'Students',
  )
}

export function sessionsPerMonthChart(st: CaseloadStats): BarChartModel {
  return bars(
    'caseload-sessions',
    'Sessions per month',
    'vertical',
    st.sessionsPerMonth.map((m) => monthLabel(m.month)),
    [series('sessions', 'Sessions', 0), series('students', 'Students seen', 1)],
    [st.sessionsPerMonth.map((m) => m.sessions), st.sessionsPerMonth.map((m) => m.students)],
    'Count',
  )
}

export function interestAreasChart(st: CaseloadStats): BarChartModel {
  return bars(
    'caseload-interests',
    'Strongest interest area (latest profile)',
    'horizontal',
    st.interestAreas.map((a) => AREA_INFO[a.area].name),
    [series('students', 'Students', 0)],
    [st.interestAreas.map((a) => a.students)],
    'Students',
  )
}

export function topCareersChart(st: CaseloadStats): BarChartModel {
  return bars(
    'caseload-careers',
    'Most-saved careers',
    'horizontal',
    st.topCareers.map((c) => c.title),
    [series('students', 'Students who saved it', 0)],
    [st.topCareers.map((c) => c.students)],
    'Students',
  )
}

export function topClustersChart(st: CaseloadStats): BarChartModel {
  return bars(
    'caseload-clusters',
    'Saved careers by career cluster',
    'horizontal',
    st.topClusters.map((c) => c.cluster),
    [series('saves', 'Saved careers', 2)],
    [st.topClusters.map((c) => c.saves)],
    'Saved careers',
  )
}

export function goalsChart(st: CaseloadStats): BarChartModel {
  const g = st.goals
  return bars(
    'caseload-goals',
    `Goals (overdue as of ${longDate(st.asOf)})`,
    'horizontal',
    ['Open, on time', 'Overdue', 'Done', 'Dropped'],
    [series('goals', 'Goals', 1)],
    [[g.open - g.overdue, g.overdue, g.done, g.dropped]],
    'Goals',
  )
}

export function caseloadCharts(st: CaseloadStats): BarChartModel[] {
  return [
    studentsByGradeChart(st),
    sessionsPerMonthChart(st),
    interestAreasChart(st),
    topCareersChart(st),
    topClustersChart(st),
    goalsChart(st),
  ]
}

export const SMALL_CELL = 5

export interface SuppressedBarChart extends BarChartModel {
  /** suppressed[series][category]: true where the count is hidden. */
  suppressed: boolean[][]
  /** Printed under the chart when anything was hidden, e.g. "Counts from 1 to 4 are not shown." */
  suppressionNote: string | null
}

/**
 * Hides counts from 1 to min-1 (0 is shown: it identifies no one). When a series has exactly
 * one hidden cell, the next smallest non-zero cell is hidden too, so the hidden one cannot be
 * worked out by subtracting the others from a total printed elsewhere. Hidden cells become null
 * (drawn as "fewer than 5", never as 0).
 */
export function suppressSmallCells(model: BarChartModel, min = SMALL_CELL): SuppressedBarChart {
  const suppressed = model.values.map((row) => row.map((v) => v !== null && v > 0 && v < min))
  suppressed.forEach((row, k) => {
    if (row.filter(Boolean).length !== 1) return
    let pick = -1
    model.values[k]!.forEach((v, i) => {
      if (!row[i] && v !== null && v > 0 && (pick < 0 || v < model.values[k]![pick]!)) pick = i
    })
    if (pick >= 0) row[pick] = true
  })
  const any = suppressed.some((row) => row.some(Boolean))
  const label = `fewer than ${min}`
  const shown = (k: number, i: number) =>
    suppressed[k]![i] ? `${label} (not shown)` : String(model.values[k]![i])
  const alt = any
    ? model.categories.length === 0
      ? model.alt
      : `${model.categories
          .map((c, i) =>
            model.series.length === 1
              ? `${c}: ${shown(0, i)}`
              : `${c}: ${model.series.map((s, k) => `${s.label} ${shown(k, i)}`).join(', ')}`,
          )
          .join('; ')}.`
    : model.alt
  return {
    ...model,
    alt,
    values: model.values.map((row, k) => row.map((v, i) => (suppressed[k]![i] ? null : v))),
    suppressed,
    suppressionNote: any
      ? `To protect student privacy, counts from 1 to ${min - 1} are not shown, nor any count that would reveal them.`
      : null,
  }
}
