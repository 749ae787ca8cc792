import { z } from 'zod'

// Limits shared by every method, so oversize input is refused before any service runs.
export const shortText = (max = 200) => z.string().trim().max(max, `Keep this under ${max} characters.`)
export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be under ${max} characters.`)
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
export const onetCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'An occupation code looks like 29-2072.00.')
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-09-15.')
/**
 * A file or folder: a grant id from a native dialog or a drop (the desktop app, see
 * electron/services/grants.ts), or a full path (CLI, tests, the browser harness). A relative path
 * would be read against wherever the app runs, so it is refused.
 */
export const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (s) =>
      /^grant:[0-9a-f]{32}$/.test(s) ||
      s.startsWith('/') ||
      /^[A-Za-z]:[\\/]/.test(s) ||
      s.startsWith('\\\\'),
    { message: 'Give the full path of the file or folder (choose it with the Choose… button).' },
  )
export const noInput = z.object({}).strict().optional()

/** A generated file (PDF, export) the shell can open, save or print. */
export interface GeneratedFile {
  fileId: string
  fileName: string
  byteLength: number
  pageCount?: number
}

// Shared by the record slices (students, sessions, goals, saved careers, consents, disclosures, records).
export const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
// A calendar date that exists (2026-02-30 does not), within the years a record can cover.
export const realDate = isoDate.refine(
  (d) => {
    const t = Date.parse(`${d}T00:00:00Z`)
    return (
      !Number.isNaN(t) &&
      new Date(t).toISOString().slice(0, 10) === d &&
      d >= '1990-01-01' &&
      d <= '2100-12-31'
    )
  },
  {
    message: 'Use a real date like 2026-09-15.',
  },
)

export const byId = z.object({ id }).strict()
export const byStudent = z.object({ studentId: id }).strict()
