// Finds the Electron executable without triggering electron's download-on-first-use.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
    return existsSync(p) ? p : null
  }
  let dir
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const full = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(full) ? full : null
}
