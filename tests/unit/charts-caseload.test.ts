import { describe, expect, it } from 'vitest'
import { caseloadCharts, goalsChart, suppressSmallCells } from '../../shared/charts/caseload'
import type { BarChartModel } from '../../shared/charts/model'
import type { CaseloadStats } from '../../shared/domain/caseload'

const stats: CaseloadStats = {
  filter: {},
  asOf: '2026-11-20',
  schools: ['Lincoln High School'],
  students: { total: 40, active: 33, graduated: 5, transferred: 2, seenInRange: 30 },
  byGrade: [
    { grade: 9, active: 20, graduated: 0, transferred: 2 },
    { grade: null, active: 13, graduated: 5, transferred: 0 },
  ],
  sessionsPerMonth: [
    { month: '2026-10', sessions: 12, students: 9, minutes: 300 },
    { month: '2026-11', sessions: 0, students: 0, minutes: 0 },
  ],
  interestAreas: [
    { area: 'R', students: 3 },
    { area: 'I', students: 8 },
    { area: 'A', students: 0 },
    { area: 'S', students: 12 },
    { area: 'E', students: 6 },
    { area: 'C', students: 7 },
  ],
  withoutProfile: 4,
  topCareers: [{ code: '29-2072.00', title: 'Medical Records Specialists', students: 9 }],
  topClusters: [{ cluster: 'Health Science', saves: 11 }],
  savedWithoutCluster: 0,
  goals: { open: 10, overdue: 4, done: 7, dropped: 1 },
  overdueByGrade: [{ grade: 9, overdue: 4 }],
}

const model = (values: (number | null)[][]): BarChartModel => ({
  ...goalsChart(stats),
  categories: values[0]!.map((_, i) => `c${i}`),
  series: values.map((_, k) => ({ key: `s${k}`, label: `S${k}`, color: '#000', pattern: 'solid' })),
  values,
})

describe('caseload chart models', () => {
  it('labels grades, months and areas a principal can read, with a text equivalent', () => {
    const [grades, sessions, areas, , , goals] = caseloadCharts(stats)
    expect(grades!.categories).toEqual(['Grade 9', 'Grade not recorded'])
    expect(grades!.alt).toBe(
      'Grade 9: Active 20, Graduated 0, Transferred 2; Grade not recorded: Active 13, Graduated 5, Transferred 0.',
    )
    expect(sessions!.categories).toEqual(['Oct 2026', 'Nov 2026'])
    expect(areas!.categories[3]).toBe('Social')
    expect(goals!.values[0]).toEqual([6, 4, 7, 1])
    for (const c of caseloadCharts(stats)) expect(c.axis.ticks.every(Number.isInteger)).toBe(true)
  })
})

describe('small-cell suppression', () => {
  it('hides counts of 1 to 4 but keeps 0 and 5+', () => {
    const out = suppressSmallCells(model([[0, 1, 4, 5, 12, 3]]))
    expect(out.values[0]).toEqual([0, null, null, 5, 12, null])
    expect(out.suppressionNote).toMatch(/counts from 1 to 4 are not shown/)
    expect(out.alt).toContain('c1: fewer than 5 (not shown)')
    expect(out.alt).toContain('c4: 12')
  })

  it('hides a second cell when only one would be hidden, so a total cannot reveal it', () => {
    const out = suppressSmallCells(model([[20, 2, 9, 30]]))
    expect(out.values[0]).toEqual([20, null, null, 30])
    expect(out.suppressed[0]).toEqual([false, true, true, false])
  })

  it('leaves a chart with no small counts alone', () => {
    const m = model([[0, 5, 9]])
    const out = suppressSmallCells(m)
    expect(out.values).toEqual(m.values)
    expect(out.suppressionNote).toBeNull()
    expect(out.alt).toBe(m.alt)
  })

  it('works per series on grouped bars and honours another threshold', () => {
    const out = suppressSmallCells(
      model([
        [10, 12, 40],
        [3, 30, 0],
      ]),
      11,
    )
    expect(out.values).toEqual([
      [null, null, 40],
      [null, null, 0],
    ])
  })
})
