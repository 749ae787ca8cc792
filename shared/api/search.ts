import { z } from 'zod'
import type { SearchResult } from '../domain/catalog'
import { method } from './define'

const query = z.string().max(200, 'Search text must be under 200 characters.')

export const searchApi = {
  /** Search as you type: codes, titles, alternate and reported titles, tasks, technology, lay words. */
  'catalog.search': method<SearchResult[]>()(
    z
      .object({
        q: query,
        limit: z.number().int().min(1).max(200).default(25),
      })
      .strict(),
  ),
  /** What to try when a search found nothing: a respelling, or one of its words alone. */
  'catalog.searchSuggest': method<{ suggestions: string[] }>()(z.object({ q: query }).strict()),
}
