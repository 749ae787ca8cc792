import type { Area, FitBand, InventoryAnswer, Six } from '../riasec'

export type ProfileSource = 'profiler' | 'holland' | 'quick'

export const SOURCE_LABEL: Record<ProfileSource, string> = {
  profiler: 'O*NET Interest Profiler scores',
  holland: 'Holland code',
  quick: 'Quick interest check',
}

export interface InterestProfile {
  id: number
  studentId: number
  takenOn: string
  source: ProfileSource
  /** R, I, A, S, E, C on the Profiler's 0-40 scale, whatever the source. */
  scores: Six
  /** High-point code, strongest first (up to three letters). */
  highPoint: Area[]
  /** The Holland code as typed, for source 'holland'. */
  enteredCode: string | null
  /** Quick-inventory answers by item id, for source 'quick'. */
  answers: Record<string, InventoryAnswer> | null
  note: string | null
  createdAt: string
}

export interface JobZoneOption {
  /** The zone number stored on occupations (2 for the merged 1-2 row of 30.2+ packs). */
  zone: number
  label: string
  /** Zones this option stands for, e.g. [1, 2] for "Job Zone 1-2". */
  covers: number[]
  occupations: number
}

export interface Match {
  code: string
  title: string
  jobZone: number | null
  r: number
  band: FitBand
  /** The occupation's six O*NET interest ratings (OI, 1-7), R to C. */
  ratings: Six
  occupationHighPoint: Area[]
  /** High-point areas the student and the occupation share, in the student's order. */
  shared: Area[]
  /** From the same pack, so a counselor sees pay and outlook beside fit (null: BLS has no annual median). */
  medianWage: number | null
  brightOutlook: boolean
  /** Annual median in the counselor's home area (null: not published there); absent without one. */
  localMedianWage?: number | null
  localArea?: string
  /** 'topcoded': BLS's `#`, the median is at least `localMedianWage`. */
  localMedianWageFlag?: 'suppressed' | 'topcoded' | null
  /** Release and area, for the footnote: "BLS OEWS May 2025, Columbus, OH". */
  localSource?: string
}

export interface MatchProfileRef {
  id: number | null
  takenOn: string | null
  source: ProfileSource | null
  scores: Six
  highPoint: Area[]
}

export type MatchResult =
  | { kind: 'no-profile'; message: string; zones: JobZoneOption[] }
  | { kind: 'flat'; message: string; profile: MatchProfileRef; zones: JobZoneOption[] }
  | {
      kind: 'ranked'
      profile: MatchProfileRef
      /** Set when the profile is nearly flat: ranked, but to be read with care. */
      caution: string | null
      zones: JobZoneOption[]
      selectedZones: number[]
      /** Occupations with interest ratings that passed the job-zone filter. */
      considered: number
      bandCounts: Record<FitBand, number>
      matches: Match[]
      /** e.g. "O*NET 30.3 interest ratings". */
      source: string
    }

export interface MatchExplanation {
  profile: MatchProfileRef
  match: Match
  /** Ordinal place among all occupations with ratings (1 = best), ignoring the job-zone filter. */
  rank: number
  of: number
  sentences: string[]
  source: string
}
