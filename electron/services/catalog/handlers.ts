import type { catalogApi } from '../../../shared/api/catalog'
import type { HandlersFor } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { notYet } from '../notYet'

export function catalogHandlers(_ctx: ServiceContext): HandlersFor<typeof catalogApi> {
  return {
    'catalog.profile': () => notYet('The occupation profile'),
    'catalog.browse': () => notYet('Browse'),
    'catalog.facets': () => notYet('Browse filters'),
    'catalog.compare': () => notYet('Compare'),
  }
}
