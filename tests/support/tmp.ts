import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServices, type Services } from '../../electron/services'
import type { ServiceHooks } from '../../electron/services/context'

export const ROOT = resolve(__dirname, '../..')
export const RESOURCES = join(ROOT, 'resources')
/** The official O*NET/BLS copies beside the project (never committed into it). */
export const SHARED_DATA = resolve(ROOT, '../shared/data')

export function tempDir(prefix = 'ca-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Services on a fresh data folder (starter pack installed on first start, as in the app). */
export async function tempServices(
  hooks?: ServiceHooks,
): Promise<Services & { dataDir: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir()
  const services = await createServices({
    dataDir: dir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    hooks,
  })
  return {
    ...services,
    dataDir: dir,
    cleanup: () => {
      services.close()
      cleanup()
    },
  }
}
