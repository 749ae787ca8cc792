import type { OfficialReport } from '../../../../shared/domain/packs'
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
  /**
   * Official downloads as they come (folders, files, zips in any mix): each file is recognised by
   * its content (../official/plan.ts). Explicit options above win over what is found here.
   */
  official?: string[]
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
  /** With `official`: what each file was and which were used. */
  official?: OfficialReport
}

/** One source file as the manifest records it. */
export interface SourceRecord {
  kind: string
  release: string
  file: string
  sha256: string
  rows: number
}
