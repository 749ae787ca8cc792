import { describe, expect, it } from 'vitest'
import {
  interestHistoryChart,
  interestProfileChart,
  matchComparisonChart,
} from '../../shared/charts/interests'
import type { InterestProfile } from '../../shared/domain/interests'
import type { Six } from '../../shared/riasec'

const profile = (
  id: number,
  takenOn: string,
  scores: Six,
  source: InterestProfile['source'] = 'profiler',
): InterestProfile => ({
  id,
  studentId: 1,
  takenOn,
  source,
  scores,
  highPoint: [],
  enteredCode: null,
  answers: null,
  note: null,
  createdAt: takenOn,
})

describe('interest chart models', () => {
  it('draws one profile on the 0-40 scale and says its scores in words', () => {
    const c = interestProfileChart({
      ...profile(1, '2026-03-01', [4, 9, 30, 36, 12, 3]),
      highPoint: ['S', 'A', 'E'],
    })
    expect(c.categories).toEqual([
      'Realistic',
      'Investigative',
      'Artistic',
      'Social',
      'Enterprising',
      'Conventional',
    ])
    expect(c.axis.max).toBe(40)
    expect(c.alt).toBe(
      'Interest scores out of 40: Realistic 4, Investigative 9, Artistic 30, Social 36, Enterprising 12, Conventional 3. High-point code SAE.',
    )
    expect(c.title).toBe('Interest profile, March 1, 2026')
  })

  it('puts the student beside an occupation as percent of each scale', () => {
    const c = matchComparisonChart(
      [0, 10, 20, 30, 40, 20],
      [1, 2.5, 4, 5.5, 7, 4],
      'Registered Nurses',
      0.912,
    )
    expect(c.values[0]).toEqual([0, 25, 50, 75, 100, 50])
    expect(c.values[1]).toEqual([0, 25, 50, 75, 100, 50])
    expect(c.series.map((s) => s.label)).toEqual(['Student', 'Registered Nurses'])
    expect(c.alt).toMatch(
      /^Correlation 0\.91 \(Great fit\)\. Realistic: student 0 of 40, occupation 1\.00 of 7;/,
    )
  })

  it('shows change over time oldest first, one line per area', () => {
    const c = interestHistoryChart([
      profile(2, '2026-03-01', [1, 2, 3, 4, 5, 6], 'quick'),
      profile(1, '2025-09-15', [6, 5, 4, 3, 2, 1]),
    ])!
    expect(c.xLabels).toEqual(['Sep 15, 2025', 'Mar 1, 2026'])
    expect(c.series).toHaveLength(6)
    expect(c.values[0]).toEqual([6, 1])
    expect(c.source).toContain('quick interest check (an exploration aid)')
    expect(interestHistoryChart([])).toBeNull()
  })
})
