import type { PackSummary } from './domain/packs'

/** One release the installed pack was built from, and how old its figures are. */
export interface ReleaseAge {
  release: string
  /** "May 2026", or "2024" for projections from a base year; null when the pack does not say. */
  asOf: string | null
  /** "6 months old", "about 2 years old"; null when the date is unknown. */
  age: string | null
}

const MONTH =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/

/**
 * How old the installed data is, per release, from the pack's own manifest: O*NET release months
 * from its Read Me (`release_dates`), OEWS from its reference month, EP from its base year.
 */
export function releaseAges(pack: PackSummary, now: Date): ReleaseAge[] {
  const releases = [...new Set(pack.tables.map((t) => t.release).filter(Boolean))]
  const order = (r: string) =>
    r.startsWith('O*NET') ? 0 : r.startsWith('OEWS') ? 1 : r.startsWith('EP') ? 2 : 3
  return (
    releases
      .sort((a, b) => order(a) - order(b) || b.localeCompare(a, 'en', { numeric: true }))
      .map((release) => {
        const asOf =
          pack.releaseDates?.[release] ??
          /^OEWS (\w+ \d{4})$/.exec(release)?.[1] ??
          /^EP (\d{4})-\d{2,4}$/.exec(release)?.[1] ??
          null
        return { release, asOf, age: asOf ? ageOf(asOf, now) : null }
      })
      // Crosswalks and clusters carry no date; an O*NET release without a Read Me still counts.
      .filter((a) => a.asOf || /^O\*NET \d/.test(a.release))
  )
}

function ageOf(asOf: string, now: Date): string | null {
  const m = MONTH.exec(asOf)
  const year = m ? Number(m[2]) : /^\d{4}$/.test(asOf) ? Number(asOf) : null
  if (year === null) return null
  const month = m ? new Date(`${m[1]} 1, 2000`).getMonth() : 6
  const months = (now.getFullYear() - year) * 12 + (now.getMonth() - month)
  if (months < 1) return 'this month'
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} old`
  return `about ${Math.round(months / 12)} years old`
}
