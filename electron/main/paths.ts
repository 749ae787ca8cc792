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

/** The better-sqlite3 build for Electron (see scripts/rebuild-electron.mjs), unpacked from asar when packaged. */
export function sqliteBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native-electron', 'better_sqlite3.node')
    : join(app.getAppPath(), 'native-electron', 'better_sqlite3.node')
}
