import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../electron/cli/pack'
import { createServices } from '../../electron/services'
import { isPlaintextSqlite } from '../../electron/services/db/sqlite'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { makeMiniPack } from '../support/mini-pack'
import { seedStudents } from '../support/pack-fixtures'
import { RESOURCES, tempDir } from '../support/tmp'

/** Runs `npm run pack -- …` in-process and collects what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const stream = (add: (s: string) => void) => ({ write: (s: string) => add(s), isTTY: false })
  const code = await main(argv, {
    out: stream((s) => {
      out += s
    }) as unknown as typeof process.stdout,
    err: stream((s) => {
      err += s
    }) as unknown as typeof process.stderr,
  })
  return { code, out, err }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/*
 * The desktop app encrypts clients.sqlite with a key only it can unwrap (the OS keychain). The
 * CLI used to open the records anyway and failed with "file is not a database".
 */
describe('npm run pack -- install|rollback in an encrypted data folder', () => {
  const t = tempDir()
  const data = join(t.dir, 'data folder')
  const keyFile = join(t.dir, 'records.key')
  const records = join(data, 'clients.sqlite')
  beforeAll(async () => {
    const s = await createServices({
      dataDir: data,
      resourcesDir: RESOURCES,
      appVersion: 't',
      keyStore: new PlainFileKeyStore(keyFile),
    })
    seedStudents(s.ctx.clients, [{ student: 'Ana Lima', code: '15-1201.00', title: 'Test Occupation 2' }])
    s.close()
    expect(isPlaintextSqlite(records)).toBe(false)
  })
  afterAll(() => t.cleanup())

  it('installs the catalog without opening the records', async () => {
    const before = sha(records)
    const pack = makeMiniPack(join(t.dir, 'first.capack'), { count: 5, name: 'First pack' })
    const r = await cli('install', pack, '--data-dir', data)
    expect(r.err).not.toMatch(/not a database/)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Installed “First pack”: 5 occupations/)
    expect(r.out).toMatch(/Student records were not opened .*--key-file/)
    expect(sha(records)).toBe(before)
  })

  it('rolls back the catalog without opening the records', async () => {
    const before = sha(records)
    const r = await cli('rollback', '--data-dir', data)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Installed “.+”/)
    expect(sha(records)).toBe(before)
  })

  it('with --key-file, opens the records and reports what changed for saved careers', async () => {
    const pack = makeMiniPack(join(t.dir, 'second.capack'), {
      name: 'Second pack',
      occupations: [{ code: '15-1200.00', title: 'Test Occupation 1' }],
    })
    const r = await cli('install', pack, '--data-dir', data, '--key-file', keyFile)
    expect(r.err).toBe(`Data folder: ${data}\n`)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/What changed: 1 of 1 saved careers, for 1 student/)
  })

  it('refuses a key that does not open the records, naming the problem, nothing changed', async () => {
    const wrong = join(t.dir, 'wrong.key')
    writeFileSync(wrong, 'ab'.repeat(32))
    const before = sha(records)
    const r = await cli('rollback', '--data-dir', data, '--key-file', wrong)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/could not be opened with this computer’s key/)
    expect(sha(records)).toBe(before)
  })
})

describe('npm run pack -- check', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())

  it('finds a planted search index without touching the file it checks', async () => {
    const planted = makeMiniPack(join(t.dir, 'planted.capack'), {
      count: 4,
      after: (db) => db.exec("UPDATE search_names SET alternate = 'Nurse'"),
    })
    const before = sha(planted)
    const r = await cli('check', planted)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/planted\.capack” cannot be installed: its search index files “Nurse” under/)
    expect(sha(planted)).toBe(before)
    const good = makeMiniPack(join(t.dir, 'good.capack'), { count: 4 })
    expect(await cli('check', good)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/valid data pack: 4/),
    })
  })
})
