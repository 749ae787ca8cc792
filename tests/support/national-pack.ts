import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import { createServices, type Services } from '../../electron/services'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { nationalSources } from './national-sources'
import { RESOURCES, ROOT, SHARED_DATA, tempDir } from './tmp'

/**
 * The full national pack built from ../shared/data, built once and cached under .tmp/ for every
 * test and benchmark that needs real data. Rebuilt when any builder, reader, search-index or
 * schema source file is newer than the cached file. Several test processes may ask at once: one
 * builds (holding a lock file), the others wait for it.
 */
export const NATIONAL_PACK = join(ROOT, '.tmp', 'national.sqlite')
const LOCK = `${NATIONAL_PACK}.lock`
const STALE_LOCK_MS = 5 * 60_000

let pending: Promise<string> | null = null

export function nationalPackPath(): Promise<string> {
  pending ??= ensureNationalPack().finally(() => {
    pending = null
  })
  return pending
}

/** Services on a fresh data folder whose catalog is a copy of the national pack (no starter install). */
export async function nationalServices(): Promise<Services & { dataDir: string; cleanup: () => void }> {
  return servicesOnCatalog(await nationalPackPath(), 'ca-national-')
}

/** Services on a fresh data folder whose catalog is a copy of `pack` (a built pack file). */
export async function servicesOnCatalog(
  pack: string,
  prefix: string,
): Promise<Services & { dataDir: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir(prefix)
  copyFileSync(pack, join(dir, 'catalog.sqlite'))
  const services = await createServices({ dataDir: dir, resourcesDir: RESOURCES, appVersion: '0.0.0-test' })
  return {
    ...services,
    dataDir: dir,
    cleanup: () => {
      services.close()
      cleanup()
    },
  }
}

async function ensureNationalPack(): Promise<string> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  for (;;) {
    if (isFresh()) return NATIONAL_PACK
    if (takeLock()) {
      try {
        if (!isFresh()) await buildPack(nationalSources(SHARED_DATA, NATIONAL_PACK))
        return NATIONAL_PACK
      } finally {
        rmSync(LOCK, { force: true })
      }
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

function takeLock(): boolean {
  try {
    closeSync(openSync(LOCK, 'wx'))
    return true
  } catch {
    // A lock left by a killed process must not block every later run.
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true })
    return false
  }
}

function isFresh(): boolean {
  if (!existsSync(NATIONAL_PACK)) return false
  const built = statSync(NATIONAL_PACK).mtimeMs
  return newestSource() < built
}

function newestSource(): number {
  const services = join(ROOT, 'electron/services')
  const files = [
    ...listTs(join(services, 'packs/readers')),
    ...listTs(join(services, 'packs/build')),
    ...listTs(join(services, 'search')),
    join(services, 'catalog/schema.ts'),
    join(ROOT, 'tests/support/national-sources.ts'),
  ]
  return Math.max(...files.filter(existsSync).map((f) => statSync(f).mtimeMs))
}

function listTs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
}
