import { z } from 'zod'
import type { AreaOption } from '../domain/catalog'
import { method } from './define'

/** The app lock and encryption state the renderer shows. */
export interface LockStatus {
  locked: boolean
  passcodeSet: boolean
  /** Minutes of inactivity before the app locks itself; 0 = never. */
  autoLockMinutes: number
  /** True when the counselor's records are encrypted on disk. */
  encrypted: boolean
}

const passcode = z
  .string()
  .min(6, 'Use at least 6 characters for the passcode.')
  .max(128, 'Keep the passcode under 128 characters.')

export const settingsApi = {
  'settings.lockStatus': method<LockStatus>()(z.object({}).strict().optional()),
  'settings.setPasscode': method<LockStatus>()(
    z.object({ current: z.string().max(128).optional(), next: passcode }).strict(),
  ),
  'settings.removePasscode': method<LockStatus>()(z.object({ current: z.string().max(128) }).strict()),
  'settings.lock': method<LockStatus>()(z.object({}).strict().optional()),
  'settings.unlock': method<LockStatus>()(z.object({ passcode: z.string().max(128) }).strict()),
  /** Typing or pointer use in the window (sent at most every few seconds): counts as activity for auto-lock. */
  'settings.activity': method<{ ok: true }>()(z.object({}).strict().optional()),
  'settings.setAutoLock': method<LockStatus>()(
    z
      .object({ minutes: z.number().int().min(0).max(240, 'Auto-lock can wait at most 240 minutes.') })
      .strict(),
  ),
}

/** The counselor's home area for local wages, and the areas the installed pack offers. */
export interface HomeAreaSettings {
  state: AreaOption | null
  metro: AreaOption | null
  states: AreaOption[]
  /** Metro and nonmetropolitan areas; `state` says which state each belongs to first. */
  metros: AreaOption[]
  release: string | null
  /** Why no home area figures show (a pack without areas, a stored area the pack lacks). */
  note: string | null
}

export const homeAreaApi = {
  'settings.homeArea': method<HomeAreaSettings>()(z.object({}).strict().optional()),
  'settings.setHomeArea': method<HomeAreaSettings>()(
    z
      .object({
        state: z
          .string()
          .regex(/^\d{2}$/, 'A state is its two-digit FIPS code, like 39.')
          .nullable(),
        metro: z
          .string()
          .regex(/^\d{5,7}$/, 'A metro area is its BLS area code, like 18140.')
          .nullable()
          .optional(),
      })
      .strict(),
  ),
}
