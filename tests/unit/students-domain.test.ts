import { describe, expect, it } from 'vitest'
import { backupsApi } from '../../shared/api/backups'
import { sessionsApi } from '../../shared/api/sessions'
import { studentInput } from '../../shared/api/students'
import { displayName, foldForSearch } from '../../shared/domain/students'

describe('student search keys', () => {
  it('fold accents and case so a name can be typed on any keyboard', () => {
    expect(foldForSearch('José Núñez')).toBe('jose nunez')
    expect(foldForSearch('Nguyễn Thị Mai')).toBe('nguyen thi mai')
    expect(foldForSearch('Zoë', null, 'A-12')).toBe('zoe a-12')
    expect(foldForSearch('Søren Ærøe', 'Đặng', undefined)).toBe('soren aeroe dang')
    expect(foldForSearch('Straße Łukasz')).toBe('strasse lukasz')
  })
  it('shows the preferred name first, with the legal name beside it', () => {
    expect(displayName({ name: 'José Núñez', preferredName: 'Pepe' })).toBe('Pepe (José Núñez)')
    expect(displayName({ name: 'José Núñez', preferredName: null })).toBe('José Núñez')
  })
})

describe('student input validation', () => {
  const bad = (input: unknown) => {
    const r = studentInput.safeParse(input)
    return r.success ? null : r.error.issues[0]?.message
  }
  it('accepts any Unicode name and refuses blank, oversize or malformed fields with a message', () => {
    expect(bad({ name: 'José Núñez', grade: 11, studentNumber: 'A-1001' })).toBeNull()
    expect(bad({ name: '   ' })).toBe('Name is required.')
    expect(bad({ name: 'x'.repeat(121) })).toBe('Name must be under 120 characters.')
    expect(bad({ name: 'A', grade: 13 })).toBe('Grade is 6 to 12.')
    expect(bad({ name: 'A', studentNumber: "1'; DROP" })).toContain('letters, digits')
    expect(bad({ name: 'A', status: 'expelled' })).toContain('active, graduated or transferred')
    expect(bad({ name: 'A', extra: 1 })).not.toBeNull()
  })
  it('accepts only calendar dates that exist', () => {
    const s = sessionsApi['sessions.create'].input
    const base = { studentId: 1, durationMin: 30, purpose: 'Plan' }
    expect(s.safeParse({ ...base, date: '2028-02-29' }).success).toBe(true)
    expect(s.safeParse({ ...base, date: '2026-02-29' }).success).toBe(false)
    expect(s.safeParse({ ...base, date: '2026-13-01' }).success).toBe(false)
    expect(s.safeParse({ ...base, date: '26-1-1' }).success).toBe(false)
    expect(s.safeParse({ ...base, date: '2026-10-01', durationMin: 0 }).success).toBe(false)
  })
  it('refuses a backup name that points outside the backups folder', () => {
    const r = backupsApi['backups.restore'].input
    expect(r.safeParse({ fileName: 'clients-2026-11-26T17-30-00-000Z.sqlite' }).success).toBe(true)
    expect(r.safeParse({ fileName: '../clients.sqlite' }).success).toBe(false)
    expect(r.safeParse({ fileName: 'clients-1/../../x.sqlite' }).success).toBe(false)
  })
})
