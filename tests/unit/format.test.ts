import { describe, expect, it } from 'vitest'
import {
  formatCompact,
  formatEmployment,
  formatFigure,
  formatMoney,
  formatPercent,
  money,
  NOT_AVAILABLE,
  signedPercent,
} from '../../shared/format'

describe('shared number formatting', () => {
  it('writes wages as BLS does: whole dollars a year, cents an hour', () => {
    expect(formatMoney(51140)).toBe('$51,140')
    expect(formatMoney(24.587, { hourly: true })).toBe('$24.59')
    expect(money(17.5, true)).toBe('$17.50')
  })

  it('turns BLS flags into words: suppressed is not available, top-coded is "at least"', () => {
    expect(formatFigure({ value: null, flag: 'suppressed' }, 'annual')).toBe(NOT_AVAILABLE)
    expect(formatFigure({ value: 1234, flag: 'suppressed' }, 'annual')).toBe('not available')
    expect(formatFigure({ value: 239200, flag: 'topcoded' }, 'annual')).toBe('≥ $239,200')
    expect(formatFigure({ value: 115, flag: 'topcoded' }, 'hourly')).toBe('≥ $115.00')
    expect(formatFigure({ value: 194720 }, 'number')).toBe('194,720')
    expect(formatFigure(null, 'annual')).toBe('not available')
  })

  it('never prints a missing figure as zero', () => {
    for (const f of [formatMoney, formatEmployment, formatPercent]) {
      expect(f(null)).toBe(NOT_AVAILABLE)
      expect(f(Number.NaN)).toBe(NOT_AVAILABLE)
    }
    expect(formatMoney(0)).toBe('$0')
  })

  it('rounds employment to the hundred BLS projections can support', () => {
    expect(formatEmployment(194_760)).toBe('194,800')
    expect(formatEmployment(14_200)).toBe('14,200')
    expect(formatEmployment(640)).toBe('640')
  })

  it('signs growth with a true minus sign and keeps one decimal', () => {
    expect(formatPercent(7.1)).toBe('7.1%')
    expect(formatPercent(7.1, { signed: true })).toBe('+7.1%')
    expect(formatPercent(-2.94, { signed: true })).toBe('−2.9%')
    expect(formatPercent(-0.01, { signed: true })).toBe('0.0%')
    expect(signedPercent(0)).toBe('0.0%')
  })

  it('abbreviates axis labels', () => {
    expect(formatCompact(50_000, 'currency')).toBe('$50k')
    expect(formatCompact(1_250_000, 'currency')).toBe('$1.3M')
    expect(formatCompact(-2500)).toBe('−2.5k')
  })
})
