import type { HandlersFor } from '../../../shared/api/define'
import type { interestsApi } from '../../../shared/api/interests'
import type { ServiceContext } from '../context'

export function interestsHandlers(_ctx: ServiceContext): HandlersFor<typeof interestsApi> {
  return {}
}
