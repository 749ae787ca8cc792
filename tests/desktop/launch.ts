import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, symlinkSync } from 'node:fs'
import Module from 'node:module'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ROOT, tempDir } from '../support/tmp'
import { type Dialogs, type SafeStorageScript, StandIn } from './stand-in/electron'
import type { StandInWindow } from './stand-in/window'

/** Where a counselor's computer keeps the app: spaces and non-ASCII, as in "Program Files" or a Spanish user name. */
export const INSTALL_NAME = 'Career Atlas Ñ'

let built = false
/** electron-vite build once per test run: the main process under test is the bundle that ships. */
export function buildOnce(): void {
  if (built) return
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`electron-vite build failed:\n${r.stderr}`)
  built = true
}

export interface Install {
  root: string
  /** <root>/Career Atlas Ñ/resources: process.resourcesPath of a packaged app. */
  resourcesPath: string
  /** The app itself (app.getAppPath()). */
  appPath: string
  cleanup: () => void
}

/**
 * Lays the built app out as an installer would: the bundle in resources/app, the starter pack
 * and fonts in resources/resources, the SQLite modules in native-electron (here the Node builds:
 * the stand-in runs under Node), all below a folder whose name has a space and an Ñ.
 */
export function install(): Install {
  buildOnce()
  const t = tempDir('ca-desktop-')
  const resourcesPath = join(t.dir, INSTALL_NAME, 'resources')
  const appPath = join(resourcesPath, 'app')
  mkdirSync(appPath, { recursive: true })
  cpSync(join(ROOT, 'out'), join(appPath, 'out'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(appPath, 'package.json'))
  // Dependencies resolve from the app folder as they would from app.asar's node_modules.
  symlinkSync(join(ROOT, 'node_modules'), join(appPath, 'node_modules'), 'dir')
  for (const base of [appPath, resourcesPath]) {
    cpSync(join(ROOT, 'resources/starter-pack'), join(base, 'resources/starter-pack'), { recursive: true })
    cpSync(join(ROOT, 'resources/fonts'), join(base, 'resources/fonts'), { recursive: true })
    mkdirSync(join(base, 'native-electron'), { recursive: true })
    cpSync(
      join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      join(base, 'native-electron/better_sqlite3.node'),
    )
    cpSync(
      join(ROOT, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'),
      join(base, 'native-electron/better_sqlite3_multiple_ciphers.node'),
    )
  }
  return { root: t.dir, resourcesPath, appPath, cleanup: t.cleanup }
}

export interface LaunchOptions {
  isPackaged?: boolean
  /** Electron's per-user folder; the data folder is <userData>/data. */
  userData: string
  env?: Record<string, string | undefined>
  dialogs?: Dialogs
  safeStorage?: Partial<SafeStorageScript>
}

export interface Desktop {
  standIn: StandIn
  /** The main window's page, once it has loaded; null if the app exited first. */
  page: Page | null
  window: StandInWindow | null
  quit: () => Promise<void>
}

let active: StandIn | null = null
/** The running stand-in of each install, for `require('electron')` made after start-up (lazily, in callbacks). */
const byInstall = new Map<string, StandIn>()
type Load = (req: string, parent: { filename?: string } | undefined, main: boolean) => unknown
const M = Module as unknown as { _load: Load }
const loadModule = M._load
M._load = function (request, parent, isMain) {
  if (request === 'electron') {
    if (active) return active.module()
    for (const [dir, standIn] of byInstall)
      if (String(parent?.filename).startsWith(dir)) return standIn.module()
  }
  return loadModule.call(this, request, parent, isMain)
}

/**
 * Starts the real main process (out/main/index.js of the install) with the stand-in as its
 * `electron`, and waits until its window shows or it exits. Each launch is a fresh "process":
 * its own module instances, environment and process.resourcesPath.
 */
export async function launch(inst: Install, browser: Browser, o: LaunchOptions): Promise<Desktop> {
  const standIn = new StandIn(browser, {
    appPath: inst.appPath,
    userData: o.userData,
    isPackaged: o.isPackaged ?? false,
    resourcesPath: inst.resourcesPath,
  })
  standIn.dialogs = o.dialogs ?? {}
  Object.assign(standIn.safeStorageScript, o.safeStorage ?? {})
  const savedEnv = { ...process.env }
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  const proc = process as NodeJS.Process & { resourcesPath?: string }
  proc.resourcesPath = inst.resourcesPath
  const previous = byInstall.get(inst.appPath)
  for (const k of Object.keys(require.cache)) if (k.startsWith(inst.appPath)) delete require.cache[k]
  active = standIn
  byInstall.set(inst.appPath, standIn)
  try {
    require(join(inst.appPath, 'out/main/index.js'))
  } finally {
    active = null
  }
  byInstall.set(inst.appPath, standIn)
  const firstWindow = new Promise<StandInWindow>((ok) => standIn.events.once('window', ok))
  standIn.fireReady()
  const outcome = await Promise.race([
    firstWindow.then(async (w) => {
      await w.loaded
      return w
    }),
    standIn.exited.then(() => null),
  ])
  const restoreEnv = () => {
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k]
    Object.assign(process.env, savedEnv)
  }
  if (!outcome) restoreEnv()
  // A launch that ended at once (the single-instance lock refused it) leaves the running one in charge.
  if (!outcome && previous && previous.exitCode === null) byInstall.set(inst.appPath, previous)
  return {
    standIn,
    window: outcome,
    page: outcome?.page ?? null,
    quit: async () => {
      ;(standIn.app.quit as () => void)()
      await standIn.dispose()
      restoreEnv()
    },
  }
}
