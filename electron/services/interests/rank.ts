import type { JobZoneOption, Match } from '../../../shared/domain/interests'
import {
  AREAS,
  type Area,
  type FitBand,
  fitBand,
  highPointCode,
  type Six,
  sharedHighPoints,
  unitCentred,
} from '../../../shared/riasec'

/** One occupation's interest ratings as read from a pack. */
export interface RatedOccupation {
  code: string
  title: string
  jobZone: number | null
  ratings: Six
  /** The pack's own high-point code (e.g. 'CI'); computed from the ratings when absent. */
  highPoint?: string | null
  medianWage?: number | null
  brightOutlook?: boolean
}

/**
 * Everything the matcher needs, laid out flat: each occupation's ratings centred and scaled to
 * unit length, so a student's Pearson r with all of them is one dot product each.
 */
export interface MatchIndex {
  size: number
  codes: string[]
  titles: string[]
  jobZones: Int8Array
  unit: Float64Array
  ratings: Float64Array
  highPoints: Area[][]
  medianWages: (number | null)[]
  bright: Uint8Array
  zoneOptions: JobZoneOption[]
  /** Occupations left out because all six ratings are equal (no shape to correlate). */
  flatOccupations: number
  source: string
}

export function buildMatchIndex(
  rows: RatedOccupation[],
  zoneOptions: JobZoneOption[],
  source: string,
): MatchIndex {
  const kept = rows
    .map((o) => ({ o, u: unitCentred(o.ratings) }))
    .filter((x): x is { o: RatedOccupation; u: number[] } => x.u !== null)
    .sort((a, b) => (a.o.code < b.o.code ? -1 : 1))
  const n = kept.length
  const index: MatchIndex = {
    size: n,
    codes: kept.map((x) => x.o.code),
    titles: kept.map((x) => x.o.title),
    jobZones: new Int8Array(n),
    unit: new Float64Array(n * 6),
    ratings: new Float64Array(n * 6),
    highPoints: kept.map((x) => {
      const own = (x.o.highPoint ?? '')
        .split('')
        .filter((c) => (AREAS as readonly string[]).includes(c)) as Area[]
      return own.length > 0 ? own : highPointCode(x.o.ratings)
    }),
    medianWages: kept.map((x) => x.o.medianWage ?? null),
    bright: Uint8Array.from(kept.map((x) => (x.o.brightOutlook ? 1 : 0))),
    zoneOptions,
    flatOccupations: rows.length - n,
    source,
  }
  kept.forEach((x, k) => {
    index.jobZones[k] = x.o.jobZone ?? 0
    for (let j = 0; j < 6; j++) {
      index.unit[k * 6 + j] = x.u[j]!
      index.ratings[k * 6 + j] = x.o.ratings[j]!
    }
  })
  return index
}

/**
 * The stored zone numbers a choice of zones stands for. A 30.2+ pack stores the merged
 * "Job Zone 1-2" as zone 2, so choosing zone 1 (or 2) selects it; older packs keep them apart.
 */
export function expandZones(chosen: readonly number[], options: readonly JobZoneOption[]): Set<number> {
  const out = new Set<number>()
  for (const z of chosen) {
    out.add(z)
    for (const o of options) if (o.covers.includes(z)) out.add(o.zone)
  }
  return out
}

export interface Ranking {
  considered: number
  bandCounts: Record<FitBand, number>
  /** Indices into the index, best first (ties by code). */
  order: number[]
  r: Float64Array
}

/** Pearson r of the student against every occupation, filtered by zone and sorted. Null for a flat profile. */
export function rankAll(
  index: MatchIndex,
  scores: readonly number[],
  zones: Set<number> | null,
): Ranking | null {
  const u = unitCentred(scores)
  if (!u) return null
  const [u0, u1, u2, u3, u4, u5] = u as Six
  const r = new Float64Array(index.size)
  const order: number[] = []
  const bandCounts: Record<FitBand, number> = { great: 0, good: 0, fair: 0, weak: 0 }
  const v = index.unit
  for (let k = 0, o = 0; k < index.size; k++, o += 6) {
    const rk = u0 * v[o]! + u1 * v[o + 1]! + u2 * v[o + 2]! + u3 * v[o + 3]! + u4 * v[o + 4]! + u5 * v[o + 5]!
    r[k] = rk
    if (zones && !zones.has(index.jobZones[k]!)) continue
    order.push(k)
    bandCounts[fitBand(rk)]++
  }
  // Codes are stored sorted, so the index breaks ties by code.
  order.sort((a, b) => r[b]! - r[a]! || a - b)
  return { considered: order.length, bandCounts, order, r }
}

export function matchAt(index: MatchIndex, k: number, r: number, studentHigh: readonly Area[]): Match {
  const ratings = Array.from(index.ratings.subarray(k * 6, k * 6 + 6)) as Six
  const occ = index.highPoints[k]!
  return {
    code: index.codes[k]!,
    title: index.titles[k]!,
    jobZone: index.jobZones[k] || null,
    // Unit vectors can give 1.0000000000000002; a correlation is never above 1.
    r: Math.max(-1, Math.min(1, r)),
    band: fitBand(r),
    ratings,
    occupationHighPoint: occ,
    shared: sharedHighPoints(studentHigh, occ),
    medianWage: index.medianWages[k] ?? null,
    brightOutlook: index.bright[k] === 1,
  }
}
