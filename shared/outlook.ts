/**
 * BLS outlook wording: the phrases the Occupational Outlook Handbook uses for projected
 * employment change, and O*NET's Bright Outlook rule. Pure, so the profile, browse facets,
 * compare table and PDFs all say the same thing for the same figure.
 *
 * Bands follow the OOH "Job Outlook" phrases for the 2024–34 projections, where employment in all
 * occupations grows about 3%: the projected percent change is rounded to a whole percent first,
 * as the Handbook does, so 7.1% reads "faster than average".
 */
import { formatEmployment, formatPercent } from './format'

export const GROWTH_BAND_IDS = ['much-faster', 'faster', 'average', 'slower', 'little', 'decline'] as const
export type GrowthBandId = (typeof GROWTH_BAND_IDS)[number]

export interface GrowthBand {
  id: GrowthBandId
  /** The Handbook's phrase, used after "Employment is projected to …". */
  verb: string
  /** Short label for facets and tables. */
  label: string
  /** Inclusive bounds on the rounded percent change. */
  min: number
  max: number
}

export const GROWTH_BANDS: readonly GrowthBand[] = [
  {
    id: 'much-faster',
    verb: 'grow much faster than average',
    label: 'Much faster than average',
    min: 8,
    max: Infinity,
  },
  { id: 'faster', verb: 'grow faster than average', label: 'Faster than average', min: 5, max: 7 },
  { id: 'average', verb: 'grow about as fast as average', label: 'About as fast as average', min: 3, max: 4 },
  { id: 'slower', verb: 'grow slower than average', label: 'Slower than average', min: 1, max: 2 },
  { id: 'little', verb: 'show little or no change', label: 'Little or no change', min: 0, max: 0 },
  { id: 'decline', verb: 'decline', label: 'Decline', min: -Infinity, max: -1 },
]

/** The band of a projected percent change, or null when BLS published none. */
export function growthBand(changePercent: number | null | undefined): GrowthBand | null {
  if (typeof changePercent !== 'number' || !Number.isFinite(changePercent)) return null
  const r = Math.round(changePercent)
  return GROWTH_BANDS.find((b) => r >= b.min && r <= b.max) ?? null
}

/** SQL CASE expression giving each row's band id from a percent-change column (browse facets). */
export function growthBandSql(column: string): string {
  const r = `CAST(ROUND(${column}) AS INTEGER)`
  const arms = GROWTH_BANDS.map((b) => {
    const lo = Number.isFinite(b.min) ? `${r} >= ${b.min}` : '1'
    const hi = Number.isFinite(b.max) ? `${r} <= ${b.max}` : '1'
    return `WHEN ${lo} AND ${hi} THEN '${b.id}'`
  })
  return `CASE WHEN ${column} IS NULL THEN NULL ${arms.join(' ')} END`
}

/**
 * "Employment is projected to grow faster than average (7.1% vs 3.1% for all occupations)."
 * Without the all-occupations figure it still states the occupation's own change.
 */
export function outlookSentence(
  changePercent: number | null | undefined,
  allOccupations: number | null | undefined,
  period?: { from: number; to: number },
): string | null {
  const band = growthBand(changePercent)
  if (!band) return null
  const own = formatPercent(changePercent)
  const vs =
    typeof allOccupations === 'number'
      ? ` (${own} vs ${formatPercent(allOccupations)} for all occupations`
      : ` (${own}`
  const when = period ? `, ${period.from}–${period.to})` : ')'
  return `Employment is projected to ${band.verb}${vs}${when}.`
}

/** O*NET's published criteria, used when the pack's manifest does not state its own rule. */
export const DEFAULT_BRIGHT_OUTLOOK_RULE =
  'Bright Outlook (O*NET): projected to grow faster than average (5% or more over the projection period), or projected to have 100,000 or more job openings over the period.'

export const BRIGHT_GROWTH_MIN_PERCENT = 5
export const BRIGHT_OPENINGS_MIN_PERIOD = 100_000

/**
 * The growth and openings thresholds a rule states ("growth of at least 6.2% … at least 100,000
 * job openings over the projection period"), falling back to O*NET's published ones.
 */
export function brightThresholds(rule: string | null | undefined): { growth: number; openings: number } {
  const growth = rule?.match(/(\d+(?:\.\d+)?)\s*%/)
  const openings = rule?.match(/(\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:job\s+)?openings/)
  return {
    growth: growth ? Number(growth[1]) : BRIGHT_GROWTH_MIN_PERCENT,
    openings: openings ? Number(openings[1]!.replace(/,/g, '')) : BRIGHT_OPENINGS_MIN_PERIOD,
  }
}

/**
 * Which Bright Outlook criteria a projection meets, in words. The flag itself comes from the
 * pack (its builder applies the rule it states); this explains it against the same rule.
 */
export function brightOutlookReasons(
  changePercent: number | null | undefined,
  openingsPerYear: number | null | undefined,
  years = 10,
  rule?: string | null,
): string[] {
  const t = brightThresholds(rule)
  const reasons: string[] = []
  if (typeof changePercent === 'number' && changePercent >= t.growth)
    reasons.push(`projected to grow ${formatPercent(changePercent)}`)
  if (typeof openingsPerYear === 'number' && openingsPerYear * years >= t.openings)
    reasons.push(`about ${formatEmployment(openingsPerYear * years)} openings over ${years} years`)
  return reasons
}
