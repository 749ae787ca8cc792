import type { BuildPackInput } from '../../../../shared/api/packs'
import type { OfficialReport } from '../../../../shared/domain/packs'
import type { PreparedPack, PrepareStep } from '../install/install'

/** Messages between the app and the pack child process (plain JSON over the fork IPC channel). */
export type ToWorker =
  | { type: 'start'; input: BuildPackInput; out: string; dataDir: string }
  | { type: 'cancel' }
  /** Copy and validate a pack for install (the slow half of an install). */
  | { type: 'prepare'; dataDir: string; src: string }
  /** Validate packs/previous.sqlite before a rollback. */
  | { type: 'check-previous'; dataDir: string }
  /** Recognise official downloads (reads the start of every file, inflating zips). */
  | { type: 'detect'; paths: string[] }

export type FromWorker =
  | { type: 'progress'; stage: string; file: string; rowsRead: number; fraction: number }
  /** A prepare reached its next slow step (a first start shows each one). */
  | { type: 'step'; step: PrepareStep }
  | { type: 'done'; file: string; occupations: number; ms: number; prepared: PreparedPack | null }
  | { type: 'prepared'; prepared: PreparedPack }
  | { type: 'checked' }
  | { type: 'detected'; report: OfficialReport }
  | { type: 'error'; code: string; message: string; fix?: string }

/** The builder's options, from the API input (the API says `cip`, the builder `cipCrosswalk`). */
export function builderOptions(input: BuildPackInput, out: string) {
  return {
    out,
    name: input.name,
    onet: input.onet ?? [],
    oews: input.oews,
    ep: input.ep,
    cipCrosswalk: input.cip,
    cipCodes: input.cipCodes,
    clusters: input.clusters,
    ...(input.official?.length ? { official: input.official } : {}),
    oewsArea: input.oewsArea,
    oewsIndustry: input.oewsIndustry,
  }
}
