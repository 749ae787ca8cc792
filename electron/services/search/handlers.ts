import type { HandlersFor } from '../../../shared/api/define'
import type { searchApi } from '../../../shared/api/search'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'

export function searchHandlers(_ctx: ServiceContext): HandlersFor<typeof searchApi> {
  return {
    'catalog.search': () => notYet('Search'),
  }
}
