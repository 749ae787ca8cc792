import { z } from 'zod'
import type { SearchResult } from '../domain/catalog'
import { method } from './define'

export const searchApi = {
  'catalog.search': method<SearchResult[]>()(
    z
      .object({
        q: z.string().max(200, 'Search text must be under 200 characters.'),
        limit: z.number().int().min(1).max(200).default(25),
      })
      .strict(),
  ),
}
