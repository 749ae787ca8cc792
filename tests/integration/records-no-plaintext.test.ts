import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { openClientsReadonly } from '../../electron/services/db/clients'
import { isPlaintextSqlite } from '../../electron/services/db/sqlite'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { deleteStudent } from '../../electron/services/students/students'
import { okCaller } from '../support/call-ok'
import { RESOURCES, tempDir } from '../support/tmp'

const NAME = 'Nadia Plaintextcheck'
let t: ReturnType<typeof tempDir>
let s: Services
const keyStore = () => new PlainFileKeyStore(join(t.dir, 'records.key'))
const open = (key = true) =>
  createServices({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    appVersion: 't',
    ...(key ? { keyStore: keyStore() } : {}),
  })
const value = okCaller(() => s)
const backups = () => readdirSync(join(t.dir, 'backups')).filter((f) => f.endsWith('.sqlite'))
const anyBackupHas = (text: string) =>
  backups().some((f) => readFileSync(join(t.dir, 'backups', f)).includes(Buffer.from(text)))

beforeEach(() => {
  t = tempDir()
})
afterEach(() => {
  s?.close()
  t.cleanup()
})

describe('no plaintext copies of the records', () => {
  it('encrypts the backups of a folder used unencrypted on its first encrypted start', async () => {
    s = await open(false)
    await value('students.create', { name: NAME })
    await value('backups.create', {})
    s.close()
    expect(anyBackupHas('Plaintextcheck')).toBe(true)

    s = await open(true)
    expect(backups().length).toBeGreaterThanOrEqual(2)
    for (const f of backups()) expect(isPlaintextSqlite(join(t.dir, 'backups', f))).toBe(false)
    expect(anyBackupHas('Plaintextcheck')).toBe(false)
    // Still listed and restorable with the records key.
    const { backups: listed } = await value('backups.list', {})
    await value('students.create', { name: 'After Encryption' })
    await value('backups.restore', { fileName: listed.at(-1)!.fileName })
    const names = (await value('students.list', {})).map((x) => x.name)
    expect(names).toEqual([NAME])
  })

  it('keeps the records’ temporary tables in memory', async () => {
    s = await open()
    expect(s.ctx.clients.pragma('temp_store', { simple: true })).toBe(2)
  })

  it('writes generated files owner-only and removes them after saving and at quit', async () => {
    s = await open()
    const st = await value('students.create', { name: NAME })
    const exported = await value('records.export', {
      studentId: st.id,
      recipient: 'Parent',
      basis: 'parent_or_eligible_student',
      purpose: 'Inspection',
    })
    const path = s.ctx.files.get(exported.fileId).path
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(statSync(s.ctx.files.dir).mode & 0o777).toBe(0o700)
    s.ctx.files.discard(exported.fileId)
    expect(existsSync(path)).toBe(false)
    expect(
      await s.call('records.export', {
        studentId: st.id,
        recipient: 'Parent',
        basis: 'parent_or_eligible_student',
        purpose: 'Again',
      }),
    ).toMatchObject({ ok: true })
    const dir = s.ctx.files.dir
    expect(readdirSync(dir)).toHaveLength(1)
    s.close()
    expect(existsSync(dir)).toBe(false)
  })

  it('removes a deleted student from every backup, not only from the live records', async () => {
    s = await open(false) // unencrypted, so the bytes of each backup can be searched
    const st = await value('students.create', { name: NAME })
    await value('students.create', { name: 'Kept Student' })
    await value('backups.create', {})
    expect(anyBackupHas('Plaintextcheck')).toBe(true)
    await value('students.delete', { id: st.id, confirmName: NAME })
    expect(anyBackupHas('Plaintextcheck')).toBe(false)
    expect(anyBackupHas('Kept Student')).toBe(true)
  })

  it('finishes removing a deleted student from the backups on the next start after a crash', async () => {
    s = await open(false)
    const st = await value('students.create', { name: NAME })
    await value('backups.create', {})
    // The deletion committed, then the app died before the backups were scrubbed.
    deleteStudent(s.ctx, st.id, 'counselor', NAME)
    expect(anyBackupHas('Plaintextcheck')).toBe(true)
    s.close()
    s = await open(false)
    expect(anyBackupHas('Plaintextcheck')).toBe(false)
  })

  it('removes students deleted by the retention rule from encrypted backups too', async () => {
    s = await open()
    await value('students.create', { name: NAME, status: 'graduated', graduatedOn: '2019-06-01' })
    await value('backups.create', {})
    await value('retention.set', { years: 5 })
    await value('retention.apply', { expectCount: 1 })
    for (const f of backups()) {
      const db = openClientsReadonly(join(t.dir, 'backups', f), s.ctx.clientsKey)
      expect(db.prepare('SELECT count(*) AS n FROM students').get()).toEqual({ n: 0 })
      db.close()
    }
  })
})
