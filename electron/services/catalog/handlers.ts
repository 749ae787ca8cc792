import type { catalogApi } from '../../../shared/api/catalog'
import type { HandlersFor } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { browse, facets } from './browse'
import { buildComparison } from './compare'
import { buildProfile } from './profile'
import { ratingLookup } from './ratings'

export function catalogHandlers(ctx: ServiceContext): HandlersFor<typeof catalogApi> {
  return {
    'catalog.profile': ({ code }) => buildProfile(ctx.catalog.get(), code),
    'catalog.browse': (input) => browse(ctx.catalog.get(), input),
    'catalog.facets': ({ filters }) => facets(ctx.catalog.get(), filters),
    'catalog.compare': ({ codes }) => {
      const db = ctx.catalog.get()
      const unique = [...new Set(codes)]
      return buildComparison(
        unique.map((code) => buildProfile(db, code)),
        ratingLookup(db),
      )
    },
  }
}
