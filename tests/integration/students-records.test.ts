import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { callOk } from '../support/call-ok'
import { MRS, studentServices, type TestServices } from './students-fixture'

let s: TestServices
beforeEach(async () => {
  s = await studentServices()
})
afterEach(() => s.cleanup())

const jose = {
  name: 'José Núñez',
  preferredName: 'Pepe',
  grade: 11,
  school: 'Lincoln High',
  studentNumber: 'A-1001',
}

describe('students', () => {
  it('keeps Unicode names and finds them without accents, by number, and by filters', async () => {
    await callOk(s, 'students.create', jose)
    await callOk(s, 'students.create', {
      name: 'Zoë Smith',
      grade: 9,
      school: 'Lincoln High',
      studentNumber: 'A-1002',
    })
    await callOk(s, 'students.create', {
      name: 'Álvaro Díaz',
      grade: 12,
      school: 'Valley',
      status: 'graduated',
    })
    const names = async (f: object) => (await callOk(s, 'students.list', f)).map((x) => x.name)
    expect(await names({ q: 'jose nunez' })).toEqual(['José Núñez'])
    expect(await names({ q: 'NÚÑEZ' })).toEqual(['José Núñez'])
    expect(await names({ q: 'a-1002' })).toEqual(['Zoë Smith'])
    expect(await names({ q: 'pepe' })).toEqual(['José Núñez'])
    expect(await names({ q: '%' })).toEqual([])
    await callOk(s, 'students.create', { name: 'Søren Ærø', school: 'Valley', status: 'transferred' })
    expect(await names({ q: 'soren aero' })).toEqual(['Søren Ærø'])
    expect(await names({ q: 'SØREN' })).toEqual(['Søren Ærø'])
    await callOk(s, 'students.archive', {
      id: (await callOk(s, 'students.list', { q: 'soren' }))[0]?.id ?? 0,
      archived: true,
    })
    expect(await names({ grade: 9 })).toEqual(['Zoë Smith'])
    expect(await names({ status: 'graduated' })).toEqual(['Álvaro Díaz'])
    expect(await names({ school: 'lincoln high' })).toEqual(['José Núñez', 'Zoë Smith'])
    // Sorted by name as a reader expects: Á sorts with A, not after Z.
    expect(await names({})).toEqual(['Álvaro Díaz', 'José Núñez', 'Zoë Smith'])
    expect(await callOk(s, 'students.schools', {})).toEqual(['Lincoln High', 'Valley'])
  })

  it('refuses a student number already used at the same school, but allows it at another', async () => {
    await callOk(s, 'students.create', jose)
    const dup = await s.call('students.create', {
      name: 'Other',
      school: 'LINCOLN HIGH',
      studentNumber: 'A-1001',
    })
    expect(dup).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(dup.ok === false && dup.message).toContain('A-1001')
    await callOk(s, 'students.create', { name: 'Other', school: 'Valley', studentNumber: 'A-1001' })
  })

  it('filters by last seen: never, and not seen in N days', async () => {
    const a = await callOk(s, 'students.create', jose)
    await callOk(s, 'students.create', { name: 'Never Seen' })
    const today = new Date().toISOString().slice(0, 10)
    await callOk(s, 'sessions.create', { studentId: a.id, date: today, durationMin: 20, purpose: 'Check-in' })
    const never = await callOk(s, 'students.list', { notSeenDays: 'never' })
    expect(never.map((x) => x.name)).toEqual(['Never Seen'])
    const stale = await callOk(s, 'students.list', { notSeenDays: 30 })
    expect(stale.map((x) => x.name)).toEqual(['Never Seen'])
    const all = await callOk(s, 'students.list', {})
    expect(all.find((x) => x.id === a.id)?.lastSeen).toBe(today)
  })

  it('detects an edit made from a stale window instead of losing the other update', async () => {
    const a = await callOk(s, 'students.create', jose)
    const win1 = await callOk(s, 'students.get', { id: a.id })
    const win2 = await callOk(s, 'students.get', { id: a.id })
    await callOk(s, 'students.update', { ...jose, id: a.id, version: win1.version, grade: 12 })
    const stale = await s.call('students.update', {
      ...jose,
      id: a.id,
      version: win2.version,
      guardianContact: 'x',
    })
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', fix: 'Reload and try again.' })
    const now = await callOk(s, 'students.get', { id: a.id })
    expect(now.grade).toBe(12)
    expect(now.guardianContact).toBeNull()
  })

  it('archives and restores, and records the graduation date for retention', async () => {
    const a = await callOk(s, 'students.create', jose)
    await callOk(s, 'students.archive', { id: a.id, archived: true })
    expect(await callOk(s, 'students.list', {})).toHaveLength(0)
    expect(await callOk(s, 'students.list', { archived: true })).toHaveLength(1)
    const back = await callOk(s, 'students.archive', { id: a.id, archived: false })
    const grad = await callOk(s, 'students.update', {
      ...jose,
      id: a.id,
      version: back.version,
      status: 'graduated',
    })
    expect(grad.graduatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const dated = await callOk(s, 'students.update', {
      ...jose,
      id: a.id,
      version: grad.version,
      status: 'graduated',
      graduatedOn: '2019-06-01',
    })
    expect(dated.graduatedOn).toBe('2019-06-01')
    const back2 = await callOk(s, 'students.update', {
      ...jose,
      id: a.id,
      version: dated.version,
      status: 'active',
    })
    expect(back2.graduatedOn).toBeNull()
  })

  it('deletes everything about a student only with the exact name, and logs it without personal data', async () => {
    const a = await callOk(s, 'students.create', jose)
    const sess = await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 30,
      purpose: 'Plan',
    })
    await callOk(s, 'goals.create', {
      studentId: a.id,
      sessionId: sess.id,
      text: 'Visit a hospital records office',
    })
    await callOk(s, 'saved.add', { studentId: a.id, code: MRS.code })
    await callOk(s, 'disclosures.record', {
      studentId: a.id,
      recipient: 'Mother',
      what: 'Career plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    const wrong = await s.call('students.delete', { id: a.id, confirmName: 'Jose Nunez' })
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION' })
    await callOk(s, 'students.delete', { id: a.id, confirmName: 'José Núñez' })
    const db = s.ctx.clients
    for (const t of ['sessions', 'goals', 'saved_careers', 'disclosures', 'record_log'])
      expect((db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n).toBe(0)
    const log = await callOk(s, 'records.deletionLog', {})
    expect(log).toHaveLength(1)
    expect(log[0]?.summary).toBe(
      '1 student record deleted with 1 session, 1 goal, 1 saved career, 0 consents and 1 disclosure-log entry.',
    )
    expect(JSON.stringify(log)).not.toMatch(/Núñez|A-1001|Lincoln|Mother/)
  })
})

describe('sessions, goals and saved careers', () => {
  it('keeps private notes out of the record until moved, and logs the move', async () => {
    const a = await callOk(s, 'students.create', jose)
    const sess = await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 25,
      purpose: 'Career exploration',
      recordNotes: 'Explored health information careers.',
      privateNotes: 'Mentioned stress at home.',
    })
    const moved = await callOk(s, 'sessions.movePrivateNote', { id: sess.id, version: sess.version })
    expect(moved.recordNotes).toBe('Explored health information careers.\n\nMentioned stress at home.')
    expect(moved.privateNotes).toBe('')
    const log = await callOk(s, 'records.log', { studentId: a.id })
    expect(log.map((l) => l.action)).toContain('private note moved into record')
    const again = await s.call('sessions.update', {
      id: sess.id,
      version: sess.version,
      date: '2026-10-01',
      durationMin: 25,
      purpose: 'x',
    })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('orders goals open-first by due date and stamps completion', async () => {
    const a = await callOk(s, 'students.create', jose)
    const g1 = await callOk(s, 'goals.create', { studentId: a.id, text: 'Later', dueDate: '2026-12-20' })
    await callOk(s, 'goals.create', { studentId: a.id, text: 'Sooner', dueDate: '2026-12-01' })
    await callOk(s, 'goals.create', { studentId: a.id, text: 'Someday' })
    await callOk(s, 'goals.update', {
      id: g1.id,
      version: g1.version,
      text: 'Later',
      dueDate: '2026-12-20',
      status: 'done',
    })
    const goals = await callOk(s, 'goals.list', { studentId: a.id })
    expect(goals.map((g) => g.text)).toEqual(['Sooner', 'Someday', 'Later'])
    expect(goals[2]?.completedAt).not.toBeNull()
  })

  it('saves a career with the catalog title, ranks, reorders and keeps it when the pack drops the code', async () => {
    const a = await callOk(s, 'students.create', jose)
    const first = await callOk(s, 'saved.add', {
      studentId: a.id,
      code: MRS.code,
      note: 'Likes detail work',
    })
    expect(first).toMatchObject({ code: MRS.code, title: MRS.title, rank: 1, status: 'exploring' })
    const second = await callOk(s, 'saved.add', { studentId: a.id, code: '47-2111.00' })
    expect(second.rank).toBe(2)
    const again = await callOk(s, 'saved.add', { studentId: a.id, code: MRS.code })
    expect(again.id).toBe(first.id)
    expect(again).toMatchObject({ alreadySaved: true })
    expect(first).toMatchObject({ alreadySaved: false })
    const reordered = await callOk(s, 'saved.reorder', {
      studentId: a.id,
      ids: [second.id, first.id],
    })
    expect(reordered.map((x) => x.code)).toEqual(['47-2111.00', MRS.code])
    const partial = await s.call('saved.reorder', { studentId: a.id, ids: [second.id] })
    expect(partial).toMatchObject({ ok: false, code: 'CONFLICT' })
    await callOk(s, 'saved.update', {
      id: first.id,
      version: first.version,
      status: 'shortlisted',
      note: 'Top pick',
    })
    expect(await s.call('saved.add', { studentId: a.id, code: '99-9999.00' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    // Simulate a newer pack without the occupation: the saved row still reads as saved.
    s.ctx.catalog.close()
    const list = await callOk(s, 'saved.list', { studentId: a.id })
    expect(list.find((x) => x.code === MRS.code)).toMatchObject({
      title: MRS.title,
      status: 'shortlisted',
      note: 'Top pick',
    })
    await callOk(s, 'saved.remove', { id: second.id })
    expect((await callOk(s, 'saved.list', { studentId: a.id }))[0]?.rank).toBe(1)
  })
})
