import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { recordDisclosure } from '../../electron/services/students/disclosures'
import { callOk } from '../support/call-ok'
import { MRS, studentServices, type TestServices } from './students-fixture'

let s: TestServices
beforeEach(async () => {
  s = await studentServices()
})
afterEach(() => s.cleanup())

const jose = { name: 'José Núñez', grade: 11, school: 'Lincoln High', studentNumber: 'A-1001' }

describe('disclosure log', () => {
  it('is append-only and detects a row edited behind the app’s back', async () => {
    const a = await callOk(s, 'students.create', jose)
    const consent = await callOk(s, 'consents.create', {
      studentId: a.id,
      signedBy: 'Ana Núñez (mother)',
      signedOn: '2026-10-01',
      records: 'Career plan and saved careers',
      purpose: 'Summer program application',
      recipient: 'Valley Health Summer Program',
    })
    recordDisclosure(s.ctx, {
      studentId: a.id,
      recipient: 'Valley Health Summer Program',
      what: 'Career plan',
      purpose: 'Application',
      basis: 'consent',
      consentId: consent.id,
    })
    await callOk(s, 'disclosures.record', {
      studentId: a.id,
      recipient: 'Ana Núñez',
      what: 'Career report',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    const noConsent = await s.call('disclosures.record', {
      studentId: a.id,
      recipient: 'X',
      what: 'Y',
      purpose: 'Z',
      basis: 'consent',
    })
    expect(noConsent).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({
      ok: true,
      checked: 2,
    })

    const db = s.ctx.clients
    expect(() => db.prepare(`UPDATE disclosures SET recipient = 'Someone else'`).run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM disclosures').run()).toThrow(/append-only/)

    // Someone with the file and a SQLite tool drops the trigger and rewrites history.
    db.exec('DROP TRIGGER disclosures_append_only_update')
    db.prepare(`UPDATE disclosures SET recipient = 'Someone else' WHERE seq = 1`).run()
    const v = await callOk(s, 'disclosures.verify', { studentId: a.id })
    expect(v.ok).toBe(false)
    expect(v.problems[0]).toMatchObject({
      studentId: a.id,
      seq: 1,
      problem: expect.stringContaining('changed'),
    })
  })

  it('notices entries cut off the end of the log, even with every trigger dropped', async () => {
    const a = await callOk(s, 'students.create', jose)
    for (const what of ['Career plan', 'Saved careers', 'Report card summary'])
      await callOk(s, 'disclosures.record', {
        studentId: a.id,
        recipient: 'Ana',
        what,
        purpose: 'Review',
        basis: 'parent_or_eligible_student',
      })
    const db = s.ctx.clients
    const triggers = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'disclosure%'`)
      .all() as { name: string }[]
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
    db.prepare('DELETE FROM disclosures WHERE student_id = ? AND seq = 3').run(a.id)
    const v = await callOk(s, 'disclosures.verify', {})
    expect(v.ok).toBe(false)
    expect(v.problems).toContainEqual({
      studentId: a.id,
      seq: 3,
      problem: 'Entries after 2 of 3 were removed.',
    })
    // The dropped triggers themselves are reported too.
    expect(v.problems).toHaveLength(2)
  })

  it('keeps the seal moving forward only', async () => {
    const a = await callOk(s, 'students.create', jose)
    await callOk(s, 'disclosures.record', {
      studentId: a.id,
      recipient: 'Ana',
      what: 'Plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    const db = s.ctx.clients
    expect(() => db.prepare('UPDATE disclosure_heads SET seq = 0').run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM disclosure_heads').run()).toThrow(/append-only/)
    // Deleting the student through the app still removes every trace, seal included.
    await callOk(s, 'students.delete', { id: a.id, confirmName: jose.name })
    expect(db.prepare('SELECT count(*) AS n FROM disclosure_heads').get()).toEqual({ n: 0 })
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({ ok: true })
  })
})

describe('export for a parent’s inspection request', () => {
  it('holds the whole record, leaves private notes out, and logs the disclosure', async () => {
    const a = await callOk(s, 'students.create', jose)
    const sess = await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 30,
      purpose: 'Career exploration',
      recordNotes: 'Explored health records work.',
      privateNotes: 'PRIVATE-MEMO worried about family',
    })
    await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-08',
      durationMin: 20,
      purpose: 'Follow-up',
      privateNotes: 'MOVED-MEMO asked about night school',
    })
    const all = await callOk(s, 'sessions.list', { studentId: a.id })
    const second = all.find((x) => x.id !== sess.id)!
    await callOk(s, 'sessions.movePrivateNote', { id: second.id, version: second.version })
    await callOk(s, 'goals.create', {
      studentId: a.id,
      text: 'Tour the hospital records office',
      dueDate: '2026-12-01',
    })
    await callOk(s, 'saved.add', { studentId: a.id, code: MRS.code })
    const file = await callOk(s, 'records.export', {
      studentId: a.id,
      recipient: 'Ana Núñez (mother)',
    })
    expect(file.privateNotesIncluded).toBe(false)
    expect(file.fileName).toMatch(/^record-Jose-Nunez-\d{4}-\d{2}-\d{2}\.json$/)
    const text = readFileSync(s.ctx.files.get(file.fileId).path, 'utf8')
    const doc = JSON.parse(text)
    expect(doc.student.name).toBe('José Núñez')
    expect(doc.sessions).toHaveLength(2)
    expect(doc.goals[0].text).toBe('Tour the hospital records office')
    expect(doc.savedCareers[0]).toMatchObject({ code: MRS.code, title: MRS.title })
    expect(doc.notice).toMatch(/private notes/i)
    // Other domains' per-student tables (interest profiles) are part of the complete record too.
    expect(Object.keys(doc.otherRecords)).toContain('interest_profiles')
    expect(text).not.toContain('PRIVATE-MEMO')
    expect(text).toContain('MOVED-MEMO')
    expect(doc.disclosures.at(-1)).toMatchObject({
      recipient: 'Ana Núñez (mother)',
      basis: 'parent_or_eligible_student',
    })
    expect((await callOk(s, 'disclosures.list', { studentId: a.id })).length).toBe(1)
  })

  it('says in the record activity that nothing was handed over when no file could be made', async () => {
    const a = await callOk(s, 'students.create', { ...jose, studentNumber: 'X-FAIL-1' })
    // The folder for generated files cannot be made (a file stands in its place): no export.
    const dir = s.ctx.files.dir
    rmSync(dir, { recursive: true, force: true })
    writeFileSync(dir, 'not a folder')
    try {
      const r = await s.call('records.export', { studentId: a.id, recipient: 'Ana Núñez (mother)' })
      expect(r.ok).toBe(false)
    } finally {
      rmSync(dir, { force: true })
    }
    // The disclosure was logged when the export was asked for and stays (the log is sealed).
    expect(await callOk(s, 'disclosures.list', { studentId: a.id })).toHaveLength(1)
    const log = await callOk(s, 'records.log', { studentId: a.id })
    expect(log.map((l) => l.action)).toContain('record export failed')
    expect(log.find((l) => l.action === 'record export failed')?.detail).toMatch(
      /No file was made for Ana Núñez \(mother\), so nothing was handed over/,
    )
  })

  it.each(['json', 'pdf'] as const)(
    'leaves no %s file on disk when the export fails after writing it',
    async (format) => {
      const a = await callOk(s, 'students.create', { ...jose, studentNumber: `X-FAIL-${format}` })
      const files = s.ctx.files
      const register = files.register
      files.register = () => {
        throw new Error('register failed')
      }
      try {
        const r = await s.call('records.export', { studentId: a.id, recipient: 'Ana Núñez (mother)', format })
        expect(r.ok).toBe(false)
      } finally {
        files.register = register
      }
      // The record holds the student's record unencrypted: a file nobody can be handed must go now.
      expect(readdirSync(files.dir)).toEqual([])
      const log = await callOk(s, 'records.log', { studentId: a.id })
      expect(log.map((l) => l.action)).toContain('record export failed')
    },
  )
})

describe('retention', () => {
  it('previews exactly what it would delete, then deletes only that', async () => {
    const db = s.ctx.clients
    const old = await callOk(s, 'students.create', { name: 'Old Graduate', status: 'graduated' })
    const recent = await callOk(s, 'students.create', { name: 'Recent Graduate', status: 'graduated' })
    await callOk(s, 'students.create', { name: 'Still Here' })
    db.prepare(`UPDATE students SET graduated_on = '2018-06-01' WHERE id = ?`).run(old.id)
    expect((await callOk(s, 'retention.preview', {})).students).toEqual([])
    await callOk(s, 'retention.set', { years: 5 })
    const p = await callOk(s, 'retention.preview', {})
    expect(p.students.map((x) => x.name)).toEqual(['Old Graduate'])
    expect(await s.call('retention.apply', { expectCount: 2 })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await callOk(s, 'retention.apply', { expectCount: 1 })).toEqual({ deleted: 1 })
    const left = (await callOk(s, 'students.list', {})).map((x) => x.id)
    expect(left).toContain(recent.id)
    expect(left).not.toContain(old.id)
    const log = await callOk(s, 'records.deletionLog', {})
    expect(log[0]?.reason).toBe('retention')
  })
})

describe('CSV import', () => {
  it('reports every bad row by line and imports nothing from a failed file', async () => {
    await callOk(s, 'students.create', { name: 'Existing', school: 'Lincoln High', studentNumber: '500' })
    const bad = [
      'name,grade,student number',
      'José Núñez,11,100',
      ',10,101',
      'Zoë Smith,14,102',
      'Ann Lee,9,100',
      'Bo Kim,nine,103',
      'Cy Young,10,500',
    ].join('\n')
    const r = await callOk(s, 'students.import', { csv: bad, school: 'Lincoln High' })
    expect(r.imported).toBe(0)
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7])
    expect(r.problems.find((p) => p.line === 5)?.message).toContain('line 2')
    expect(await callOk(s, 'students.list', {})).toHaveLength(1)
    const good = '\uFEFFStudent Name,Grade,Student_Number\r\n"Núñez, José",11,100\r\nZoë Smith,9,101\r\n'
    expect(await callOk(s, 'students.import', { csv: good, school: 'Lincoln High' })).toEqual({
      imported: 2,
      problems: [],
    })
    expect((await callOk(s, 'students.list', { q: 'nunez' }))[0]).toMatchObject({
      name: 'Núñez, José',
      grade: 11,
      studentNumber: '100',
    })
    // Mis-decoded text (a Windows-1252 file read as UTF-8) is refused, not stored as "Jos�".
    const misread = 'name,grade,student number\nJos\uFFFD Ruiz,10,700\n'
    for (const method of ['students.import', 'students.importColumns'] as const)
      expect(await s.call(method, { csv: misread })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        message: 'Some characters in the file could not be read (line 2).',
      })
    // An SIS "all fields" export: 260 columns, mapped as the import screen sends them (one per column).
    const extra = Array.from({ length: 256 }, (_, i) => `Field ${i}`)
    const wide = [
      ['Student ID', 'Last Name', 'First Name', 'Grade Level', ...extra].join(','),
      ['900', 'Okafor', 'Ada', '10', ...extra.map(() => 'x')].join(','),
    ].join('\n')
    const cols = await callOk(s, 'students.importColumns', { csv: wide })
    expect(cols.columns).toHaveLength(260)
    expect(
      await callOk(s, 'students.import', { csv: wide, mapping: cols.columns.map((c) => c.field) }),
    ).toEqual({ imported: 1, problems: [] })
    expect(await s.call('students.import', { csv: 'first,last\nA,B' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    })
  })
})

describe('backups', () => {
  it('round-trips real content through a backup and a restore', async () => {
    const a = await callOk(s, 'students.create', jose)
    await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-01',
      durationMin: 30,
      purpose: 'Career exploration',
      recordNotes: 'Before the backup.',
    })
    await callOk(s, 'saved.add', { studentId: a.id, code: MRS.code })
    await callOk(s, 'disclosures.record', {
      studentId: a.id,
      recipient: 'Ana',
      what: 'Plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    const backup = await callOk(s, 'backups.create', {})
    // Work after the backup that the restore must take away.
    await callOk(s, 'students.create', { name: 'After Backup' })
    await callOk(s, 'sessions.create', {
      studentId: a.id,
      date: '2026-10-02',
      durationMin: 20,
      purpose: 'Follow-up',
      recordNotes: 'After the backup.',
    })
    const r = await callOk(s, 'backups.restore', {
      fileName: backup.fileName,
    })
    expect(r.safetyCopy).toContain('prerestore')
    const list = await callOk(s, 'students.list', {})
    expect(list.map((x) => x.name)).toEqual(['José Núñez'])
    const sessions = await callOk(s, 'sessions.list', { studentId: a.id })
    expect(sessions.map((x) => x.recordNotes)).toEqual(['Before the backup.'])
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({
      ok: true,
      checked: 1,
    })
    // The restored file is live: writes land in it and survive a reopen.
    await callOk(s, 'students.create', { name: 'After Restore' })
    const listing = await callOk(s, 'backups.list', {})
    expect(listing.backups.map((b) => b.fileName)).toContain(r.safetyCopy)
  })

  it('keeps only the newest N and refuses a damaged backup', async () => {
    await callOk(s, 'backups.setKeep', { keep: 2 })
    for (let i = 0; i < 4; i++) {
      s.ctx.now = () => new Date(Date.parse('2026-11-01T10:00:00Z') + i * 60_000)
      await callOk(s, 'backups.create', {})
    }
    const { backups } = await callOk(s, 'backups.list', {})
    expect(backups.filter((b) => !b.fileName.includes('prerestore'))).toHaveLength(2)
    const { writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    writeFileSync(join(s.dataDir, 'backups', 'clients-2026-01-01T00-00-00-000Z.sqlite'), 'not a database')
    const bad = await s.call('backups.restore', { fileName: 'clients-2026-01-01T00-00-00-000Z.sqlite' })
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('cannot be restored') })
    expect(await s.call('backups.restore', { fileName: '../clients.sqlite' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    })
  })
})
