import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { APP_URL, isAppUrl } from './app-scheme'
import { openExternalIfAllowed } from './external'
import { loadBounds, trackBounds } from './window-state'

/** electron-vite's dev server while developing; a packaged app always loads its own files. */
function devServerUrl(): string | null {
  return !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null
}

export function rendererUrl(): string {
  return devServerUrl() ?? APP_URL
}

/** Our own page: the app:// origin, or (development only) the dev server's origin. Parsed, never a prefix. */
export function isTrustedUrl(url: string): boolean {
  const dev = devServerUrl()
  if (!dev) return isAppUrl(url)
  try {
    return new URL(url).origin === new URL(dev).origin
  } catch {
    return false
  }
}

/**
 * The one window. The renderer gets no Node, no Electron: only window.api from the preload.
 * `firstUrl` is our own setup page on a first start that takes seconds; the app then loads in
 * this same window (loadApp), so no second window opens.
 */
export function createMainWindow(dataDir: string, firstUrl = rendererUrl()): BrowserWindow {
  const saved = loadBounds(dataDir)
  const win = new BrowserWindow({
    width: saved.width ?? 1280,
    height: saved.height ?? 860,
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Career Atlas',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // The spellchecker downloads dictionaries on Windows and Linux: the app makes no network calls.
      spellcheck: false,
      // A packaged copy opens no developer tools: on a laptop left unlocked they would read
      // student records straight out of the page and the services' answers.
      devTools: !app.isPackaged,
    },
  })
  win.once('ready-to-show', () => {
    if (saved.maximized) win.maximize()
    win.show()
  })
  trackBounds(win, dataDir)
  win.webContents.on('will-navigate', (e, url) => {
    if (!isTrustedUrl(url)) e.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the data's publishers open in the user's browser, never in the app; nothing else opens.
    openExternalIfAllowed(url)
    return { action: 'deny' }
  })
  load(win, firstUrl)
  return win
}

/** The app in the window that showed the setup page. */
export function loadApp(win: BrowserWindow): void {
  load(win, rendererUrl())
}

function load(win: BrowserWindow, url: string): void {
  win.loadURL(url).catch((e: unknown) => console.error(`[window] ${url} did not load`, e))
}
