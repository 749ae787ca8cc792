import type { CipSocPair } from '../readers/cip'
import type { ClusterRow } from '../readers/clusters'
import type { BuildContext } from './context'
import { insertRows } from './insert-rows'
import { getOrInit } from './writer'

/** Career clusters; codes outside this pack's taxonomy (a cluster file from another release) are skipped and counted. */
export function writeClusters(ctx: BuildContext, rows: ClusterRow[]): { rows: number; skipped: number } {
  let skipped = 0
  const written = insertRows(
    ctx.db,
    'clusters',
    ['code', 'cluster', 'pathway'],
    (ins) => {
      for (const r of rows) {
        if (ctx.codes.has(r.code)) ins.run([r.code, r.cluster, r.pathway])
        else skipped++
      }
    },
    { mode: 'ignore' },
  )
  return { rows: written, skipped }
}

/**
 * Related programs: each occupation takes every CIP its 6-digit SOC maps to (the crosswalk is
 * SOC-level, so .01/.02 codes share their parent's list). Titles come from the CIP 2020 code
 * list where the code is live, else from the crosswalk itself.
 */
export function writePrograms(
  ctx: BuildContext,
  pairs: CipSocPair[],
  titles: Map<string, string> | null,
): number {
  const bySoc = new Map<string, CipSocPair[]>()
  for (const p of pairs) {
    getOrInit(bySoc, p.soc, () => [] as CipSocPair[]).push(p)
  }
  return insertRows(
    ctx.db,
    'programs',
    ['code', 'cip', 'cip_title'],
    (ins) => {
      for (const code of [...ctx.codes].sort()) {
        for (const p of bySoc.get(code.slice(0, 7)) ?? [])
          ins.run([code, p.cip, titles?.get(p.cip) ?? p.cipTitle])
      }
    },
    { mode: 'ignore' },
  )
}
