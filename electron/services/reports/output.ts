import { join } from 'node:path'
import type { GeneratedFile } from '../../../shared/api/common'
import type { OccupationProfile } from '../../../shared/domain/catalog'
import { UserError } from '../../../shared/errors'
import { buildProfile } from '../catalog/profile'
import type { ServiceContext } from '../context'
import { homeAreaFor } from '../settings/home-area'
import type { ReportEnv } from './docs/common'
import type { Paper } from './kit/doc'

export function envFor(ctx: ServiceContext, paper: Paper): ReportEnv {
  return { paper, fontsDir: join(ctx.resourcesDir, 'fonts'), now: ctx.now() }
}

/** A file name a counselor recognises in a Downloads folder. */
export function fileNameFor(what: string, who: string, now: Date): string {
  const clean = `${what} - ${who}`
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return `${clean} - ${now.toISOString().slice(0, 10)}.pdf`
}

export function saveReport(
  ctx: ServiceContext,
  bytes: Buffer,
  fileName: string,
  pages: number,
): GeneratedFile {
  const { fileId, byteLength } = ctx.files.write('pdf', bytes, fileName)
  return { fileId, fileName, byteLength, pageCount: pages }
}

/** The profile as the screen shows it; null when the installed pack has no such code. */
export function profileOrNull(ctx: ServiceContext, code: string): OccupationProfile | null {
  try {
    return buildProfile(ctx.catalog.get(), code, homeAreaFor(ctx))
  } catch (e) {
    if (e instanceof UserError && e.code === 'NOT_FOUND') return null
    throw e
  }
}

/** Lets the event loop breathe between report sections so the window stays responsive. */
export const breathe = () => new Promise<void>((r) => setImmediate(r))
