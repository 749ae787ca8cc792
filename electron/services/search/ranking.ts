import type { Field } from './build-index'
import { Quality } from './match'

/** The tier of a match in each field: title beats alternate title beats reported title, and so on. */
export const FIELD_TIER: Record<Field, number> = {
  title: 0,
  alternate: 1,
  reported: 2,
  task: 4,
  technology: 5,
}
/** Words found only across several fields rank after every single-field match of their table. */
export const SPREAD_TIER = { names: 3, details: 6 } as const
/** One occupation's best match so far, with everything the result order needs. */
export interface Candidate {
  code: string
  rowid: number
  field: Field
  tier: number
  quality: number
  /** 0: the words were found whole (or through a lay word or respelling); 1: only as prefixes. */
  bucket: 0 | 1
  extra: number
  entry: string
}

/**
 * Result order: whole-word matches before prefix-only ones (so "excel" finds Microsoft Excel
 * before "Excelsior Cutter"); an entry that is exactly the query first; then title before
 * alternate title before reported title before task and technology; then closeness (fewer
 * extra words) and, last, the most-employed occupation.
 */
export function compare(a: Candidate, b: Candidate): number {
  return (
    a.bucket - b.bucket ||
    Number(a.quality !== Quality.exact) - Number(b.quality !== Quality.exact) ||
    a.tier - b.tier ||
    a.quality - b.quality ||
    Math.min(a.extra, 3) - Math.min(b.extra, 3) ||
    a.rowid - b.rowid
  )
}
