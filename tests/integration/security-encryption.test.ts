import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { RESOURCES, tempDir } from '../support/tmp'

const NAME = 'José Núñez-Encryptiontest'

/** Every byte the app wrote for the records: the database and its WAL/SHM and backups. */
function recordBytes(dir: string): Buffer {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /clients|backup/i.test(join(f.parentPath, f.name)))
    .map((f) => join(f.parentPath, f.name))
  expect(files.length).toBeGreaterThan(0)
  return Buffer.concat(files.map((f) => readFileSync(f)))
}

describe('student records at rest', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  const keyStore = new PlainFileKeyStore(join(t.dir, 'test.key'))

  it('are encrypted: no student name appears anywhere in the files on disk', async () => {
    const s = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', keyStore })
    const r = await s.call('students.create', { name: NAME, school: 'Westfield High' })
    expect(r.ok).toBe(true)
    const bytes = recordBytes(t.dir)
    s.close()
    const after = recordBytes(t.dir)
    for (const b of [bytes, after]) {
      expect(b.includes(Buffer.from('Encryptiontest', 'utf8'))).toBe(false)
      expect(b.includes(Buffer.from('Westfield', 'utf8'))).toBe(false)
      expect(b.includes(Buffer.from('SQLite format 3', 'latin1'))).toBe(false)
    }
  })

  it('stay encrypted in backups, which restore with the same key', async () => {
    const s = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', keyStore })
    const made = await s.call('backups.create', {})
    expect(made.ok).toBe(true)
    await s.call('students.create', { name: 'Added After Backup' })
    const fileName = made.ok ? (made.value as { fileName: string }).fileName : ''
    const restored = await s.call('backups.restore', { fileName })
    expect(restored.ok).toBe(true)
    const names = await s.call('students.list', {})
    s.close()
    expect(JSON.stringify(names)).toContain('Encryptiontest')
    expect(JSON.stringify(names)).not.toContain('Added After Backup')
    expect(recordBytes(t.dir).includes(Buffer.from('Encryptiontest', 'utf8'))).toBe(false)
  })

  it('cannot be read without the key', () => {
    const db = new Database(join(t.dir, 'clients.sqlite'), { readonly: true })
    expect(() => db.prepare('SELECT * FROM students').all()).toThrow()
    db.close()
  })

  it('open again with the key, with the record intact', async () => {
    const s = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', keyStore })
    const list = await s.call('students.list', { q: 'Núñez' })
    s.close()
    expect(list.ok && (list.value as { name: string }[]).map((x) => x.name)).toEqual([NAME])
  })

  it('refuse a wrong key with a message, without changing the file', async () => {
    const before = readFileSync(join(t.dir, 'clients.sqlite'))
    const wrong = new PlainFileKeyStore(join(t.dir, 'other.key'))
    await expect(
      createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', keyStore: wrong }),
    ).rejects.toThrow(/could not be opened with this computer/)
    expect(readFileSync(join(t.dir, 'clients.sqlite')).equals(before)).toBe(true)
  })

  it('encrypts an existing unencrypted record file when encryption is turned on', async () => {
    const u = tempDir()
    try {
      const plain = await createServices({ dataDir: u.dir, resourcesDir: RESOURCES, appVersion: 't' })
      await plain.call('students.create', { name: NAME })
      plain.close()
      expect(readFileSync(join(u.dir, 'clients.sqlite')).includes(Buffer.from('Encryptiontest'))).toBe(true)
      const store = new PlainFileKeyStore(join(u.dir, 'k'))
      const enc = await createServices({
        dataDir: u.dir,
        resourcesDir: RESOURCES,
        appVersion: 't',
        keyStore: store,
      })
      const list = await enc.call('students.list', {})
      enc.close()
      expect(list.ok && (list.value as unknown[]).length).toBe(1)
      expect(readFileSync(join(u.dir, 'clients.sqlite')).includes(Buffer.from('Encryptiontest'))).toBe(false)
    } finally {
      u.cleanup()
    }
  })
})
