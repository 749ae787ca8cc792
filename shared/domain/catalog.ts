// Shapes of catalog data as the renderer and reports see it.

export type RiasecArea = 'R' | 'I' | 'A' | 'S' | 'E' | 'C'
export const RIASEC_AREAS: readonly RiasecArea[] = ['R', 'I', 'A', 'S', 'E', 'C']

export interface SearchResult {
  code: string
  title: string
  /** Why it matched, e.g. "matched alternate title: Coding Specialist". */
  matched: string
  jobZone: number | null
  medianWage: number | null
}

/** A figure that can be missing or flagged by BLS (`*` suppressed, `#` top-coded). */
export interface Figure {
  value: number | null
  /** 'suppressed': BLS did not publish it; 'topcoded': the real value is at least `value`. */
  flag?: 'suppressed' | 'topcoded'
}

export interface WageFigures {
  release: string
  socUsed: string
  /** 'exact': the occupation's own SOC; 'inherited': from the parent SOC of a detailed O*NET code. */
  basis: 'exact' | 'inherited' | 'broad'
  employment: Figure
  annual: { p10: Figure; p25: Figure; median: Figure; p75: Figure; p90: Figure; mean: Figure }
  hourly: { p10: Figure; p25: Figure; median: Figure; p75: Figure; p90: Figure; mean: Figure }
  hourlyOnly: boolean
}

export interface ProjectionFigures {
  release: string
  socUsed: string
  basis: 'exact' | 'inherited' | 'broad'
  baseYear: number
  projYear: number
  employmentBase: number | null
  employmentProjected: number | null
  changePercent: number | null
  openingsPerYear: number | null
  entryEducation: string | null
  workExperience: string | null
  onTheJobTraining: string | null
}

export interface Task {
  id: number
  text: string
  type: 'Core' | 'Supplemental' | null
}

export interface OccupationProfile {
  code: string
  title: string
  description: string
  jobZone: { zone: number; name: string; education: string; experience: string; training: string } | null
  wages: WageFigures | null
  projections: ProjectionFigures | null
  tasks: Task[]
  /** Sections are added by the explore issue; each names the release it came from. */
  [section: string]: unknown
}
