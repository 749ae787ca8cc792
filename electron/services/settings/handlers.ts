import type { HandlersFor } from '../../../shared/api/define'
import type { settingsApi } from '../../../shared/api/settings'
import type { ServiceContext } from '../context'

export function settingsHandlers(_ctx: ServiceContext): HandlersFor<typeof settingsApi> {
  return {}
}
