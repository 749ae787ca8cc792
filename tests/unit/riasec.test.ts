import { describe, expect, it } from 'vitest'
import {
  explainCode,
  fitBand,
  highPointCode,
  hollandToScores,
  parseHollandCode,
  pearson,
  profileShape,
  sharedHighPoints,
  tiedInCode,
  unitCentred,
} from '../../shared/riasec'

describe('Pearson correlation', () => {
  it('matches values worked out by hand', () => {
    // a: mean 2, deviations -1,0,1; b: mean 2, deviations -1,1,0 -> 1 / sqrt(2*2) = 0.5
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12)
    // a deviations -3,-1,1,3,1,-1 (sum sq 22); b deviations -2.5..2.5 (sum sq 17.5); cross 9
    expect(pearson([2, 4, 6, 8, 6, 4], [1, 2, 3, 4, 5, 6])).toBeCloseTo(9 / Math.sqrt(22 * 17.5), 12)
    expect(pearson([2, 4, 6, 8, 6, 4], [1, 2, 3, 4, 5, 6])).toBeCloseTo(0.45868, 5)
    // one peak on R against one peak on I: cross -40, sums of squares 1333.3 and 30 -> -0.2
    expect(pearson([40, 0, 0, 0, 0, 0], [1, 7, 1, 1, 1, 1])).toBeCloseTo(-0.2, 12)
  })

  it('is 1 for the same shape on different scales and -1 for the mirror image', () => {
    expect(pearson([40, 0, 0, 0, 0, 0], [7, 1, 1, 1, 1, 1])).toBeCloseTo(1, 12)
    expect(pearson([1, 2, 3, 4, 5, 6], [12, 10, 8, 6, 4, 2])).toBeCloseTo(-1, 12)
  })

  it('gives no number when one side is flat', () => {
    expect(pearson([20, 20, 20, 20, 20, 20], [1, 2, 3, 4, 5, 6])).toBeNull()
    expect(unitCentred([5, 5, 5, 5, 5, 5])).toBeNull()
  })

  it('equals the dot product of centred unit vectors', () => {
    const a = [31, 12, 7, 25, 18, 9]
    const b = [2.1, 4.8, 3.3, 5.9, 3.0, 1.7]
    const ua = unitCentred(a)!
    const ub = unitCentred(b)!
    expect(ua.reduce((s, x, i) => s + x * ub[i]!, 0)).toBeCloseTo(pearson(a, b)!, 12)
  })
})

describe('fit bands', () => {
  it('cuts at 0.8, 0.6 and 0.4', () => {
    expect([0.95, 0.8, 0.79, 0.6, 0.45, 0.4, 0.39, -0.5].map(fitBand)).toEqual([
      'great',
      'great',
      'good',
      'good',
      'fair',
      'fair',
      'weak',
      'weak',
    ])
  })
})

describe('high-point codes', () => {
  it('takes the three strongest areas, strongest first', () => {
    expect(highPointCode([12, 30, 5, 38, 22, 9]).join('')).toBe('SIE')
  })
  it('breaks ties in R-I-A-S-E-C order and says the code is not unique', () => {
    expect(highPointCode([20, 20, 10, 10, 0, 0]).join('')).toBe('RIA')
    expect(tiedInCode([20, 20, 10, 10, 0, 0])).toBe(true)
    expect(tiedInCode([20, 18, 10, 5, 0, 0])).toBe(false)
  })
  it('never counts an area scoring zero, and gives a flat profile no code', () => {
    expect(highPointCode([0, 0, 0, 25, 0, 0])).toEqual(['S'])
    expect(highPointCode([20, 20, 20, 20, 20, 20])).toEqual([])
  })
  it('lists shared areas in the student’s order', () => {
    expect(sharedHighPoints(['S', 'A', 'E'], ['E', 'S'])).toEqual(['S', 'E'])
  })
  it('explains a code in plain words', () => {
    expect(explainCode(['S', 'A'])).toMatch(/^SA: Most of all Social \(helping.*next Artistic/)
  })
})

describe('Holland codes', () => {
  it('converts by the documented rule: 36, 30, 24, others 12', () => {
    expect(hollandToScores(['S', 'A', 'E'])).toEqual([12, 12, 30, 36, 24, 12])
    expect(hollandToScores(['C'])).toEqual([12, 12, 12, 12, 12, 36])
  })
  it('accepts lower case and separators, and keeps the order typed', () => {
    expect(parseHollandCode(' s-a-e ')).toEqual(['S', 'A', 'E'])
    // The converted scores give back the same code.
    expect(highPointCode(hollandToScores(['E', 'C', 'R']))).toEqual(['E', 'C', 'R'])
  })
  it('refuses codes a counselor may mistype, saying why', () => {
    expect(parseHollandCode('SSA')).toMatch(/appears twice/)
    expect(parseHollandCode('SAX')).toMatch(/“X” is not a Holland letter/)
    expect(parseHollandCode('RIASEC')).toMatch(/one to three letters/)
    expect(parseHollandCode('')).toMatch(/one to three letters/)
  })
})

describe('profile shape', () => {
  it('explains a flat profile instead of ranking it', () => {
    const s = profileShape([20, 20, 20, 20, 20, 20])
    expect(s.kind).toBe('flat')
    expect(s.kind === 'flat' && s.message).toMatch(/All six areas scored the same/)
    expect(profileShape([0, 0, 0, 0, 0, 0]).kind).toBe('flat')
  })
  it('flags a nearly flat profile but still ranks it', () => {
    expect(profileShape([20, 21, 22, 20, 19, 20]).kind).toBe('low-spread')
    expect(profileShape([10, 30, 20, 20, 19, 20]).kind).toBe('clear')
  })
})
