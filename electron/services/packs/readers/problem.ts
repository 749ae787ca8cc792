import { basename } from 'node:path'
import { UserError } from '../../../../shared/errors'

/**
 * A problem in a source file the user chose. The message names the file and, where it applies,
 * the line (text) or row/cell (spreadsheet), so a counselor or IT person can find it.
 */
export function packInvalid(file: string, where: string | null, problem: string, fix: string): UserError {
  const place = where ? `${basename(file)}, ${where}` : basename(file)
  return new UserError('PACK_INVALID', `${place}: ${problem}`, fix)
}

export const FIX_OFFICIAL =
  'Use the unmodified file as downloaded from onetcenter.org or bls.gov, then build the pack again.'

/** Parses a number from a source cell; '' and 'n/a' are "no value", anything else must be numeric. */
export function num(raw: string | undefined): number | null {
  if (raw === undefined) return null
  const s = raw.trim()
  if (s === '' || s === 'n/a' || s === 'NA' || s === '—' || s === '-') return null
  const n = Number(s.replace(/,/g, ''))
  return Number.isFinite(n) ? n : Number.NaN
}
