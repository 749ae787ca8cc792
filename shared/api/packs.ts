import { z } from 'zod'
import type {
  BuildJob,
  InstallResult,
  OfficialReport,
  PackChangeReport,
  PackList,
  PackSummary,
} from '../domain/packs'
import { filePath, type GeneratedFile, noInput, shortText } from './common'
import { method } from './define'

/** A release folder or zip; `release` names it when the files do not (no Read Me.txt), e.g. '30.1'. */
const onetSource = z.union([
  filePath,
  z
    .object({
      path: filePath,
      release: z
        .string()
        .regex(/^\d{1,4}\.\d{1,2}$/, 'A release looks like 30.1.')
        .optional(),
    })
    .strict(),
])

/** Dropped or chosen official downloads: folders, zips and files, any mix. */
const officialPaths = z
  .array(filePath)
  .min(1, 'Drop or choose the official files first.')
  .max(500, 'Give at most 500 files; drop their folder instead.')

export const buildPackInput = z
  .object({
    /** O*NET release folders or zips, any mix of text, CSV and Excel layouts; newest wins per table. */
    onet: z.array(onetSource).max(8, 'Choose at most 8 O*NET releases.').default([]),
    oews: filePath.optional(),
    ep: filePath.optional(),
    cip: filePath.optional(),
    cipCodes: filePath.optional(),
    clusters: filePath.optional(),
    name: shortText(120).optional(),
    /** OEWS state / MSA / BOS / all-data files (.xlsx, .csv or BLS .zip): area wages. */
    oewsArea: z.array(filePath).max(12, 'Choose at most 12 area wage files.').optional(),
    /** OEWS national industry files (nat3d, nat4d): "Where they work". */
    oewsIndustry: z.array(filePath).max(6, 'Choose at most 6 industry wage files.').optional(),
    /** Install the pack once built (default). Off: build only, then export or import later. */
    install: z.boolean().optional(),
    /** Official downloads as they come (folders, zips, files): each recognised by its content. */
    official: officialPaths.optional(),
  })
  .strict()
  .refine((v) => v.onet.length > 0 || (v.official?.length ?? 0) > 0, {
    message: 'Choose at least one O*NET release folder or zip.',
    path: ['onet'],
  })

export type BuildPackInput = z.output<typeof buildPackInput>

export const packsApi = {
  'packs.current': method<PackSummary | null>()(noInput),
  'packs.list': method<PackList>()(noInput),
  'packs.install': method<InstallResult>()(z.object({ path: filePath }).strict()),
  'packs.rollback': method<InstallResult>()(noInput),
  'packs.export': method<GeneratedFile>()(noInput),
  'packs.build': method<BuildJob>()(buildPackInput),
  'packs.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Unknown build.') }).strict(),
  ),
  'packs.changes': method<PackChangeReport | null>()(noInput),
  /** What dropped or chosen official downloads hold, file by file, before building from them. */
  'packs.detect': method<OfficialReport>()(z.object({ paths: officialPaths }).strict()),
  /** Installs the national pack that came with the installation (after the first start fell back). */
  'packs.installBundled': method<InstallResult>()(noInput),
}
