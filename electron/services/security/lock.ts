import type { LockStatus } from '../../../shared/api/settings'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { hashPasscode, needsRehash, type PasscodeHash, verifyPasscode } from './passcode'

/** Methods that work while the app is locked: nothing that reveals a record. */
const OPEN_WHILE_LOCKED = new Set(['settings.lockStatus', 'settings.unlock', 'app.ping'])

/** Wrong tries allowed back to back (typos) before each further try has to wait. */
const FREE_TRIES = 2
const MAX_WAIT_MS = 5 * 60_000

/** How long after the n-th wrong passcode in a row the next try is refused: 0, 0, 2 s, 4 s … 5 min. */
export function unlockWaitMs(failures: number): number {
  return failures <= FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES))
}

/**
 * The app lock. With a passcode set, the app starts locked, locks itself after the chosen idle
 * time and on request, and refuses every other method until the right passcode is given.
 *
 * Unlock attempts run one at a time for the whole app, and the count of wrong tries and the time
 * before the next one is allowed are stored with the records, so neither parallel guesses nor a
 * restart get around the wait. Locking (on request or when idle) is pushed to the window as a
 * `lock.changed` event, so the screen locks at once.
 */
export class AppLock {
  private locked: boolean
  private lastActivity: number
  private queue: Promise<unknown> = Promise.resolve()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly ctx: ServiceContext,
    readonly encrypted: boolean,
  ) {
    this.locked = this.passcode() !== null
    this.lastActivity = ctx.now().getTime()
  }

  /** Checks for idleness every few seconds so an unattended screen locks without waiting for a call. */
  start(everyMs = 5000): void {
    this.stop()
    this.timer = setInterval(() => this.tick(), everyMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Locks the app if it has been idle for the chosen time; returns whether it is locked. */
  tick(): boolean {
    if (!this.ctx.clients.open) return this.locked
    const idle = this.autoLockMinutes() * 60_000
    if (!this.locked && this.passcode() && idle > 0 && this.ctx.now().getTime() - this.lastActivity > idle)
      this.setLocked(true)
    return this.locked
  }

  /** Called before every method: null to proceed, or the reason to refuse. */
  gate(method: string): UserError | null {
    this.tick()
    if (this.locked && !OPEN_WHILE_LOCKED.has(method)) {
      return new UserError('LOCKED', 'Career Atlas is locked.', 'Enter your passcode to unlock it.')
    }
    // Status polls are not activity: they must not keep an unattended app open.
    if (method !== 'settings.lockStatus') this.lastActivity = this.ctx.now().getTime()
    return null
  }

  status(): LockStatus {
    return {
      locked: this.locked,
      passcodeSet: this.passcode() !== null,
      autoLockMinutes: this.autoLockMinutes(),
      encrypted: this.encrypted,
    }
  }

  lock(): LockStatus {
    if (!this.passcode()) {
      throw new UserError(
        'CONFLICT',
        'Set a passcode before locking the app.',
        'Choose a passcode in Settings.',
      )
    }
    this.setLocked(true)
    return this.status()
  }

  /** Typing and pointer use in the window (throttled by the renderer): keeps the app open. */
  activity(): { ok: true } {
    return { ok: true }
  }

  /** One attempt at a time, app-wide: parallel guesses queue behind each other and the wait. */
  unlock(passcode: string): Promise<LockStatus> {
    const attempt = this.queue.then(() => this.tryUnlock(passcode))
    this.queue = attempt.catch(() => undefined)
    return attempt
  }

  private async tryUnlock(passcode: string): Promise<LockStatus> {
    const stored = this.passcode()
    if (!stored) return this.status()
    const wait = Number(this.read('unlock_not_before') ?? 0) - this.ctx.now().getTime()
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000)
      throw new UserError(
        'WRONG_PASSCODE',
        `Too many wrong passcodes in a row. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        'Wait, then enter your passcode. Check Caps Lock.',
      )
    }
    if (!(await verifyPasscode(passcode, stored))) {
      const failures = Number(this.read('unlock_failures') ?? 0) + 1
      const next = unlockWaitMs(failures)
      this.write('unlock_failures', String(failures))
      this.write('unlock_not_before', String(this.ctx.now().getTime() + next))
      const then = next > 0 ? ` Wait ${Math.ceil(next / 1000)} seconds before the next try.` : ''
      throw new UserError(
        'WRONG_PASSCODE',
        `That passcode is not right.${then}`,
        'Try again. Check Caps Lock.',
      )
    }
    this.clearFailures()
    if (needsRehash(stored)) this.write('passcode', JSON.stringify(await hashPasscode(passcode)))
    this.lastActivity = this.ctx.now().getTime()
    this.setLocked(false)
    return this.status()
  }

  async setPasscode(current: string | undefined, next: string): Promise<LockStatus> {
    await this.requireCurrent(current)
    this.write('passcode', JSON.stringify(await hashPasscode(next)))
    this.clearFailures()
    return this.status()
  }

  async removePasscode(current: string): Promise<LockStatus> {
    await this.requireCurrent(current)
    this.ctx.clients.prepare("DELETE FROM app_settings WHERE key = 'passcode'").run()
    this.clearFailures()
    this.setLocked(false)
    return this.status()
  }

  setAutoLock(minutes: number): LockStatus {
    this.write('auto_lock_minutes', String(minutes))
    return this.status()
  }

  private setLocked(locked: boolean): void {
    if (this.locked === locked) return
    this.locked = locked
    this.ctx.events.emit({ type: 'lock.changed', locked })
  }

  private clearFailures(): void {
    this.ctx.clients
      .prepare("DELETE FROM app_settings WHERE key IN ('unlock_failures', 'unlock_not_before')")
      .run()
  }

  private async requireCurrent(current: string | undefined): Promise<void> {
    const stored = this.passcode()
    if (stored && !(current !== undefined && (await verifyPasscode(current, stored)))) {
      throw new UserError(
        'VALIDATION',
        'The current passcode is not right.',
        'Enter the passcode you use now.',
      )
    }
  }

  private passcode(): PasscodeHash | null {
    const v = this.read('passcode')
    return v ? (JSON.parse(v) as PasscodeHash) : null
  }

  private autoLockMinutes(): number {
    return Number(this.read('auto_lock_minutes') ?? 15)
  }

  private read(key: string): string | null {
    const row = this.ctx.clients.prepare('SELECT value FROM app_settings WHERE key = ?').get(key) as
      | { value: string }
      | undefined
    return row?.value ?? null
  }

  private write(key: string, value: string): void {
    this.ctx.clients
      .prepare(
        'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value)
  }
}
