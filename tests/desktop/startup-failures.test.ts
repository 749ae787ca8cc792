import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import CipherDatabase from 'better-sqlite3-multiple-ciphers'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { type Desktop, type Install, install, type LaunchOptions, launch } from './launch'

type SafeStorage = {
  encryptString: (s: string) => Buffer
  decryptString: (b: Buffer) => string
}

/**
 * Start-up failures a counselor can meet: each shows a dialog that says what happened and what
 * to do, ends the process (so the single-instance lock goes with it), and once the cause is gone
 * the next launch opens the app as usual.
 */
describe('start-up failures', () => {
  let inst: Install
  let browser: Browser
  let userData: string
  let running: Desktop | null = null
  const start = async (o: Partial<LaunchOptions> = {}) => {
    running = await launch(inst, browser, { userData, ...o })
    return running
  }
  const stop = async () => {
    await running?.quit()
    running = null
  }
  const dataFile = (name: string) => join(userData, 'data', name)
  const errorDialog = (app: Desktop) =>
    app.standIn.recorded('message-box').find((m) => m.title === 'Career Atlas could not start')

  /** A launch that must open the main window: the cause is gone and the lock was released. */
  const expectOpens = async (o: Partial<LaunchOptions> = {}) => {
    const app = await start(o)
    expect(app.standIn.exitCode, 'the app is still running').toBeNull()
    await app.page!.getByRole('combobox').waitFor()
    await stop()
  }

  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    userData = join(inst.root, 'home', 'Counselor Ñ')
    const app = await start()
    await app.page!.getByRole('combobox').waitFor()
    await stop()
  })
  afterAll(async () => {
    await running?.quit()
    await browser?.close()
    inst?.cleanup()
  })

  it('keychain locked or unavailable: says to log in so it unlocks, exits, then opens', async () => {
    const app = await start({ safeStorage: { available: false } })
    expect(app.page).toBeNull()
    expect(app.standIn.exitCode).toBe(1)
    const d = errorDialog(app)!
    expect(d.message).toMatch(/keychain is not available/)
    expect(d.detail).toMatch(/keyring .* unlocked/)
    await stop()
    await expectOpens()
  })

  it('a keychain that cannot unwrap the key (another account, a reset): says where the records open', async () => {
    const app = await start({ safeStorage: { machineSecret: 'another account' } })
    expect(app.standIn.exitCode).toBe(1)
    const d = errorDialog(app)!
    expect(d.message).toMatch(/could not unlock the key to the student records/)
    expect(d.detail).toMatch(/computer and user account that created these records/)
    await stop()
    await expectOpens()
  })

  it('a key that does not open the records: refuses without touching them', async () => {
    const ss = (await start()).standIn.module().safeStorage as SafeStorage
    await stop()
    const keyFile = dataFile('clients.key')
    const good = readFileSync(keyFile)
    const records = readFileSync(dataFile('clients.sqlite'))
    writeFileSync(keyFile, ss.encryptString(randomBytes(32).toString('hex')))
    const app = await start()
    expect(app.standIn.exitCode).toBe(1)
    expect(errorDialog(app)!.message).toMatch(/could not be opened with this computer’s key/)
    expect(readFileSync(dataFile('clients.sqlite')).equals(records)).toBe(true)
    await stop()
    writeFileSync(keyFile, good)
    await expectOpens()
  })

  it('records written by a newer Career Atlas: says to install the newest version, changes nothing', async () => {
    const ss = (await start()).standIn.module().safeStorage as SafeStorage
    await stop()
    const key = ss.decryptString(readFileSync(dataFile('clients.key')))
    const setVersion = (v: number | null) => {
      const db = new CipherDatabase(dataFile('clients.sqlite'))
      db.pragma(`hexkey='${key}'`)
      const was = db.pragma('user_version', { simple: true }) as number
      if (v !== null) db.pragma(`user_version = ${v}`)
      db.close()
      return was
    }
    const current = setVersion(9999)
    const app = await start()
    expect(app.standIn.exitCode).toBe(1)
    const d = errorDialog(app)!
    expect(d.message).toMatch(/written by a newer version of Career Atlas/)
    expect(d.detail).toMatch(/Install the newest Career Atlas/)
    await stop()
    expect(setVersion(null)).toBe(9999)
    setVersion(current)
    await expectOpens()
  })

  it('no keyring on Linux (basic_text): refused unless the counselor accepts, and the choice is kept', async () => {
    const fresh = join(inst.root, 'home', 'No Keyring')
    const quit = await launch(inst, browser, {
      userData: fresh,
      safeStorage: { backend: 'basic_text' },
      dialogs: { message: () => 0 },
    })
    running = quit
    expect(quit.standIn.exitCode).toBe(1)
    const warning = quit.standIn.recorded('message-box')
    expect(warning.map((m) => m.title)).toEqual(['No system keychain'])
    expect(warning[0]!.detail).toMatch(/only obscured/)
    expect(existsSync(join(fresh, 'data', 'clients.sqlite')), 'no records were created').toBe(false)
    await stop()

    const accepted = await launch(inst, browser, {
      userData: fresh,
      safeStorage: { backend: 'basic_text' },
      dialogs: { message: (o) => (o.buttons ?? []).indexOf('Continue without a keychain') },
    })
    running = accepted
    await accepted.page!.getByRole('combobox').waitFor()
    await stop()
    // Accepted once: the next start does not ask again.
    const again = await launch(inst, browser, { userData: fresh, safeStorage: { backend: 'basic_text' } })
    running = again
    await again.page!.getByRole('combobox').waitFor()
    expect(again.standIn.recorded('message-box')).toEqual([])
    await stop()
  })

  it('writes what went wrong to the error log in the data folder, without the records’ contents', () => {
    const log = readFileSync(dataFile('logs/error.log'), 'utf8')
    expect(log).toMatch(/\[start-up\] Career Atlas \d+\.\d+\.\d+/)
    expect(log).toMatch(/StartupError: .*keychain/)
    expect(log).toMatch(/DB_TOO_NEW/)
  })
})
