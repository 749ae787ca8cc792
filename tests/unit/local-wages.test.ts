import { describe, expect, it } from 'vitest'
import { stateWagesChart } from '../../shared/charts/local'
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
})
