import type { OccupationProfile } from '../../../../shared/domain/catalog'

/** The profile's sections in reading order, with anchors for the table of contents. */
export function profileOutline(p: OccupationProfile): { id: string; label: string }[] {
  const s = [
    { id: 'summary', label: 'Summary' },
    { id: 'overview', label: 'Overview', show: p.overview.length > 0 },
    { id: 'titles', label: 'Sample job titles' },
    { id: 'training', label: 'Training' },
    { id: 'tasks', label: 'Tasks' },
    { id: 'wages', label: 'Wages' },
    { id: 'home-area', label: 'Wages in your area', show: Boolean(p.homeArea || p.wagesByState?.available) },
    { id: 'wages-by-state', label: 'Wages by state', show: Boolean(p.wagesByState?.available) },
    { id: 'industries', label: 'Where they work', show: Boolean(p.industries?.available) },
    { id: 'outlook', label: 'Job outlook' },
    ...p.ratings.map((r) => ({ id: `rating-${r.domain}`, label: r.label })),
    { id: 'education', label: 'Education levels' },
    { id: 'interests', label: 'Interests' },
    { id: 'related', label: 'Related occupations' },
    { id: 'programs', label: 'College programs' },
    { id: 'clusters', label: 'Career cluster' },
    { id: 'technology', label: 'Technology' },
    { id: 'tools', label: 'Tools' },
    { id: 'sources', label: 'Sources' },
  ]
  return s.filter((x) => !('show' in x) || x.show)
}
