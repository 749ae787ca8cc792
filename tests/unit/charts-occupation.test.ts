import { describe, expect, it } from 'vitest'
import {
  barChart,
  educationChart,
  interestsChart,
  niceAxis,
  wageRangeChart,
} from '../../shared/charts/occupation'
import type { Figure, WageFigures } from '../../shared/domain/catalog'

const f = (value: number | null, flag?: Figure['flag']): Figure => (flag ? { value, flag } : { value })
function wages(a: Figure[], opts: Partial<WageFigures> = {}): WageFigures {
  const [p10, p25, median, p75, p90] = a as [Figure, Figure, Figure, Figure, Figure]
  return {
    release: 'OEWS May 2025',
    socUsed: '29-2072',
    basis: 'exact',
    basisNote: null,
    employment: f(194720),
    annual: { p10, p25, median, p75, p90, mean: f(55960) },
    hourly: { p10: f(17.79), p25: f(20.91), median: f(24.59), p75: f(31.17), p90: f(39.01), mean: f(26.9) },
    hourlyOnly: false,
    source: 'BLS OEWS May 2025, national, SOC 29-2072',
    ...opts,
  }
}

describe('occupation chart models', () => {
  it('draws p10–p90 with the median, on an axis that holds the top wage, with a text equivalent', () => {
    const m = wageRangeChart(
      [
        {
          label: 'Medical Records Specialists',
          wages: wages([37000, 43490, 51140, 64820, 81150].map((v) => f(v))),
        },
      ],
      'annual',
    )!
    expect(m.rows[0]).toMatchObject({ p10: 37000, p25: 43490, median: 51140, p75: 64820, p90: 81150 })
    expect(m.axis.max).toBeGreaterThanOrEqual(81150)
    expect(m.axis.ticks[0]).toBe(0)
    expect(m.alt).toContain('median $51,140')
    expect(m.source).toBe('BLS OEWS May 2025, national, SOC 29-2072')
  })

  it('never draws a suppressed figure and notes a top-coded one', () => {
    const m = wageRangeChart(
      [
        {
          label: 'Chief Executives',
          wages: wages([
            f(82000),
            f(131000),
            f(239200, 'topcoded'),
            f(239200, 'topcoded'),
            f(null, 'suppressed'),
          ]),
        },
      ],
      'annual',
    )!
    expect(m.rows[0]?.p90).toBeNull()
    expect(m.rows[0]?.notes).toEqual([
      'Median: at least $239,200 (BLS publishes no higher figure).',
      '75th percentile: at least $239,200 (BLS publishes no higher figure).',
      '90th percentile: not published by BLS.',
    ])
  })

  it('shows hourly-only occupations only on the hourly chart', () => {
    const w = wages([f(null), f(null), f(null), f(null), f(null)], { hourlyOnly: true })
    expect(wageRangeChart([{ label: 'Actors', wages: w }], 'annual')).toBeNull()
    expect(wageRangeChart([{ label: 'Actors', wages: w }], 'hourly')?.rows[0]?.median).toBe(24.59)
  })

  it('keeps missing values null in bar charts and says so in the text', () => {
    const m = barChart({
      id: 'g',
      title: 'Growth',
      source: 'BLS EP',
      categories: ['A', 'B'],
      series: [{ key: 'g', label: 'Growth' }],
      values: [[7.1, null]],
      format: 'percent',
    })
    expect(m.values).toEqual([[7.1, null]])
    expect(m.alt).toBe('Growth. A: 7.1%; B: not available.')
  })

  it('builds education and six-area interest charts only when there is data', () => {
    expect(educationChart([], 'O*NET')).toBeNull()
    expect(educationChart([{ name: "Associate's Degree", percent: 44.5 }], 'O*NET')?.categories).toEqual([
      "Associate's Degree",
    ])
    const i = interestsChart([{ label: 'X', scores: { R: 3, C: 6.5 } }], 'O*NET 30.3')!
    expect(i.categories).toEqual([
      'Realistic',
      'Investigative',
      'Artistic',
      'Social',
      'Enterprising',
      'Conventional',
    ])
    expect(i.values[0]).toEqual([3, null, null, null, null, 6.5])
    expect(i.axis.ticks).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('picks round axis steps', () => {
    expect(niceAxis(0, 81150, 'currency').ticks).toEqual([0, 20000, 40000, 60000, 80000, 100000])
    expect(niceAxis(-2.9, 15.7, 'percent').min).toBeLessThan(-2.9)
  })
})
