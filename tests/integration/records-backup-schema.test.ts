import { copyFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { backupDir, validateBackup } from '../../electron/services/students/backups'
import type { BackupInfo } from '../../shared/domain/students'
import { callOk } from '../support/call-ok'
import { RESOURCES, tempDir } from '../support/tmp'
import { studentServices, type TestServices } from './students-fixture'

/*
 * A backup is a whole records file, and whoever can drop a file into the backups folder can
 * offer one (a plaintext one is even encrypted for them at the next start). Its schema must be
 * exactly what this app made at that version: one extra trigger could silently swallow every
 * later disclosure-log entry or deletion once it is restored.
 */

let s: TestServices
beforeEach(async () => {
  s = await studentServices()
})
afterEach(() => s.cleanup())

const FIXTURES = resolve(__dirname, '../fixtures/clients')

/** Writes a plaintext copy of a backup with `sql` run on it, under a name the list shows. */
function planted(backup: BackupInfo, sql: string): string {
  const fileName = backup.fileName.replace('.sqlite', '-planted.sqlite')
  const file = join(backupDir(s.ctx), fileName)
  copyFileSync(join(backupDir(s.ctx), backup.fileName), file)
  const db = new Database(file)
  db.exec(sql)
  db.close()
  return fileName
}

describe('restoring a backup whose schema was altered', () => {
  const cases: [string, string][] = [
    [
      'a trigger that swallows later disclosure-log entries',
      `CREATE TRIGGER quiet BEFORE INSERT ON disclosures BEGIN SELECT RAISE(IGNORE); END;`,
    ],
    ['a dropped append-only trigger', 'DROP TRIGGER deletion_log_no_delete;'],
    ['an extra table', 'CREATE TABLE notes_copy (body TEXT);'],
    ['a view', 'CREATE VIEW everyone AS SELECT * FROM students;'],
  ]
  it.each(cases)('refuses %s, before and at the restore, and changes nothing', async (_, sql) => {
    const jose = await callOk(s, 'students.create', { name: 'José Núñez' })
    const backup = await callOk(s, 'backups.create', {})
    const fileName = planted(backup, sql)
    const refused = { ok: false, code: 'BACKUP_INVALID' }
    expect(await s.call('backups.preview', { fileName })).toMatchObject(refused)
    expect(await s.call('backups.restore', { fileName })).toMatchObject(refused)
    await callOk(s, 'disclosures.record', {
      studentId: jose.id,
      recipient: 'Ana Núñez (mother)',
      what: 'Career plan',
      purpose: 'Review',
      basis: 'parent_or_eligible_student',
    })
    expect(await callOk(s, 'disclosures.list', { studentId: jose.id })).toHaveLength(1)
    expect(await callOk(s, 'backups.list', {})).toMatchObject({ restores: [] })
  })

  it('accepts the records of every schema version this app has made', () => {
    for (const f of readdirSync(FIXTURES).filter((x) => /^v\d+\.sqlite$/.test(x)))
      expect(() => validateBackup(join(FIXTURES, f), null), f).not.toThrow()
  })
})

describe('the live records file altered with a SQLite tool', () => {
  it.each([
    [
      'a trigger that swallows new disclosure-log entries',
      'CREATE TRIGGER quiet BEFORE INSERT ON disclosures BEGIN SELECT RAISE(IGNORE); END;',
    ],
    ['a dropped append-only trigger', 'DROP TRIGGER disclosures_append_only_delete;'],
  ])('makes verify report %s', async (_, sql) => {
    const jose = await callOk(s, 'students.create', { name: 'José Núñez' })
    expect(await callOk(s, 'disclosures.verify', {})).toMatchObject({ ok: true })
    s.ctx.clients.exec(sql)
    for (const input of [{}, { studentId: jose.id }]) {
      const v = await callOk(s, 'disclosures.verify', input)
      expect(v.ok).toBe(false)
      expect(v.problems.map((p) => p.problem).join(' ')).toMatch(/tables or triggers were changed/)
    }
  })
})

describe('a damaged or foreign file among encrypted backups', () => {
  it('is refused as an invalid backup, not as a key that does not open the records', async () => {
    const t = tempDir()
    const keyStore = new PlainFileKeyStore(join(t.dir, 'test.key'))
    const e = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', keyStore })
    try {
      await e.call('backups.create', {})
      const fileName = 'clients-2026-01-01T00-00-00-000Z.sqlite'
      writeFileSync(join(backupDir(e.ctx), fileName), Buffer.alloc(8192, 7))
      for (const method of ['backups.preview', 'backups.restore'])
        expect(await e.call(method, { fileName })).toMatchObject({ ok: false, code: 'BACKUP_INVALID' })
    } finally {
      e.close()
      t.cleanup()
    }
  })
})

describe('a backup count edited in the records file', () => {
  it.each(['abc', '0', '-3'])('keeps the backups when backup_keep reads %s', async (bad) => {
    await callOk(s, 'backups.create', {})
    s.ctx.clients.prepare(`UPDATE records_settings SET value = ? WHERE key = 'backup_keep'`).run(bad)
    s.ctx.clients
      .prepare(`INSERT OR IGNORE INTO records_settings (key, value) VALUES ('backup_keep', ?)`)
      .run(bad)
    const made = await s.call('backups.create', {})
    expect(made).toMatchObject({ ok: true })
    const list = await callOk(s, 'backups.list', {})
    expect(list.keep).toBe(10)
    expect(list.backups.length).toBeGreaterThanOrEqual(2)
  })
})
