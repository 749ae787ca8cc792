import { jobZoneLabel } from '../../../shared/jobzone'
import { useApiQuery } from './api'

const toLabels = (f: { jobZone: { value: string; label: string }[] }): ReadonlyMap<number, string> =>
  new Map(f.jobZone.map((z) => [Number(z.value), z.label]))

const FACETS_INPUT = { filters: {} }

/*
 * Job zone names as the installed pack defines them ("Job Zone 1–2" where it merges zones), read
 * from the unfiltered Browse facets (the same cache entry Browse opens with), so a search result,
 * a browse row and an interest match name a zone as the profile does. Until they arrive, the plain
 * number's name is shown. The names change only with a pack, and a new pack invalidates every
 * query, so the answer never goes stale on its own: one request however many rows ask.
 */
export function useJobZoneLabel(): (zone: number) => string {
  const { data: labels } = useApiQuery('catalog.facets', FACETS_INPUT, {
    select: toLabels,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return (zone) => labels?.get(zone) ?? jobZoneLabel(zone)
}
