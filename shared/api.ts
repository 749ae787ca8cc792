import type { z } from 'zod'
import { appApi } from './api/app'
import { backupsApi } from './api/backups'
import { caseloadApi } from './api/caseload'
import { catalogApi } from './api/catalog'
import { consentsApi } from './api/consents'
import type { HandlersFor } from './api/define'
import { disclosuresApi } from './api/disclosures'
import { goalsApi } from './api/goals'
import { interestsApi } from './api/interests'
import { packsApi } from './api/packs'
import { recordsApi } from './api/records'
import { reportsApi } from './api/reports'
import { retentionApi } from './api/retention'
import { savedApi } from './api/saved'
import { sessionsApi } from './api/sessions'
import { homeAreaApi, settingsApi } from './api/settings'
import { studentsApi } from './api/students'

/**
 * The whole contract between the renderer and the main process. Each slice sits in
 * shared/api/<prefix>.ts, named for the prefix of its methods ('caseload.stats' in caseload.ts;
 * tests/unit/api-slices.test.ts checks it); this map joins them and is bound to IPC, to the HTTP harness and
 * to direct calls in tests.
 */
export const api = {
  ...appApi,
  ...catalogApi,
  ...packsApi,
  ...studentsApi,
  ...sessionsApi,
  ...goalsApi,
  ...savedApi,
  ...consentsApi,
  ...disclosuresApi,
  ...recordsApi,
  ...retentionApi,
  ...backupsApi,
  ...interestsApi,
  ...caseloadApi,
  ...reportsApi,
  ...settingsApi,
  ...homeAreaApi,
}

export type Api = typeof api
export type MethodName = keyof Api
export type InputOf<M extends MethodName> = z.input<Api[M]['input']>
export type ParsedInputOf<M extends MethodName> = z.output<Api[M]['input']>
export type OutputOf<M extends MethodName> = Api[M]['output']
export type Handlers = HandlersFor<Api>

export const methodNames = Object.keys(api) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name)
}
