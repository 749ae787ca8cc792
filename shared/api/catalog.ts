import { z } from 'zod'
import type { OccupationProfile, SearchResult } from '../domain/catalog'
import { onetCode } from './common'
import { method } from './define'

export const catalogApi = {
  'catalog.search': method<SearchResult[]>()(
    z
      .object({
        q: z.string().max(200, 'Search text must be under 200 characters.'),
        limit: z.number().int().min(1).max(200).default(25),
      })
      .strict(),
  ),
  'catalog.profile': method<OccupationProfile>()(z.object({ code: onetCode }).strict()),
}
