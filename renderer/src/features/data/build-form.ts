import { z } from 'zod'
import { api } from '../../../../shared/api'
import type { BuildPackInput } from '../../../../shared/api/packs'

/** The build panel's fields as typed: blank where nothing was chosen, one row per file list entry. */
export interface BuildForm {
  onet: { path: string; release: string }[]
  oews: string
  ep: string
  cip: string
  cipCodes: string
  clusters: string
  name: string
  oewsArea: { path: string }[]
  oewsIndustry: { path: string }[]
}

export const OPTIONAL_FILES = ['oews', 'ep', 'cip', 'cipCodes', 'clusters'] as const

export const emptyBuildForm = (): BuildForm => ({
  onet: [{ path: '', release: '' }],
  oews: '',
  ep: '',
  cip: '',
  cipCodes: '',
  clusters: '',
  name: '',
  oewsArea: [{ path: '' }],
  oewsIndustry: [{ path: '' }],
})

const blank = (s: string | undefined) => !s?.trim()

/** Which rows reach the contract: those with a file chosen (a release typed alone means nothing). */
export const keptRows = (rows: { path: string }[]): number[] =>
  rows.flatMap((r, i) => (blank(r.path) ? [] : [i]))

/**
 * The form's values as the contract's input: blank fields and rows left out, a release only where
 * one was typed. Errors the contract finds come back by input index (`onet.1.release`);
 * keptRows maps them to the row on screen.
 */
export function toBuildInput(f: BuildForm): BuildPackInput {
  const pick = <T extends { path: string }>(rows: T[]) => keptRows(rows).map((i) => rows[i] as T)
  const input: BuildPackInput = {
    onet: pick(f.onet).map((r) =>
      blank(r.release) ? r.path.trim() : { path: r.path.trim(), release: r.release.trim() },
    ),
  }
  if (!blank(f.name)) input.name = f.name.trim()
  for (const k of OPTIONAL_FILES) if (!blank(f[k])) input[k] = f[k].trim()
  const area = pick(f.oewsArea).map((r) => r.path.trim())
  const industry = pick(f.oewsIndustry).map((r) => r.path.trim())
  if (area.length) input.oewsArea = area
  if (industry.length) input.oewsIndustry = industry
  return input
}

/** The contract's own schema (shared/api), read through toBuildInput: one source of messages. */
export const buildFormSchema = z.preprocess(
  (v) => toBuildInput(v as BuildForm),
  api['packs.build'].input,
) as unknown as z.ZodType<BuildPackInput, BuildForm>
