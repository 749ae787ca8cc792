import { describe, expect, it } from 'vitest'
import { monthsBetween } from '../../electron/services/caseload/months'

describe('months on the sessions axis', () => {
  it('lists every month from the first to the last, across a new year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-04-01', '2026-03-01')).toEqual([])
  })
  it('keeps only the latest ten years when the range is longer', () => {
    const m = monthsBetween('1990-01-01', '2026-11-20')
    expect(m).toHaveLength(120)
    expect(m[0]).toBe('2016-12')
    expect(m.at(-1)).toBe('2026-11')
  })
})
