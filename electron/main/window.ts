import { join } from 'node:path'
import { BrowserWindow, shell } from 'electron'
import { loadBounds, trackBounds } from './window-state'

export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? `file://${join(__dirname, '../renderer/index.html')}`
}

export function isTrustedUrl(url: string): boolean {
  const base = rendererUrl()
  return base.startsWith('file://') ? url.startsWith(base.replace(/index\.html$/, '')) : url.startsWith(base)
}

/** The one window. The renderer gets no Node, no Electron: only window.api from the preload. */
export function createMainWindow(dataDir: string): BrowserWindow {
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
      spellcheck: true,
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
    // Links to the outside world (O*NET, BLS) open in the user's browser, never in the app.
    if (/^https:\/\//.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void win.loadURL(rendererUrl())
  return win
}
