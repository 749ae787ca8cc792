import { describe, expect, it } from 'vitest'
import { tick, value } from '../../electron/services/reports/charts/format'
import { safeCount } from '../../electron/services/reports/docs/caseload'
import { fileNameFor } from '../../electron/services/reports/output'

describe('report wording', () => {
  it('never prints a missing figure as zero', () => {
    expect(value(null, 'currency')).toBe('n/a')
    expect(value(0, 'currency')).toBe('$0')
    expect(value(51140, 'currency')).toBe('$51,140')
    expect(value(24.59, 'currency-hourly')).toBe('$24.59')
    expect(value(-2, 'percent', true)).toBe('−2.0%')
    expect(value(7.1, 'percent', true)).toBe('+7.1%')
    expect(value(7.1, 'percent')).toBe('7.1%')
    expect(tick(50000, 'currency')).toBe('$50k')
  })

  it('hides caseload counts from 1 to 4 and shows 0 and 5', () => {
    expect([0, 1, 4, 5, 240].map(safeCount)).toEqual(['0', 'fewer than 5', 'fewer than 5', '5', '240'])
  })

  it('names files a counselor recognises, with nothing a file system refuses', () => {
    expect(fileNameFor('Career plan', 'José Núñez', new Date('2026-11-26T15:00:00Z'))).toBe(
      'Career plan - José Núñez - 2026-11-26.pdf',
    )
    expect(fileNameFor('Career plan', 'A/B: "C"?', new Date('2026-11-26T15:00:00Z'))).toBe(
      'Career plan - A B C - 2026-11-26.pdf',
    )
  })
})
