import { describe, expect, it } from 'vitest'
import {
  brightOutlookReasons,
  brightThresholds,
  DEFAULT_BRIGHT_OUTLOOK_RULE,
  growthBand,
  outlookSentence,
} from '../../shared/outlook'

describe('BLS outlook wording', () => {
  it('bands the rounded percent change as the Handbook does', () => {
    const cases: [number, string][] = [
      [15.7, 'much-faster'],
      [7.5, 'much-faster'],
      [7.1, 'faster'],
      [4.6, 'faster'],
      [4.4, 'average'],
      [3.1, 'average'],
      [2.4, 'slower'],
      [0.4, 'little'],
      [-0.6, 'decline'],
      [-12, 'decline'],
    ]
    for (const [pct, band] of cases) expect(growthBand(pct)?.id, String(pct)).toBe(band)
    expect(growthBand(null)).toBeNull()
  })

  it('writes the key fact with the all-occupations figure and the period', () => {
    expect(outlookSentence(7.1, 3.1, { from: 2024, to: 2034 })).toBe(
      'Employment is projected to grow faster than average (7.1% vs 3.1% for all occupations, 2024–2034).',
    )
    expect(outlookSentence(-2.9, 3.1)).toBe(
      'Employment is projected to decline (−2.9% vs 3.1% for all occupations).',
    )
    expect(outlookSentence(5.2, null)).toBe('Employment is projected to grow faster than average (5.2%).')
    expect(outlookSentence(null, 3.1)).toBeNull()
  })

  it('reads the Bright Outlook thresholds from the rule the pack states', () => {
    const rule =
      'Projected employment growth of at least 6.2% (twice the 3.1% average for all occupations) or at least 100,000 job openings over the projection period (10,000 a year), after O*NET’s Bright Outlook criteria.'
    expect(brightThresholds(rule)).toEqual({ growth: 6.2, openings: 100_000 })
    expect(brightThresholds(DEFAULT_BRIGHT_OUTLOOK_RULE)).toEqual({ growth: 5, openings: 100_000 })
    expect(brightOutlookReasons(7.1, 14_200, 10, rule)).toEqual([
      'projected to grow 7.1%',
      'about 142,000 openings over 10 years',
    ])
    expect(brightOutlookReasons(5.5, 900, 10, rule)).toEqual([])
  })
})
