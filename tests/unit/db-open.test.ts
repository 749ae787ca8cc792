import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { clientsMigrations } from '../../electron/services/db/migrations/clients'
import { latestVersion, openDatabase } from '../../electron/services/db/open'
import { tempDir } from '../support/tmp'

describe('openDatabase', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())

  it('migrates a new file to the newest schema in WAL mode', () => {
    const db = openDatabase(join(t.dir, 'a.sqlite'), {
      label: 'student records',
      migrations: clientsMigrations,
    })
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(clientsMigrations))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('refuses a file written by a newer app and leaves it untouched', () => {
    const file = join(t.dir, 'newer.sqlite')
    const raw = new Database(file)
    raw.exec('CREATE TABLE keep (x); INSERT INTO keep VALUES (1)')
    raw.pragma('user_version = 999')
    raw.close()
    expect(() => openDatabase(file, { label: 'student records', migrations: clientsMigrations })).toThrow(
      /newer version of Career Atlas/,
    )
    const after = new Database(file, { readonly: true })
    expect(after.pragma('user_version', { simple: true })).toBe(999)
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete')
    after.close()
  })
})
