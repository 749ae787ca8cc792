import type { HandlersFor } from '../../../shared/api/define'
import type { packsApi } from '../../../shared/api/packs'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'

export function packsHandlers(_ctx: ServiceContext): HandlersFor<typeof packsApi> {
  return {
    'packs.current': () => notYet('Pack details'),
  }
}
