import type { z } from 'zod'
import { catalogApi } from './api/catalog'
import type { HandlersFor } from './api/define'
import { interestsApi } from './api/interests'
import { packsApi } from './api/packs'
import { reportsApi } from './api/reports'
import { searchApi } from './api/search'
import { homeAreaApi, settingsApi } from './api/settings'
import { studentsApi } from './api/students'
import { systemApi } from './api/system'

/**
 * The whole contract between the renderer and the main process. Each domain keeps its slice
 * in shared/api/<domain>.ts; this map joins them and is bound to IPC, to the HTTP harness and
 * to direct calls in tests.
 */
export const api = {
  ...systemApi,
  ...searchApi,
  ...catalogApi,
  ...packsApi,
  ...studentsApi,
  ...interestsApi,
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
