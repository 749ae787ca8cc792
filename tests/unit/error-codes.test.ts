import { fork } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openClientsDatabase } from '../../electron/services/db/clients'
import { diskError } from '../../electron/services/packs/install/durable'
import { callWorker } from '../../electron/services/packs/jobs/worker'
import { validateBackup } from '../../electron/services/students/backups'
import { UserError } from '../../shared/errors'
import { tempDir } from '../support/tmp'

/** Each failure has its own code (LOCKED used to mean four things), a message and a fix. */
describe('one error code per meaning', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  const caught = (f: () => unknown): UserError => {
    try {
      f()
    } catch (e) {
      if (e instanceof UserError) return e
      throw e
    }
    throw new Error('nothing was thrown')
  }

  it('no write permission is NO_ACCESS, not LOCKED', () => {
    const e = diskError(
      Object.assign(new Error('EACCES'), { code: 'EACCES' }),
      '/x/catalog.sqlite',
    ) as UserError
    expect(e).toMatchObject({ code: 'NO_ACCESS', message: expect.stringMatching(/may not write/) })
    expect(e.fix).toMatch(/write access/)
  })

  it('a key that does not open the records is KEY_MISMATCH, not LOCKED', () => {
    const file = join(t.dir, 'records.sqlite')
    openClientsDatabase(file, Buffer.alloc(32, 1)).close()
    const e = caught(() => openClientsDatabase(file, Buffer.alloc(32, 2)))
    expect(e.code).toBe('KEY_MISMATCH')
    expect(e.fix).toMatch(/restore a backup|computer/)
  })

  it('a file that is not a backup is BACKUP_INVALID, not PACK_INVALID', () => {
    const file = join(t.dir, 'not-a-backup.sqlite')
    writeFileSync(file, 'hello')
    const e = caught(() => validateBackup(file, null))
    expect(e.code).toBe('BACKUP_INVALID')
    expect(e.message).toMatch(/backup cannot be restored/)
  })

  it('a backup whose schema steps differ from this app’s is BACKUP_INVALID (restoring it would lock the records out)', () => {
    const file = join(t.dir, 'other-build.sqlite')
    openClientsDatabase(file, null).close()
    const raw = new Database(file)
    raw.prepare("UPDATE applied_migrations SET sha256 = 'edited' WHERE version = 13").run()
    raw.close()
    const e = caught(() => validateBackup(file, null))
    expect(e.code).toBe('BACKUP_INVALID')
    expect(e.message).toMatch(/different build of Career Atlas/)
  })

  it('a pack worker that dies is WORKER_FAILED (not CANCELLED, not an internal error)', async () => {
    const dies = () => {
      const child = fork('-e', ['process.exit(3)'], {
        execArgv: [],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      })
      return { child, stderr: () => '' }
    }
    const failure = await callWorker({ type: 'check-previous', dataDir: t.dir }, { spawn: dies }).catch(
      (e: unknown) => e,
    )
    expect(failure).toBeInstanceOf(UserError)
    expect(failure).toMatchObject({ code: 'WORKER_FAILED', message: expect.stringMatching(/exit code 3/) })
    expect((failure as UserError).fix).toMatch(/not changed/)
  })
})
