import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { diffSavedCareers } from '../../electron/services/packs/install/changes'
import { type MiniOccupation, makeMiniPack } from '../support/mini-pack'
import { tempDir } from '../support/tmp'

const base: MiniOccupation = {
  code: '29-2072.00',
  title: 'Medical Records Specialists',
  jobZone: 3,
  median: 50_000,
  growth: 7.1,
  interests: [2, 3, 1, 2, 2, 6],
}

describe('what changed for a saved career', () => {
  const t = tempDir()
  let n = 0
  afterAll(() => t.cleanup())
  function diff(after: Partial<MiniOccupation>, savedTitle = base.title) {
    const a = new Database(makeMiniPack(`${t.dir}/a${++n}.sqlite`, { occupations: [base] }), {
      readonly: true,
    })
    const b = new Database(makeMiniPack(`${t.dir}/b${n}.sqlite`, { occupations: [{ ...base, ...after }] }), {
      readonly: true,
    })
    try {
      const saved = [{ studentId: 1, studentName: 'Ana', code: base.code, title: savedTitle }]
      return (
        diffSavedCareers(saved, a, b)[0]?.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`) ?? []
      )
    } finally {
      a.close()
      b.close()
    }
  }

  it('reports a median wage move above 5%, not one of 5% or less', () => {
    expect(diff({ median: 52_500 })).toEqual([])
    expect(diff({ median: 52_600 })).toEqual(['median_wage: $50,000 → $52,600 (+5.2%)'])
    expect(diff({ median: 47_000 })).toEqual(['median_wage: $50,000 → $47,000 (−6.0%)'])
  })
  it('reports a wage that BLS stopped publishing as not available', () => {
    expect(diff({ median: null })).toEqual(['median_wage: $50,000 → not available'])
  })
  it('reports projected growth changes of a tenth of a point or more', () => {
    expect(diff({ growth: 7.12 })).toEqual([])
    expect(diff({ growth: 3 })).toEqual(['growth: +7.1% → +3.0%'])
  })
  it('reports a job zone change and a new interest profile', () => {
    expect(diff({ jobZone: 4 })).toEqual(['job_zone: Job Zone 3 → Job Zone 4'])
    const moved = diff({ interests: [2, 6, 1, 2, 2, 3] })
    expect(moved).toHaveLength(1)
    expect(moved[0]).toMatch(
      /^interests: C \(Conventional 6\.0, Investigative 3\.0.*\) → I \(Investigative 6\.0/,
    )
    expect(diff({ interests: [2, 3.3, 1, 2, 2, 6] })).toEqual([])
  })
  it('reports a rename against the old pack, or the saved title when the old pack lacks it', () => {
    expect(diff({ title: 'Health Records Specialists' })).toEqual([
      'title: Medical Records Specialists → Health Records Specialists',
    ])
  })
})
