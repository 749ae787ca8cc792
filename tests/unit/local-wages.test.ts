import { describe, expect, it } from 'vitest'
import { describeChart } from '../../shared/charts/describe'
import { stateWagesChart } from '../../shared/charts/local'
import { splitBarChart } from '../../shared/charts/occupation'
import type { StateWageRow } from '../../shared/domain/catalog'
import { formatLocal } from '../../shared/local-wages'

const row = (
  code: string,
  title: string,
  annual: number | null,
  flag?: 'suppressed' | 'topcoded',
): StateWageRow => ({
  area: { code, title, type: 'state', state: title.slice(0, 2).toUpperCase() },
  medianAnnual: flag ? { value: annual, flag } : { value: annual },
  medianHourly: { value: annual === null ? null : annual / 2080 },
  employment: { value: 100 },
  hourlyOnly: false,
})

describe('local wage words and the Wages by state chart model', () => {
  it('reads BLS markers as a counselor says them, never as zero', () => {
    expect(formatLocal({ value: null, flag: 'suppressed' }, 'annual')).toBe('not published')
    expect(formatLocal({ value: 239_200, flag: 'topcoded' }, 'annual')).toBe('at least $239,200')
    expect(formatLocal({ value: 115, flag: 'topcoded' }, 'hourly')).toBe('at least $115.00')
    expect(formatLocal({ value: null }, 'number')).toBe('not published')
    expect(formatLocal({ value: 47_560 }, 'annual')).toBe('$47,560')
  })

  it('draws published medians highest first, marks the home state and leaves unpublished states out', () => {
    const m = stateWagesChart(
      [
        row('39', 'Ohio', 47_560),
        row('06', 'California', 61_880),
        row('54', 'West Virginia', null, 'suppressed'),
      ],
      'BLS OEWS May 2025, state estimates',
      { highlight: '39' },
    )!
    expect(m.categories).toEqual(['California', 'Ohio (home)'])
    expect(m.values).toEqual([[61_880, 47_560]])
    expect(m.axis.format).toBe('currency')
    expect(m.alt).toContain('Ohio (home): $47,560')
    expect(stateWagesChart([row('54', 'West Virginia', null)], 'x')).toBeNull()
  })

  it("draws the home state's bar in the highlight colour, the others in the series colour", () => {
    const m = stateWagesChart(
      [row('39', 'Ohio', 47_560), row('06', 'California', 61_880), row('48', 'Texas', 49_610)],
      'x',
      { highlight: '39' },
    )!
    expect(m.highlight?.index).toBe(m.categories.indexOf('Ohio (home)'))
    expect(m.highlight?.color).not.toBe(m.series[0]!.color)
    expect(stateWagesChart([row('39', 'Ohio', 47_560)], 'x')!.highlight).toBeUndefined()
  })

  it('splits a long chart into parts that keep every state once, one axis, their own text and the highlight', () => {
    const rows = Array.from({ length: 56 }, (_, i) => row(String(i + 1), `State ${i + 1}`, 40_000 + i * 100))
    const m = stateWagesChart(rows, 'BLS OEWS May 2025, state estimates', { highlight: '3' })!
    const parts = splitBarChart(m, 20)
    expect(parts).toHaveLength(3)
    expect(parts.flatMap((p) => p.categories)).toEqual(m.categories)
    expect(parts.flatMap((p) => p.values[0])).toEqual(m.values[0])
    for (const p of parts) expect(p.axis).toEqual(m.axis)
    expect(parts.map((p) => p.title)).toEqual([1, 2, 3].map((i) => `${m.title} (${i} of 3)`))
    expect(parts.map((p) => p.source)).toEqual(['', '', m.source])
    // A listener hears each part's states once, not all 56 three times.
    for (const p of parts) {
      const text = describeChart(p)
      for (const c of m.categories) expect(text.includes(`${c}:`)).toBe(p.categories.includes(c))
    }
    const home = parts.find((p) => p.highlight)!
    expect(home.categories[home.highlight!.index]).toBe('State 3 (home)')
    expect(parts.filter((p) => p.highlight)).toHaveLength(1)
    expect(splitBarChart(m, 60)).toEqual([m])
  })
})
