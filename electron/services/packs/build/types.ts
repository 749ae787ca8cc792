import type { OnetSourceOption } from '../readers/onet-release'

export interface BuildOptions {
  /** Where the pack is written (a temp file beside it is renamed into place at the end). */
  out: string
  name?: string
  /** O*NET releases, any layout (folder or zip); the newest release wins per table. */
  onet: (string | OnetSourceOption)[]
  oews?: string | { path: string; release?: string }
  ep?: string | { path: string; release?: string }
  /** OEWS state / MSA / BOS / all-data files (.xlsx, .csv or a BLS .zip): area wages. */
  oewsArea?: string[]
  /** OEWS national industry-specific files (nat3d, nat4d ...): "Where they work". */
  oewsIndustry?: string[]
  cipCrosswalk?: string
  cipCodes?: string
  clusters?: string
  /** Tags every source as the embedded starter pack (table_sources.source_kind 'starter'). */
  starter?: boolean
  now?: () => Date
}

export interface BuildProgress {
  stage: string
  file: string
  rowsRead: number
  /** 0..1 over the whole build. */
  fraction: number
}

export interface BuildControl {
  onProgress?: (p: BuildProgress) => void
  signal?: AbortSignal
}

export interface BuildResult {
  file: string
  counts: Record<string, number>
  contentChecksum: string
  unmatchedBls: number
  ms: number
}

/** One source file as the manifest records it. */
export interface SourceRecord {
  kind: string
  release: string
  file: string
  sha256: string
  rows: number
}
