import type {
  AreaOption,
  AreaWageFigures,
  Figure,
  HomeAreaWages,
  OccupationProfile,
  WageFigures,
} from './domain/catalog'
import { formatMoney, formatNumber } from './format'

/**
 * Words for area and national wages side by side. BLS markers read as a counselor would say
 * them: `*`/`**` "not published", `#` "at least $239,200"; a missing figure is never a guess.
 */
export const NOT_PUBLISHED = 'not published'

export function formatLocal(f: Figure | null | undefined, kind: 'annual' | 'hourly' | 'number'): string {
  if (!f || f.flag === 'suppressed' || typeof f.value !== 'number' || !Number.isFinite(f.value))
    return NOT_PUBLISHED
  const text = kind === 'number' ? formatNumber(f.value) : formatMoney(f.value, { hourly: kind === 'hourly' })
  return f.flag === 'topcoded' ? `at least ${text}` : text
}

/** The median a comparison shows for one wage set: annual, or hourly where BLS publishes only that. */
export function medianText(w: WageFigures | null | undefined): string {
  if (!w) return NOT_PUBLISHED
  return w.hourlyOnly
    ? `${formatLocal(w.hourly.median, 'hourly')} an hour`
    : formatLocal(w.annual.median, 'annual')
}

/** The home-area wage set to show (metro first when chosen and published, else the state). */
export function homeAreaList(h: HomeAreaWages | null | undefined): AreaWageFigures[] {
  if (!h) return []
  return [h.metro, h.state].filter((a): a is AreaWageFigures => a !== null)
}

/** Footnote for an area figure: release and area, and what is shown where BLS published none. */
export function areaFootnote(a: AreaWageFigures): string {
  return a.published
    ? a.source
    : `${a.message ?? `BLS published no figures for ${a.area.title}.`} National figures are shown.`
}

/**
 * The mark tying an area row to its footnote: ¹, ², never `*` / `**`, which in a BLS table mean
 * "not published" and would read as such beside a figure we print as "not published".
 */
export function footnoteMark(i: number): string {
  return ['¹', '²', '³'][i] ?? `(${i + 1})`
}

/**
 * The home areas a side-by-side comparison of careers gets a median row for (metro area, then
 * state), as chosen in Settings; `of` picks one career's figures for that area.
 */
export function comparedHomeAreas(
  profiles: OccupationProfile[],
): { area: AreaOption; of: (p: OccupationProfile) => AreaWageFigures | null }[] {
  const first = profiles.find((p) => p.homeArea)?.homeArea
  if (!first) return []
  return (['metro', 'state'] as const)
    .filter((k) => first[k])
    .map((k) => ({ area: first[k]!.area, of: (p: OccupationProfile) => p.homeArea?.[k] ?? null }))
}

/** A career's home-area median in a comparison; where BLS published none, the national one, so labelled. */
export function homeAreaMedianCell(a: AreaWageFigures | null, national: WageFigures | null): string {
  if (!a?.published) return `not published (national: ${medianText(national)})`
  return a.wages?.hourlyOnly ? medianText(a.wages) : `${medianText(a.wages)} a year`
}

/**
 * A home area's name as a narrow column's heading: whole where it fits in a few lines, else
 * "Home-area" (a nonmetropolitan area's name, up to 58 characters at BLS, broken letter by
 * letter, would crowd out the table); the source line under the table names it in full.
 */
export function areaColumnName(name: string): string {
  return name.length <= 24 ? name : 'Home-area'
}
