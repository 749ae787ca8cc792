import type { BrowseFilters } from '../../../../shared/api/catalog'
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

export function readBrowseState(q: URLSearchParams): BrowseState {
  const f: Record<string, unknown> = {}
  for (const [k, p] of Object.entries(MULTI)) {
    const v = q.getAll(p).filter(Boolean)
    if (v.length) f[k] = v
  }
  const jz = q
    .getAll('jz')
    .map(Number)
    .filter((n) => n >= 1 && n <= 5)
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
    page: Math.max(1, Number(q.get('page')) || 1),
  }
}

export function browseHash(s: BrowseState): string {
  const q = new URLSearchParams()
  if (s.filters.q) q.set('q', s.filters.q)
  for (const [k, p] of Object.entries(MULTI))
    for (const v of (s.filters[k as keyof BrowseFilters] as string[] | undefined) ?? []) q.append(p, v)
  for (const z of s.filters.jobZone ?? []) q.append('jz', String(z))
  if (s.filters.brightOutlook) q.set('bright', '1')
  if (s.filters.localWageMin) q.set('lmin', String(s.filters.localWageMin))
  if (s.sort.by !== 'title' || s.sort.dir !== 'asc') q.set('sort', `${s.sort.by}-${s.sort.dir}`)
  if (s.page > 1) q.set('page', String(s.page))
  const qs = q.toString()
  return `#/browse${qs ? `?${qs}` : ''}`
}

/** Toggles one value of a multi-select filter; any filter change goes back to page 1. */
export function toggleValue(s: BrowseState, key: MultiKey, value: string): BrowseState {
  const cur = ((s.filters[key] as (string | number)[] | undefined) ?? []).map(String)
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value]
  const typed = key === 'jobZone' ? next.map(Number) : next
  const filters = { ...s.filters, [key]: typed.length ? typed : undefined }
  return { ...s, filters, page: 1 }
}
