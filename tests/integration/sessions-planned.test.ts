import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { okCaller } from '../support/call-ok'
import { RESOURCES, tempDir } from '../support/tmp'

// A session typed with next year's date: refused unless saved as planned, and a planned one never
// makes the student "seen" nor stretches the caseload months past the period the PDF states.
describe('sessions dated in the future', () => {
  let s: Services
  let cleanup: () => void
  beforeAll(async () => {
    const t = tempDir('ca-planned-')
    s = await createServices({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      appVersion: '0.0.0-test',
      now: () => new Date('2026-11-30T15:00:00'),
    })
    cleanup = () => {
      s.close()
      t.cleanup()
    }
  })
  afterAll(() => cleanup?.())

  const ok = okCaller(() => s)

  it('refuses a future date unless planned; planned sessions are not "last seen" nor counted', async () => {
    const st = await ok('students.create', { name: 'Ana Ruiz', grade: 10, studentNumber: '7' })
    const held = { studentId: st.id, date: '2026-11-02', durationMin: 30, purpose: 'Check-in' }
    await ok('sessions.create', held)
    const future = { ...held, date: '2027-06-01', purpose: 'Job fair' }
    const refused = await s.call('sessions.create', future)
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', details: [{ path: 'date' }] })
    expect(await ok('sessions.list', { studentId: st.id })).toHaveLength(1)

    const planned = await ok('sessions.create', { ...future, planned: true })
    expect(planned.planned).toBe(true)
    const [row] = await ok('students.list', {})
    expect(row?.lastSeen).toBe('2026-11-02')

    const stats = await ok('caseload.stats', {})
    expect(stats.sessionsPerMonth.at(-1)?.month).toBe('2026-11')
    expect(stats.sessionsPerMonth.reduce((n, m) => n + m.sessions, 0)).toBe(1)
    const pdf = await ok('reports.caseload', {})
    const text = execFileSync('pdftotext', ['-layout', s.ctx.files.get(pdf.fileId).path, '-']).toString(
      'utf8',
    )
    expect(text).toContain('all dates to November 30, 2026')
    expect(text).not.toMatch(/2027/)

    // Held after all: unticking "planned" once the day has come is refused while it is still ahead.
    const still = await s.call('sessions.update', { id: planned.id, version: planned.version, ...future })
    expect(still).toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('ends the caseload period on the counselor’s own day, not the UTC date', async () => {
    const tz = process.env.TZ
    // Auckland is 13 hours ahead in December: 12:30 UTC on November 30 is 01:30 on December 1.
    process.env.TZ = 'Pacific/Auckland'
    const t = tempDir('ca-planned-tz-')
    const nz = await createServices({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      appVersion: '0.0.0-test',
      now: () => new Date('2026-11-30T12:30:00Z'),
    })
    try {
      const call = okCaller(nz)
      const st = await call('students.create', { name: 'Ari Tane', grade: 9, studentNumber: '8' })
      await call('sessions.create', {
        studentId: st.id,
        date: '2026-12-01',
        durationMin: 20,
        purpose: 'Today',
      })
      const stats = await call('caseload.stats', {})
      expect(stats.asOf).toBe('2026-12-01')
      expect(stats.sessionsPerMonth.at(-1)).toMatchObject({ month: '2026-12', sessions: 1 })
      const pdf = await call('reports.caseload', {})
      const text = execFileSync('pdftotext', [nz.ctx.files.get(pdf.fileId).path, '-']).toString('utf8')
      expect(text).toContain('all dates to December 1, 2026')
    } finally {
      nz.close()
      t.cleanup()
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })
})
