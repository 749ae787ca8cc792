// Shapes of catalog data as the renderer and reports see it. The profile and comparison objects
// are printed as they are by the reports work: add fields, never rename or drop them.
import type { BarChartModel, RangeChartModel } from '../charts/model'

export type RiasecArea = 'R' | 'I' | 'A' | 'S' | 'E' | 'C'
export const RIASEC_AREAS: readonly RiasecArea[] = ['R', 'I', 'A', 'S', 'E', 'C']

export interface SearchResult {
  code: string
  title: string
  /** Why it matched, e.g. "matched alternate title: Coding Specialist". */
  matched: string
  jobZone: number | null
  medianWage: number | null
  /**
   * Which field matched: the code, the title, an alternate or reported title, a school program
   * the occupation is studied as (CIP title), a task, a technology.
   */
  field: 'code' | 'title' | 'alternate' | 'reported' | 'program' | 'task' | 'technology'
  /** The text that matched (a task is clipped around the match) … */
  snippet: string
  /** … and the [start, end) character ranges in it to highlight. */
  highlights: [number, number][]
  /** The lay word that led here ("cop" → police), if the match came through one. */
  layWord: string | null
  /** What was searched instead when a word matched nothing ("nurse" for "nurce"). */
  spelledAs: string | null
  /**
   * Set when no career matched all the words, so only some were searched ("nursing" for
   * "nursing studies"): what was searched, the words left out, and whether those words matched
   * nothing at all on their own (else they matched, just never together with the rest).
   */
  partial?: { showing: string; dropped: string[]; alone: boolean } | null
}

/** A figure that can be missing or flagged by BLS (`*` suppressed, `#` top-coded). */
export interface Figure {
  value: number | null
  /** 'suppressed': BLS did not publish it; 'topcoded': the real value is at least `value`. */
  flag?: 'suppressed' | 'topcoded'
}

/** How a BLS row was joined to an O*NET code. */
export type BlsBasis = 'exact' | 'inherited' | 'broad'

export interface WageFigures {
  release: string
  socUsed: string
  /** 'exact': the occupation's own SOC; 'inherited': from the parent SOC of a detailed O*NET code. */
  basis: BlsBasis
  /** A sentence a counselor can read: "Figures for SOC 29-2072 (parent occupation)". */
  basisNote: string | null
  employment: Figure
  annual: { p10: Figure; p25: Figure; median: Figure; p75: Figure; p90: Figure; mean: Figure }
  hourly: { p10: Figure; p25: Figure; median: Figure; p75: Figure; p90: Figure; mean: Figure }
  hourlyOnly: boolean
  /** "BLS OEWS May 2025, national, SOC 29-2072" — what every wage figure footnotes. */
  source: string
}

export interface ProjectionFigures {
  release: string
  socUsed: string
  basis: BlsBasis
  basisNote: string | null
  baseYear: number
  projYear: number
  employmentBase: number | null
  employmentProjected: number | null
  changePercent: number | null
  openingsPerYear: number | null
  entryEducation: string | null
  workExperience: string | null
  onTheJobTraining: string | null
  source: string
}

export interface Task {
  id: number
  text: string
  type: 'Core' | 'Supplemental' | null
}

/** The six O*NET rating domains a pack may hold, in the order a profile shows them. */
export type RatingDomain =
  | 'knowledge'
  | 'skills'
  | 'abilities'
  | 'work_activities'
  | 'work_styles'
  | 'work_values'
export const RATING_DOMAINS: readonly RatingDomain[] = [
  'knowledge',
  'skills',
  'abilities',
  'work_activities',
  'work_styles',
  'work_values',
]
export const RATING_DOMAIN_LABELS: Record<RatingDomain, string> = {
  knowledge: 'Knowledge',
  skills: 'Skills',
  abilities: 'Abilities',
  work_activities: 'Work activities',
  work_styles: 'Work styles',
  work_values: 'Work values',
}

export interface RatedElement {
  id: string
  name: string
  /** O*NET importance (IM 1–5; work styles WI; work values EX). Items are ranked by it. */
  importance: number | null
  /** O*NET level (LV 0–7) where the domain has one. */
  level: number | null
}

/**
 * One rating domain of a profile. 'not-in-pack': the installed pack has no such table;
 * 'not-rated': the pack has it but O*NET has not rated this occupation. Never a substitute list.
 */
export interface RatingSection {
  domain: RatingDomain
  label: string
  status: 'rated' | 'not-rated' | 'not-in-pack'
  /** What to say instead of a list, e.g. "O*NET has not rated this occupation for knowledge." */
  message: string | null
  /** Highest importance first; ties by level, then name. */
  items: RatedElement[]
  /** How many elements are rated in all (items holds the top ones). */
  total: number
  importanceScale: string | null
  levelScale: string | null
  source: string | null
}

/** A generated, data-backed sentence for the summary ("Employment is projected to grow …"). */
export interface KeyFact {
  id: 'outlook' | 'entry-education' | 'bright-outlook' | 'job-zone' | 'wage'
  text: string
  source: string
}

export interface OverviewFigure {
  id: 'median-wage' | 'employment' | 'employment-projected' | 'openings' | 'growth'
  label: string
  value: number | null
  /** Formatted with shared/format.ts, flags applied ("≥ $239,200", "not available"). */
  text: string
  source: string
}

export interface OutlookSummary {
  changePercent: number | null
  allOccupationsPercent: number | null
  /** BLS wording, e.g. "faster than average"; null when there is no projection. */
  phrase: string | null
  brightOutlook: boolean
  /** Which criteria it meets, e.g. ["Projected to grow faster than average"]. */
  brightReasons: string[]
  /** The Bright Outlook rule in words, from the pack's manifest when it states one. */
  brightRule: string
}

export interface JobZoneInfo {
  zone: number
  name: string
  education: string
  experience: string
  training: string
  examples: string
  svpRange: string
  /** Zones the reference row covers: [1, 2] for the merged row of O*NET 30.2+. */
  coversZones: number[]
  /** "Job Zone 3" or "Job Zone 1–2": the name every screen and report uses (shared/jobzone.ts). */
  label: string
  /** Set when the pack's reference merges zones: "O*NET 30.3 describes zones 1 and 2 together." */
  mergedNote: string | null
  source: string
}

export interface RelatedOccupation {
  code: string
  title: string
  tier: string | null
  medianWage: number | null
}

export interface TechnologyItem {
  name: string
  category: string
  hot: boolean
  inDemand: boolean
}

export interface ToolItem {
  name: string
  category: string
}

export interface SectionSource {
  section: string
  table: string
  kind: string
  release: string
  file: string
  rows: number
}

/** A section the pack may lack: `available` false renders "not in this pack". */
export interface Section<T> {
  available: boolean
  source: string | null
  items: T[]
}

export interface OccupationProfile {
  code: string
  soc: string
  title: string
  description: string
  majorGroup: { code: string; title: string }
  riasecCode: string | null
  keyFacts: KeyFact[]
  overview: OverviewFigure[]
  outlook: OutlookSummary
  sampleTitles: Section<string>
  jobZone: JobZoneInfo | null
  wages: WageFigures | null
  projections: ProjectionFigures | null
  tasks: Task[]
  tasksSource: string | null
  /** The six rating domains, always in RATING_DOMAINS order. */
  ratings: RatingSection[]
  interests: Section<{ area: RiasecArea; name: string; score: number }>
  education: Section<{ category: number; name: string; percent: number }>
  related: Section<RelatedOccupation>
  programs: Section<{ cip: string; title: string }>
  clusters: Section<{ cluster: string; pathway: string }>
  technology: Section<TechnologyItem>
  tools: Section<ToolItem>
  charts: {
    wagesAnnual: RangeChartModel | null
    wagesHourly: RangeChartModel | null
    education: BarChartModel | null
    interests: BarChartModel | null
  }
  /** Every table a section was read from, with its release (the profile's "Sources" section). */
  sources: SectionSource[]
  packName: string
  /** The counselor's home area (Settings) beside the national figures; null when none is chosen. */
  homeArea?: HomeAreaWages | null
  /** Median wage in every state and territory of the pack ("Wages by state"). */
  wagesByState?: Section<StateWageRow>
  wagesByStateChart?: BarChartModel | null
  /** "Where they work": industries employing the most people in the occupation. */
  industries?: Section<IndustryEmployment>
}

// ---- Browse ----

export type BrowseSort = 'title' | 'wage' | 'growth' | 'openings' | 'localWage'

export interface BrowseRow {
  code: string
  title: string
  jobZone: number | null
  medianWage: number | null
  medianWageFlag: Figure['flag'] | null
  growthPercent: number | null
  openings: number | null
  brightOutlook: boolean
  riasecCode: string | null
  entryEducation: string | null
  /** Annual median in the home area (metro when chosen, else state); null: not published there. */
  localMedianWage?: number | null
  localMedianWageFlag?: Figure['flag'] | null
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

export interface BrowseFacets {
  cluster: FacetValue[]
  pathway: FacetValue[]
  majorGroup: FacetValue[]
  jobZone: FacetValue[]
  education: FacetValue[]
  growth: FacetValue[]
  interest: FacetValue[]
  wage: FacetValue[]
  brightOutlook: number
}

export interface BrowseResult {
  /** The home area whose median `localMedianWage` holds; null without one. */
  localArea?: AreaOption | null
  /** Release and area of the home-area medians, for the footnote under the table. */
  localSource?: string | null
  rows: BrowseRow[]
  total: number
  page: number
  pageSize: number
}

// ---- Compare ----

export interface CompareColumn {
  code: string
  title: string
  jobZone: number | null
  medianWage: Figure
  wageRange: { p10: Figure; p90: Figure }
  employment: number | null
  growthPercent: number | null
  outlookPhrase: string | null
  openings: number | null
  brightOutlook: boolean
  entryEducation: string | null
  riasecCode: string | null
  wageSource: string | null
  projectionSource: string | null
}

export interface CompareRow {
  id: string
  label: string
  /** One formatted cell per column, in the order of `columns`. */
  cells: string[]
  source: string
}

export interface ComparisonOverlap {
  domain: 'skills' | 'knowledge'
  /** Elements in the top list of at least two careers, with each career's importance. */
  shared: { name: string; importance: (number | null)[] }[]
  /** Per career: its top elements not shared with the others. */
  distinct: string[][]
  message: string | null
}

export interface Comparison {
  columns: CompareColumn[]
  rows: CompareRow[]
  charts: {
    wages: RangeChartModel
    growth: BarChartModel
    openings: BarChartModel
    interests: BarChartModel | null
    skills: BarChartModel | null
    knowledge: BarChartModel | null
    education: BarChartModel | null
  }
  overlap: ComparisonOverlap[]
  packName: string
}

// ---- Local labor market (OEWS area and industry files) ----

export type AreaType = 'state' | 'territory' | 'metro' | 'nonmetro'

/** An OEWS area the pack holds wages for. */
export interface AreaOption {
  /** BLS AREA code: state FIPS '39', MSA '18140', nonmetro '3900002'. */
  code: string
  title: string
  type: AreaType
  /** Postal code of the (primary) state, 'OH'. */
  state: string
}

/**
 * One area's wages for an occupation. `published` false: BLS published no row for it in that area
 * (the product shows the national figures instead and says so, never an estimate).
 */
export interface AreaWageFigures {
  area: AreaOption
  release: string
  published: boolean
  wages: WageFigures | null
  /** "BLS OEWS May 2025, Ohio, SOC 29-2072" */
  source: string
  /** Set when there are no figures: "BLS published no wages for this occupation in West Virginia." */
  message: string | null
}

/** The counselor's home area beside the nation: state and, when chosen, the metro area. */
export interface HomeAreaWages {
  state: AreaWageFigures | null
  metro: AreaWageFigures | null
}

export interface StateWageRow {
  area: AreaOption
  medianAnnual: Figure
  medianHourly: Figure
  employment: Figure
  hourlyOnly: boolean
}

export interface IndustryEmployment {
  naics: string
  title: string
  employment: Figure
  /** Share of the occupation's national employment in this industry, in percent. */
  sharePercent: number | null
  medianAnnual: Figure
  medianHourly: Figure
}
