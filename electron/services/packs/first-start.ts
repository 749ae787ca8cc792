import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FirstStartOrigin, InstallResult } from '../../../shared/domain/packs'
import { UserError } from '../../../shared/errors'
import type { FirstStartProgress, ServiceContext } from '../context'
import { commitInstall, installPack, type PrepareStep } from './install/install'
import { callWorker } from './jobs/worker'
import { ensureStarterCatalog } from './starter'

/** Where `npm run dist -- --pack <file>` puts the national pack, inside the app's resources folder. */
export const BUNDLED_PACK_DIR = 'bundled-pack'
const RECORD = 'first-start.json'

export type FirstPackChoice = { origin: 'bundled'; file: string } | { origin: 'starter'; dir: string }

/**
 * What a first start installs: the national pack shipped with this installation when there is
 * one (resources/bundled-pack/*.capack), else the embedded starter pack. Development checkouts
 * and `npm start` have no bundled pack, so they open on the starter pack.
 */
export function chooseFirstPack(resourcesDir: string): FirstPackChoice {
  const dir = join(resourcesDir, BUNDLED_PACK_DIR)
  const file = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.toLowerCase().endsWith('.capack'))
        .sort()[0]
    : undefined
  return file
    ? { origin: 'bundled', file: join(dir, file) }
    : { origin: 'starter', dir: join(resourcesDir, 'starter-pack') }
}

/** What the first start installed; the Data screen says so while that pack is the installed one. */
export interface FirstStartRecord {
  origin: FirstStartOrigin
  contentChecksum: string | null
  at: string
  /** Why the bundled pack was not installed (then the starter pack was). */
  fallback?: string
}

/**
 * On first start (no catalog yet) installs the bundled national pack through the normal install
 * path (copy, full validation, swap), or the starter pack when there is none. A bundled pack
 * that fails validation is not fatal: the starter pack installs and the reason is kept.
 * `onProgress` hears when the bundled install begins (it takes seconds): the shell opens its
 * window then and says what is happening, rather than showing nothing.
 */
export async function ensureFirstCatalog(
  ctx: ServiceContext,
  onProgress?: (p: FirstStartProgress) => void,
): Promise<void> {
  if (ctx.catalog.exists()) return
  const choice = chooseFirstPack(ctx.resourcesDir)
  let fallback: string | undefined
  let said = ''
  const say = (step: string) => {
    if (step === said) return
    said = step
    // Showing a step must never cost the counselor the national pack (nor, from inside the
    // worker's message handler, crash the main process).
    try {
      onProgress?.({ step })
    } catch (e) {
      console.error('[first start] a setup step could not be shown', e)
    }
  }
  if (choice.origin === 'bundled') {
    say(FIRST_STEPS.copying)
    try {
      const r = await installBundled(ctx, choice.file, (s) => say(FIRST_STEPS[s]))
      writeRecord(ctx.dataDir, { origin: 'bundled', contentChecksum: r.pack.contentChecksum, at: now(ctx) })
      return
    } catch (e) {
      fallback = (e as Error).message
      say('Setting up the starter career data instead')
    }
  }
  await ensureStarterCatalog(ctx)
  if (!ctx.catalog.exists()) return
  const checksum = readChecksum(ctx)
  writeRecord(ctx.dataDir, {
    origin: 'starter',
    contentChecksum: checksum,
    at: now(ctx),
    ...(fallback ? { fallback } : {}),
  })
}

/**
 * Installs the bundled national pack on request, after the first start fell back to the starter
 * pack (a worker that would not start, a full disk): without this the counselor would be left
 * with 53 occupations and no way to reach a file kept inside the app's own folder.
 */
export async function installBundledPack(ctx: ServiceContext): Promise<InstallResult> {
  const choice = chooseFirstPack(ctx.resourcesDir)
  if (choice.origin !== 'bundled')
    throw new UserError(
      'NOT_FOUND',
      'No national data pack came with this installation of Career Atlas.',
      'Build the national pack from the official files on this screen, or import one your district made.',
    )
  const r = await installBundled(ctx, choice.file)
  writeRecord(ctx.dataDir, { origin: 'bundled', contentChecksum: r.pack.contentChecksum, at: now(ctx) })
  return r
}

/** The steps of the bundled install as the setup window says them. */
const FIRST_STEPS: Record<PrepareStep, string> = {
  copying: 'Copying the national career data',
  checking: 'Checking every table of the national career data',
  indexing: 'Building the search index, so any job title finds its career',
}

/** The copy and full validation run in the pack worker, as any install does; only the swap runs here. */
async function installBundled(ctx: ServiceContext, file: string, onStep?: (s: PrepareStep) => void) {
  if (ctx.hooks.packWorkInline) return installPack(ctx, file)
  const answer = await callWorker({ type: 'prepare', dataDir: ctx.dataDir, src: file }, { onStep })
  if (answer.type !== 'prepared') throw new Error('The pack worker gave no answer.')
  return commitInstall(ctx, answer.prepared)
}

export function readFirstStart(dataDir: string): FirstStartRecord | null {
  try {
    const r = JSON.parse(readFileSync(join(dataDir, RECORD), 'utf8')) as FirstStartRecord
    return r.origin === 'bundled' || r.origin === 'starter' ? r : null
  } catch {
    return null
  }
}

function writeRecord(dataDir: string, r: FirstStartRecord): void {
  const file = join(dataDir, RECORD)
  writeFileSync(`${file}.tmp`, JSON.stringify(r, null, 2))
  renameSync(`${file}.tmp`, file)
}

function readChecksum(ctx: ServiceContext): string | null {
  const row = ctx.catalog.get().prepare("SELECT value FROM manifest WHERE key = 'content_checksum'").get() as
    | { value: string }
    | undefined
  return row?.value ?? null
}

const now = (ctx: ServiceContext) => ctx.now().toISOString()
