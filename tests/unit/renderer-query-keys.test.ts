import { describe, expect, it } from 'vitest'
import { affectedBy, sliceOf } from '../../renderer/src/hooks/query-keys'
import { methodNames } from '../../shared/api'

describe('what a change refreshes on screen', () => {
  it('refreshes the caseload, the disclosure log and the student list after any change to a record', () => {
    for (const m of [
      'saved.add',
      'sessions.delete',
      'students.update',
      'interests.add',
      'goals.create',
    ] as const) {
      const hit = affectedBy(m)
      expect(hit(['caseload.stats', {}]), m).toBe(true)
      expect(hit(['students.list', {}]), m).toBe(true)
      expect(hit(['disclosures.list', { studentId: 1 }]), m).toBe(true)
      // The catalog does not change with a student's records: no refetch of searches or profiles.
      expect(hit(['catalog.profile', { code: '29-1141.00' }]), m).toBe(false)
    }
  })

  it('refreshes every answer after a pack, a home area or a restored backup changes', () => {
    for (const m of ['packs.install', 'packs.rollback', 'settings.setHomeArea', 'backups.restore'] as const)
      expect(affectedBy(m)(['catalog.profile', { code: '29-1141.00' }]), m).toBe(true)
  })

  it('logs a report in the disclosure log without refetching the catalog', () => {
    expect(affectedBy('reports.student')(['disclosures.list', { studentId: 1 }])).toBe(true)
    expect(affectedBy('reports.student')(['catalog.search', { q: 'nurse' }])).toBe(false)
  })

  it('knows the slice of every method in the contract', () => {
    for (const m of methodNames) expect(sliceOf(m), m).toMatch(/^[a-z]+$/)
  })
})
