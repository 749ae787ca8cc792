import { z } from 'zod'
import { noInput } from './common'
import { method } from './define'

export interface AppInfo {
  appVersion: string
  dataDir: string
  clientsSchemaVersion: number
  catalog: { name: string; builtAt: string; occupations: number } | null
}

export const systemApi = {
  'app.info': method<AppInfo>()(noInput),
  'app.ping': method<{ pong: true }>()(z.object({}).strict().optional()),
}
