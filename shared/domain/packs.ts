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
