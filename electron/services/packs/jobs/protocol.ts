import type { BuildPackInput } from '../../../../shared/api/packs'

/** Messages between the app and the build child process (plain JSON over the fork IPC channel). */
export type ToWorker = { type: 'start'; input: BuildPackInput; out: string } | { type: 'cancel' }

export type FromWorker =
  | { type: 'progress'; stage: string; file: string; rowsRead: number; fraction: number }
  | { type: 'done'; file: string; occupations: number; ms: number }
  | { type: 'error'; code: string; message: string; fix?: string }

/** The builder's options, from the API input (the API says `cip`, the builder `cipCrosswalk`). */
export function builderOptions(input: BuildPackInput, out: string) {
  return {
    out,
    name: input.name,
    onet: input.onet,
    oews: input.oews,
    ep: input.ep,
    cipCrosswalk: input.cip,
    cipCodes: input.cipCodes,
    clusters: input.clusters,
  }
}
