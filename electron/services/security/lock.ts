import type { LockStatus } from '../../../shared/api/settings'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { hashPasscode, type PasscodeHash, verifyPasscode } from './passcode'

/** Methods that work while the app is locked: nothing that reveals a record. */
const OPEN_WHILE_LOCKED = new Set(['settings.lockStatus', 'settings.unlock', 'app.ping'])

/**
 * The app lock. With a passcode set, the app starts locked, locks itself after the chosen idle
 * time and on request, and refuses every other method until the right passcode is given.
 */
export class AppLock {
  private locked: boolean
  private lastActivity: number
  private failures = 0

  constructor(
    private readonly ctx: ServiceContext,
    readonly encrypted: boolean,
  ) {
    this.locked = this.passcode() !== null
    this.lastActivity = ctx.now().getTime()
  }

  /** Called before every method: null to proceed, or the reason to refuse. */
  gate(method: string): UserError | null {
    const now = this.ctx.now().getTime()
    const idle = this.autoLockMinutes() * 60_000
    if (!this.locked && this.passcode() && idle > 0 && now - this.lastActivity > idle) this.locked = true
    if (this.locked && !OPEN_WHILE_LOCKED.has(method)) {
      return new UserError('LOCKED', 'Career Atlas is locked.', 'Enter your passcode to unlock it.')
    }
    // Status polls are not activity: they must not keep an unattended app open.
    if (method !== 'settings.lockStatus') this.lastActivity = now
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
    this.locked = true
    return this.status()
  }

  async unlock(passcode: string): Promise<LockStatus> {
    const stored = this.passcode()
    if (!stored) return this.status()
    if (!(await verifyPasscode(passcode, stored))) {
      this.failures++
      // Each wrong try waits longer, on top of scrypt's own cost.
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** Math.min(this.failures, 5))))
      throw new UserError('WRONG_PASSCODE', 'That passcode is not right.', 'Try again. Check Caps Lock.')
    }
    this.failures = 0
    this.locked = false
    this.lastActivity = this.ctx.now().getTime()
    return this.status()
  }

  async setPasscode(current: string | undefined, next: string): Promise<LockStatus> {
    await this.requireCurrent(current)
    this.write('passcode', JSON.stringify(await hashPasscode(next)))
    return this.status()
  }

  async removePasscode(current: string): Promise<LockStatus> {
    await this.requireCurrent(current)
    this.ctx.clients.prepare("DELETE FROM app_settings WHERE key = 'passcode'").run()
    this.locked = false
    return this.status()
  }

  setAutoLock(minutes: number): LockStatus {
    this.write('auto_lock_minutes', String(minutes))
    return this.status()
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
