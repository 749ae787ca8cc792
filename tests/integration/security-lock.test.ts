import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { RESOURCES, tempDir } from '../support/tmp'

describe('the app lock', () => {
  const t = tempDir()
  let clock = new Date('2026-11-26T09:00:00Z').getTime()
  let s: Services
  const now = () => new Date(clock)
  beforeAll(async () => {
    s = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', now })
    await s.call('students.create', { name: 'Ana Lima' })
  })
  afterAll(() => {
    s.close()
    t.cleanup()
  })

  it('cannot lock before a passcode exists', async () => {
    expect(await s.call('settings.lock', {})).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('once locked, reveals nothing until the right passcode is given', async () => {
    expect((await s.call('settings.setPasscode', { next: 'river-stone-42' })).ok).toBe(true)
    expect((await s.call('settings.lock', {})).ok).toBe(true)
    const refused = await s.call('students.list', {})
    expect(refused).toMatchObject({ ok: false, code: 'LOCKED' })
    expect(JSON.stringify(refused)).not.toContain('Ana Lima')
    expect(await s.call('settings.unlock', { passcode: 'wrong-guess' })).toMatchObject({
      ok: false,
      code: 'WRONG_PASSCODE',
    })
    expect(await s.call('students.list', {})).toMatchObject({ ok: false, code: 'LOCKED' })
    expect(await s.call('settings.unlock', { passcode: 'river-stone-42' })).toMatchObject({ ok: true })
    const list = await s.call('students.list', {})
    expect(JSON.stringify(list)).toContain('Ana Lima')
  })

  it('locks itself after the chosen idle time, and status polls do not keep it open', async () => {
    await s.call('settings.setAutoLock', { minutes: 5 })
    clock += 4 * 60_000
    await s.call('settings.lockStatus', {})
    clock += 2 * 60_000
    expect(await s.call('students.list', {})).toMatchObject({ ok: false, code: 'LOCKED' })
    await s.call('settings.unlock', { passcode: 'river-stone-42' })
  })

  it('starts locked when a passcode is set', async () => {
    s.close()
    s = await createServices({ dataDir: t.dir, resourcesDir: RESOURCES, appVersion: 't', now })
    expect(await s.call('settings.lockStatus', {})).toMatchObject({ ok: true, value: { locked: true } })
  })

  it('needs the current passcode to change or remove it', async () => {
    await s.call('settings.unlock', { passcode: 'river-stone-42' })
    expect(await s.call('settings.setPasscode', { next: 'another-one' })).toMatchObject({
      code: 'VALIDATION',
    })
    expect(await s.call('settings.removePasscode', { current: 'river-stone-42' })).toMatchObject({ ok: true })
  })
})
