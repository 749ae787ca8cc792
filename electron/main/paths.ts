import { join } from 'node:path'
import { app } from 'electron'

/** Where the app keeps its data; CAREER_ATLAS_DATA_DIR overrides it (tests, portable installs). */
export function dataDir(): string {
  return process.env.CAREER_ATLAS_DATA_DIR ?? join(app.getPath('userData'), 'data')
}

/** The starter pack and fonts: next to the app when packaged, in the repo during development. */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
}

/** Native builds for Electron (scripts/rebuild-electron.mjs), shipped outside asar when packaged. */
function nativeElectron(name: string): string {
  return join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'native-electron', name)
}

export const sqliteBinding = () => nativeElectron('better_sqlite3.node')
export const cipherBinding = () => nativeElectron('better_sqlite3_multiple_ciphers.node')
