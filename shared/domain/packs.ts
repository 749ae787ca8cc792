export interface PackSource {
  kind: string
  release: string
  file: string
  sha256: string
  rows: number
}

/** Where one catalog table came from, as the pack's table_sources records it. */
export interface PackTableSource {
  table: string
  kind: string
  release: string
  file: string
  rows: number
}

export interface PackSummary {
  name: string
  builtAt: string
  schemaVersion: number
  occupations: number
  sources: PackSource[]
  contentChecksum: string
  /** Rows per catalog table (what the pack really holds, counted on install). */
  counts: Record<string, number>
  tables: PackTableSource[]
  /** Rating domains (skills, knowledge, …) and the O*NET release each came from. */
  ratingDomains: { domain: string; release: string; occupationsRated: number }[]
  attribution: string
  /** When this workstation installed it; null for a pack not installed (e.g. a candidate). */
  installedAt: string | null
  byteLength: number
  /** Release months the pack's manifest records ("O*NET 30.3" → "May 2026"); older packs have none. */
  releaseDates?: Record<string, string>
}

/** One install (or rollback) this workstation made, newest first. */
export interface PackHistoryEntry {
  name: string
  builtAt: string
  contentChecksum: string
  occupations: number
  installedAt: string
  action: 'install' | 'rollback'
  /** True for the pack a rollback would bring back. */
  restorable: boolean
}

export interface PackList {
  installed: PackSummary | null
  /** The pack kept for one-click rollback, if any. */
  previous: PackSummary | null
  history: PackHistoryEntry[]
  /** What the first start installed (bundled national pack or starter pack), if recorded. */
  firstStart?: FirstStartInfo | null
}

export type CareerChangeKind = 'removed' | 'replaced' | 'renamed' | 'changed'

export interface FieldChange {
  field: 'title' | 'job_zone' | 'median_wage' | 'growth' | 'interests'
  label: string
  before: string
  after: string
}

/** What a new pack changed about one student's saved career. */
export interface SavedCareerChange {
  studentId: number
  studentName: string
  code: string
  /** The title the career was saved with (kept even when the new pack drops the code). */
  savedTitle: string
  kind: CareerChangeKind
  /** O*NET's own taxonomy links from the old code, when the new pack has them. */
  replacements: { code: string; title: string }[]
  changes: FieldChange[]
}

export interface PackChangeReport {
  id: number
  createdAt: string
  action: 'install' | 'rollback'
  fromPack: { name: string; contentChecksum: string } | null
  toPack: { name: string; contentChecksum: string }
  savedCareersChecked: number
  studentsAffected: number
  items: SavedCareerChange[]
}

export interface InstallResult {
  pack: PackSummary
  changes: PackChangeReport
}

export interface BuildJob {
  jobId: string
}

/** One file of the official downloads given to "build from official files", and what became of it. */
export interface OfficialFileReport {
  /** "<folder or zip>/<name>" */
  file: string
  /** What the file is, worked out from its content ("O*NET Task Statements"); null when unknown. */
  what: string | null
  release: string | null
  /**
   * used; older (a newer release of the same table is used); duplicate (same release twice);
   * not-needed (an official file the pack does not use); skipped (unknown, unreadable, no release).
   */
  status: 'used' | 'older' | 'duplicate' | 'not-needed' | 'skipped'
  /** Why it is not used, or what it adds. */
  note: string
}

/** What a folder (or files, or zips) of official downloads holds, before or after building from it. */
export interface OfficialReport {
  files: OfficialFileReport[]
  /** Sources not found, each with what it would add (keys of OFFICIAL_SOURCES). */
  missing: string[]
  /** False when a table every pack needs (O*NET Occupation Data, Job Zone Reference) was not found. */
  canBuild: boolean
  /** Why not, in a counselor's words, when canBuild is false. */
  problem?: string
}

/** How the installed pack got there, when it was the one installed at first start. */
export type FirstStartOrigin = 'bundled' | 'starter'

export interface FirstStartInfo {
  origin: FirstStartOrigin
  at: string
  /** True while that first pack is still the installed one. */
  current: boolean
  /** Why a bundled pack was not installed (the starter pack was installed instead). */
  fallback?: string
  /** With fallback: the bundled pack is still there, so installing it can be tried again. */
  bundledAvailable?: boolean
}

/** What happened to a saved career, as the data screen and the printed record say it. */
export const CHANGE_KIND_LABEL: Record<CareerChangeKind, string> = {
  removed: 'No longer in this pack',
  replaced: 'Replaced',
  renamed: 'Renamed',
  changed: 'Figures changed',
}
