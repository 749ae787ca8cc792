import { describe, expect, it } from 'vitest'
import { describeChart } from '../../shared/charts/describe'
import { interestHistoryChart } from '../../shared/charts/interests'
import type { RangeChartModel } from '../../shared/charts/model'
import { barChart } from '../../shared/charts/occupation'
import type { InterestProfile } from '../../shared/domain/interests'

// What a listener hears for a chart in a tagged PDF: its kind, what it shows, the figure that
// stands out, then every figure drawn and the source, all from the chart's model.
describe('chart text equivalents', () => {
  it('a bar chart names its highest and lowest bars and keeps "not available" apart from zero', () => {
    const m = barChart({
      id: 'g',
      title: 'Projected change in jobs, 2024–2034',
      source: 'BLS Employment Projections 2024–34',
      categories: ['Electricians', 'Nannies', 'Curators'],
      series: [{ key: 'g', label: 'Change' }],
      values: [[9.5, null, -1.2]],
      format: 'percent',
    })
    expect(describeChart(m)).toBe(
      'Bar chart: Projected change in jobs, 2024–2034; highest Electricians 9.5%, lowest Curators −1.2%. Electricians: 9.5%; Nannies: not available; Curators: −1.2%. Source: BLS Employment Projections 2024–34.',
    )
  })

  it('a wage range chart names the highest and lowest median', () => {
    const row = (label: string, median: number | null) => ({ label, p10: 1, p25: 2, median, p75: 4, p90: 5 })
    const m: RangeChartModel = {
      kind: 'range',
      id: 'w',
      title: 'Annual wages',
      source: 'BLS OEWS May 2025',
      alt: 'Each row’s figures.',
      rows: [row('Ohio', 61230), row('Maine', 52300), row('Guam', null)],
      axis: { min: 0, max: 80000, ticks: [0], format: 'currency' },
    }
    expect(describeChart(m)).toBe(
      'Range chart: Annual wages; highest median Ohio $61,230, lowest median Maine $52,300. Each row’s figures. Source: BLS OEWS May 2025.',
    )
  })

  it('a line chart says what runs from when to when', () => {
    const p = (id: number, takenOn: string): InterestProfile => ({
      id,
      studentId: 1,
      takenOn,
      source: 'profiler',
      scores: [10, 20, 30, 12, 8, 4],
      highPoint: ['A', 'I'],
      enteredCode: null,
      answers: null,
      note: null,
      createdAt: takenOn,
    })
    const m = interestHistoryChart([p(1, '2025-10-06'), p(2, '2026-10-02')])!
    expect(describeChart(m)).toMatch(
      /^Line chart: Interests over time, Oct 6, 2025 to Oct 2, 2026; Realistic, Investigative, Artistic, Social, Enterprising, Conventional\. /,
    )
  })
})
