import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The script of a reader thread: the .mjs beside this module when run from source, or in the
 * app's bundle (this code in out/main/chunks) the entry electron-vite builds from it in out/main
 * (electron.vite.config.ts). null where neither is on disk: callers then read in place, which
 * is correct but leaves the build's reading on its main thread.
 */
export function threadScript(name: string, dir = __dirname): string | null {
  for (const p of [join(dir, `${name}.mjs`), join(dir, '..', `${name}.js`)]) if (existsSync(p)) return p
  return null
}
