import type { Field } from './build-index'
import { Quality } from './match'

/**
 * The tier of a match in each field: title beats alternate title beats reported title beats the
 * program an occupation is studied as, which beats tasks and technology.
 */
export const FIELD_TIER: Record<Field, number> = {
  title: 0,
  alternate: 1,
  reported: 2,
  program: 3,
  task: 5,
  technology: 6,
}
/**
 * An alternate or reported title that carries the words only as a setting or subject ("Hospital
 * Cleaner" for "hospital"), or one of an "All Other" catch-all's odd titles: below programs, so a
 * general word ranks the occupations most tied to it (see Candidate.ties).
 */
export const WEAK_NAME_TIER = 3.5
/** A teaching occupation, when the query does not ask for teaching: below those who practise. */
export const TEACHING_TIER = 3.6
/** Words found only across several entries rank after every single-entry match of their table. */
export const SPREAD_TIER = { names: 4, programs: 4.5, details: 7 } as const

/** One occupation's best match so far, with everything the result order needs. */
export interface Candidate {
  code: string
  rowid: number
  field: Field
  tier: number
  quality: number
  /** 0: the words were found whole (or through a lay word, a word form or respelling); 1: only as prefixes. */
  bucket: 0 | 1
  extra: number
  entry: string
  /** For matches below names: how many of the occupation's entries answer the query. */
  ties: number
}

/**
 * Result order: whole-word matches before prefix-only ones (so "excel" finds Microsoft Excel
 * before "Excelsior Cutter"); an entry that is exactly the query first; then title before
 * alternate title before reported title before program before task and technology; then the
 * match quality, how tied the occupation is to the words, closeness (fewer extra words) and,
 * last, the most-employed occupation.
 */
export function compare(a: Candidate, b: Candidate): number {
  return (
    a.bucket - b.bucket ||
    Number(a.quality !== Quality.exact) - Number(b.quality !== Quality.exact) ||
    a.tier - b.tier ||
    a.quality - b.quality ||
    b.ties - a.ties ||
    Math.min(a.extra, 3) - Math.min(b.extra, 3) ||
    a.rowid - b.rowid
  )
}

/** Teachers, instructors and teaching assistants (SOC 25-1, 25-2, 25-3, 25-904x). */
export const isTeaching = (code: string) => /^25-(?:[123]|904)/.test(code)

/** A query that asks for teaching keeps teaching occupations where their match puts them. */
export const asksForTeaching = (words: string[]) =>
  words.some((w) =>
    /^(?:teach|instruct|professor|tutor|lectur|educat|faculty|kindergarten|preschool|classroom)/.test(w),
  )
