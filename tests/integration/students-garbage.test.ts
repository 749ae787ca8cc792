import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DB } from '../../electron/services/db/open'
import { backupsApi } from '../../shared/api/backups'
import { consentsApi } from '../../shared/api/consents'
import { disclosuresApi } from '../../shared/api/disclosures'
import { goalsApi } from '../../shared/api/goals'
import { recordsApi } from '../../shared/api/records'
import { retentionApi } from '../../shared/api/retention'
import { savedApi } from '../../shared/api/saved'
import { sessionsApi } from '../../shared/api/sessions'
import { studentsApi } from '../../shared/api/students'
import { callOk } from '../support/call-ok'
import { MRS, studentServices, type TestServices } from './students-fixture'

/** Every row of every table, hashed: any change anywhere changes it. */
function fingerprint(db: DB): string {
  const h = createHash('sha256')
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
    name: string
  }[]
  for (const { name } of tables)
    h.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()))
  return h.digest('hex')
}

const GARBAGE: unknown[] = [
  undefined,
  null,
  42,
  'students',
  [],
  { id: 0 },
  { id: -5, version: 1 },
  { id: 1.5 },
  { id: '1' },
  { studentId: 'x' },
  { studentId: 1e300 },
  {
    id: 999_999,
    version: 1,
    name: 'Ghost',
    date: '2026-01-01',
    durationMin: 10,
    purpose: 'x',
    text: 'x',
    status: 'open',
  },
  { studentId: 999_999, code: '29-2072.00', date: '2026-01-01', durationMin: 10, purpose: 'x', text: 'x' },
  { studentId: 999_999, recipient: 'x', what: 'x', purpose: 'x', basis: 'consent', consentId: 1 },
  { name: 'x'.repeat(10_000) },
  { name: '   ' },
  { name: 'Ok', grade: 13 },
  { name: 'Ok', studentNumber: "1'; DROP TABLE students;--" },
  { studentId: 1, date: '2026-02-30', durationMin: 10, purpose: 'x' },
  { studentId: 1, date: '2026-01-01', durationMin: 0, purpose: 'x' },
  { studentId: 1, ids: [1, 1, 1] },
  { studentId: 1, code: 'not a code' },
  {
    id: 1,
    version: 999,
    name: 'Stale',
    status: 'open',
    text: 'x',
    date: '2026-01-01',
    durationMin: 5,
    purpose: 'x',
  },
  { id: 1, confirmName: 'wrong name' },
  { csv: 'name,grade,student number\n,,\nA,99,' },
  { fileName: '../../etc/passwd' },
  { years: -1 },
  { expectCount: 7 },
  { keep: 0 },
  { unexpected: true },
]

describe('every students method fed garbage', () => {
  let s: TestServices
  beforeAll(async () => {
    s = await studentServices()
    const a = await callOk(s, 'students.create', { name: 'José Núñez', grade: 11, studentNumber: '1' })
    await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 30,
      purpose: 'Plan',
      privateNotes: 'memo',
    })
    await callOk(s, 'goals.create', { studentId: a.id, text: 'Visit' })
    await callOk(s, 'saved.add', { studentId: a.id, code: MRS.code })
    await callOk(s, 'disclosures.record', {
      studentId: a.id,
      recipient: 'Ana',
      what: 'Plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
  })
  afterAll(() => s.cleanup())

  // Methods whose whole job is to write a file elsewhere (backups) or a log entry are checked separately.
  const recordSlices = {
    ...studentsApi,
    ...sessionsApi,
    ...goalsApi,
    ...savedApi,
    ...consentsApi,
    ...disclosuresApi,
    ...recordsApi,
    ...retentionApi,
    ...backupsApi,
  }
  for (const method of Object.keys(recordSlices)) {
    it(`${method} refuses garbage with a clear message and changes nothing`, async () => {
      const before = fingerprint(s.ctx.clients)
      for (const input of GARBAGE) {
        const r = await s.call(method, input)
        if (r.ok) continue // e.g. a list with every filter optional: allowed, as long as nothing changed
        expect(r.code, `${method} ${JSON.stringify(input)}`).not.toBe('INTERNAL')
        expect(r.message.length).toBeGreaterThan(5)
      }
      expect(fingerprint(s.ctx.clients)).toBe(before)
    })
  }
})
