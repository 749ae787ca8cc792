import { type BrowseFilters, browseFilters } from '../../../../shared/api/catalog'
import type { BrowseSort } from '../../../../shared/domain/catalog'

/** Browse state as it lives in the hash (#/browse?cluster=…&jz=3&sort=wage-desc), so it survives reloads and links. */
export interface BrowseState {
  filters: BrowseFilters
  sort: { by: BrowseSort; dir: 'asc' | 'desc' }
  page: number
}

const MULTI = {
  cluster: 'cluster',
  pathway: 'pathway',
  majorGroup: 'mg',
  education: 'edu',
  wage: 'wage',
  growth: 'growth',
  interest: 'ri',
} as const

export type MultiKey = keyof typeof MULTI | 'jobZone'

/**
 * Values an address can hold that the contract accepts: a hand-edited link (`jz=1.5`, 50 clusters,
 * a 500-character value) drops what the API would refuse instead of showing a validation error.
 */
function accepted(key: MultiKey, values: (string | number)[]): (string | number)[] {
  const schema = browseFilters.shape[key]
  const ok = [...new Set(values)].filter((v) => schema.safeParse([v]).success)
  while (ok.length && !schema.safeParse(ok).success) ok.pop()
  return ok
}

export function readBrowseState(q: URLSearchParams): BrowseState {
  const f: Record<string, unknown> = {}
  for (const [k, p] of Object.entries(MULTI)) {
    const v = accepted(k as MultiKey, q.getAll(p).filter(Boolean))
    if (v.length) f[k] = v
  }
  const jz = accepted('jobZone', q.getAll('jz').map(Number))
  if (jz.length) f.jobZone = jz
  if (q.get('bright') === '1') f.brightOutlook = true
  const lmin = Number(q.get('lmin'))
  if (lmin > 0 && lmin <= 1_000_000) f.localWageMin = lmin
  const text = q.get('q')?.trim()
  if (text) f.q = text.slice(0, 100)
  const [by, dir] = (q.get('sort') ?? 'title-asc').split('-')
  const sortBy =
    (['title', 'wage', 'growth', 'openings', 'localWage'] as const).find((s) => s === by) ?? 'title'
  return {
    filters: f as BrowseFilters,
    sort: { by: sortBy, dir: dir === 'desc' ? 'desc' : 'asc' },
    page: Math.min(10_000, Math.max(1, Math.trunc(Number(q.get('page'))) || 1)),
  }
}

export function browseQuery(s: BrowseState): URLSearchParams {
  const q = new URLSearchParams()
  if (s.filters.q) q.set('q', s.filters.q)
  for (const [k, p] of Object.entries(MULTI))
    for (const v of (s.filters[k as keyof BrowseFilters] as string[] | undefined) ?? []) q.append(p, v)
  for (const z of s.filters.jobZone ?? []) q.append('jz', String(z))
  if (s.filters.brightOutlook) q.set('bright', '1')
  if (s.filters.localWageMin) q.set('lmin', String(s.filters.localWageMin))
  if (s.sort.by !== 'title' || s.sort.dir !== 'asc') q.set('sort', `${s.sort.by}-${s.sort.dir}`)
  if (s.page > 1) q.set('page', String(s.page))
  return q
}

/** Toggles one value of a multi-select filter; any filter change goes back to page 1. */
export function toggleValue(s: BrowseState, key: MultiKey, value: string): BrowseState {
  const cur = ((s.filters[key] as (string | number)[] | undefined) ?? []).map(String)
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value]
  const typed = key === 'jobZone' ? next.map(Number) : next
  const filters = { ...s.filters, [key]: typed.length ? typed : undefined }
  return { ...s, filters, page: 1 }
}
