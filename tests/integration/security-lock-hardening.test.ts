import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { hashPasscode } from '../../electron/services/security/passcode'
import type { AppEvent } from '../../shared/events'
import { RESOURCES, tempDir } from '../support/tmp'

const PASS = 'river-stone-42'
let t: ReturnType<typeof tempDir>
let clock: number
let s: Services
const now = () => new Date(clock)
const open = () => createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', now })

beforeEach(async () => {
  t = tempDir()
  clock = new Date('2026-11-26T09:00:00Z').getTime()
  s = await open()
  await s.call('settings.setPasscode', { next: PASS })
})
afterEach(() => {
  s.close()
  t.cleanup()
})

const message = (r: Awaited<ReturnType<Services['call']>>) => (r.ok ? 'unlocked' : r.message)

describe('unlocking', () => {
  it('runs parallel guesses one at a time, so the wait applies to each of them', async () => {
    await s.call('settings.lock', {})
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => s.call('settings.unlock', { passcode: `guess-${i}` })),
    )
    const judged = answers.filter((r) => message(r).startsWith('That passcode is not right'))
    const refused = answers.filter((r) => message(r).startsWith('Too many wrong passcodes'))
    // Two free typos, the third wrong try starts the wait: everything after it is refused unseen.
    expect(judged).toHaveLength(3)
    expect(refused).toHaveLength(13)
    expect(message(answers[2]!)).toContain('Wait 2 seconds')
  })

  it('keeps the wait across a restart, even for the right passcode', async () => {
    for (const guess of ['a-wrong-1', 'a-wrong-2', 'a-wrong-3', 'a-wrong-4']) {
      await s.call('settings.unlock', { passcode: guess })
      clock += 60_000
    }
    await s.call('settings.unlock', { passcode: 'a-wrong-5' }) // 5th wrong: 8 s wait
    s.close()
    s = await open()
    expect(message(await s.call('settings.unlock', { passcode: PASS }))).toMatch(/Try again in 8 seconds/)
    clock += 8_000
    expect(await s.call('settings.unlock', { passcode: PASS })).toMatchObject({ ok: true })
    // A success clears the count: the next typo is free again.
    await s.call('settings.lock', {})
    expect(message(await s.call('settings.unlock', { passcode: 'typo-here' }))).toBe(
      'That passcode is not right.',
    )
  })

  it('hashes with scrypt N ≥ 2^17 and upgrades an older 2^15 hash on the next unlock', async () => {
    const stored = () =>
      JSON.parse(
        (
          s.ctx.clients.prepare(`SELECT value FROM app_settings WHERE key = 'passcode'`).get() as {
            value: string
          }
        ).value,
      ) as { N?: number }
    expect(stored().N).toBeGreaterThanOrEqual(2 ** 17)
    // A hash written by the previous version: no N, cost 2^15.
    const { scryptSync, randomBytes } = await import('node:crypto')
    const salt = randomBytes(16)
    const old = {
      salt: salt.toString('hex'),
      hash: scryptSync(PASS, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex'),
    }
    s.ctx.clients.prepare(`UPDATE app_settings SET value = ? WHERE key = 'passcode'`).run(JSON.stringify(old))
    await s.call('settings.lock', {})
    expect(await s.call('settings.unlock', { passcode: PASS })).toMatchObject({ ok: true })
    expect(stored().N).toBe(2 ** 17)
    expect(typeof (await hashPasscode('x'.repeat(6))).N).toBe('number')
  })
})

describe('locking', () => {
  it('tells the window at once when it locks, on request or when idle', async () => {
    const events: AppEvent[] = []
    s.ctx.events.subscribe((e) => events.push(e))
    await s.call('settings.lock', {})
    await s.call('settings.unlock', { passcode: PASS })
    expect(events).toEqual([
      { type: 'lock.changed', locked: true },
      { type: 'lock.changed', locked: false },
    ])
    await s.call('settings.unlock', { passcode: PASS })
    await s.call('settings.setAutoLock', { minutes: 5 })
    // Typing in the window is activity: 4 + 4 minutes with a keystroke between stay open.
    clock += 4 * 60_000
    expect(await s.call('settings.activity', {})).toMatchObject({ ok: true })
    clock += 4 * 60_000
    expect(s.lock.tick()).toBe(false)
    // Then nothing for over 5 minutes: the idle check locks and pushes the event, no call needed.
    clock += 5 * 60_000 + 1
    expect(s.lock.tick()).toBe(true)
    expect(events.at(-1)).toEqual({ type: 'lock.changed', locked: true })
  })
})
