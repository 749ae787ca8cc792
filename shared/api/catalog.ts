import { z } from 'zod'
import type {
  BrowseFacets,
  BrowseResult,
  Comparison,
  OccupationProfile,
  SearchResult,
} from '../domain/catalog'
import { GROWTH_BAND_IDS } from '../outlook'
import { onetCode, shortText } from './common'
import { method } from './define'

const list = <T extends z.ZodType>(item: T, max = 40) => z.array(item).max(max).optional()

/** Wage buckets the browse facet offers (annual median, dollars). */
export const WAGE_BUCKETS = [
  { id: 'lt30', label: 'Under $30,000', min: 0, max: 30_000 },
  { id: '30-45', label: '$30,000–$44,999', min: 30_000, max: 45_000 },
  { id: '45-60', label: '$45,000–$59,999', min: 45_000, max: 60_000 },
  { id: '60-80', label: '$60,000–$79,999', min: 60_000, max: 80_000 },
  { id: '80-100', label: '$80,000–$99,999', min: 80_000, max: 100_000 },
  { id: 'ge100', label: '$100,000 and over', min: 100_000, max: Number.POSITIVE_INFINITY },
] as const
export type WageBucketId = (typeof WAGE_BUCKETS)[number]['id']
const wageBucketIds = WAGE_BUCKETS.map((b) => b.id) as [WageBucketId, ...WageBucketId[]]

export const browseFilters = z
  .object({
    q: shortText(100).optional(),
    cluster: list(shortText(120)),
    pathway: list(shortText(120)),
    majorGroup: list(z.string().regex(/^\d{2}$/, 'A SOC major group is two digits, like 29.')),
    jobZone: list(z.number().int().min(1).max(5), 5),
    education: list(shortText(120)),
    wage: list(z.enum(wageBucketIds), 6),
    wageMin: z.number().min(0).max(1_000_000).optional(),
    wageMax: z.number().min(0).max(1_000_000).optional(),
    growth: list(z.enum(GROWTH_BAND_IDS), 6),
    brightOutlook: z.boolean().optional(),
    interest: list(z.enum(['R', 'I', 'A', 'S', 'E', 'C']), 6),
    /** Annual median in the home area at least this (careers BLS published no figure for drop out). */
    localWageMin: z.number().min(0).max(1_000_000).optional(),
  })
  .strict()
export type BrowseFilters = z.output<typeof browseFilters>

const query = z.string().max(200, 'Search text must be under 200 characters.')

export const catalogApi = {
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
  'catalog.profile': method<OccupationProfile>()(z.object({ code: onetCode }).strict()),
  'catalog.browse': method<BrowseResult>()(
    z
      .object({
        filters: browseFilters.default({}),
        sort: z
          .object({
            by: z.enum(['title', 'wage', 'growth', 'openings', 'localWage']),
            dir: z.enum(['asc', 'desc']),
          })
          .strict()
          .default({ by: 'title', dir: 'asc' }),
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(1100).default(50),
      })
      .strict(),
  ),
  'catalog.facets': method<BrowseFacets>()(z.object({ filters: browseFilters.default({}) }).strict()),
  'catalog.compare': method<Comparison>()(
    z
      .object({
        codes: z
          .array(onetCode)
          .min(1, 'Choose at least one career to compare.')
          .max(4, 'Compare at most four careers at a time.'),
      })
      .strict(),
  ),
}
