import type { catalogApi } from '../../../shared/api/catalog'
import type { HandlersFor } from '../../../shared/api/define'
import type { ServiceContext } from '../context'
import { searchEngineFor } from '../search/engine-for'
import { homeAreaFor } from '../settings/home-area'
import { browse, facets } from './browse'
import { buildComparison } from './compare'
import { buildProfile } from './profile'
import { ratingLookup } from './ratings'

export function catalogHandlers(ctx: ServiceContext): HandlersFor<typeof catalogApi> {
  return {
    'catalog.search': ({ q, limit }) => searchEngineFor(ctx).search(q, limit),
    'catalog.searchSuggest': ({ q }) => ({ suggestions: searchEngineFor(ctx).suggest(q) }),
    'catalog.profile': ({ code }) => buildProfile(ctx.catalog.get(), code, homeAreaFor(ctx)),
    'catalog.browse': (input) => browse(ctx.catalog.get(), input, homeAreaFor(ctx)),
    'catalog.facets': ({ filters }) => facets(ctx.catalog.get(), filters, homeAreaFor(ctx)),
    'catalog.compare': ({ codes }) => {
      const db = ctx.catalog.get()
      const unique = [...new Set(codes)]
      const home = homeAreaFor(ctx)
      return buildComparison(
        unique.map((code) => buildProfile(db, code, home)),
        ratingLookup(db),
      )
    },
  }
}
