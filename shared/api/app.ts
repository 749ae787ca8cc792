import { z } from 'zod'
import { noInput } from './common'
import { method } from './define'

export interface AppInfo {
  appVersion: string
  dataDir: string
  clientsSchemaVersion: number
  /** How the key to the encrypted records is protected (keychain, or only obscured); null when not encrypted. */
  keyProtection: string | null
  catalog: { name: string; builtAt: string; occupations: number } | null
}

export const appApi = {
  'app.info': method<AppInfo>()(noInput),
  'app.ping': method<{ pong: true }>()(z.object({}).strict().optional()),
}
