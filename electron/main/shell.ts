import { mkdirSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, shell } from 'electron'
import { isShellAction, shellApi } from '../../shared/shell'
import type { Services } from '../services'
import type { ErrorLog } from './error-log'

export const SHELL_CHANNEL = 'career-atlas:shell'

export interface ShellDeps {
  services: Services
  getWindow: () => BrowserWindow | null
  isTrustedUrl: (url: string) => boolean
  log: ErrorLog
}

/**
 * Native file dialogs, preview and printing for generated files. Same rules as the API: only
 * our own top frame, input checked against shared/shell.ts, nothing while the app is locked.
 * A file or folder picked in a dialog goes back as an opaque grant id that only the services
 * resolve (services/grants.ts): a compromised renderer cannot make the app read any other file.
 */
export function bindShell(deps: ShellDeps): void {
  const { services, getWindow } = deps
  const previews = new Set<BrowserWindow>()
  // A preview shows records: it closes the moment the services lock (Lock now, the menu, or
  // idle time), the same event that brings up the lock screen in the window.
  services.ctx.events.subscribe((e) => {
    if (e.type !== 'lock.changed' || !e.locked) return
    for (const w of [...previews]) if (!w.isDestroyed()) w.close()
    previews.clear()
  })
  const preview = async (path: string, print: boolean) => {
    const win = previewWindow(path, print)
    previews.add(win)
    win.on('closed', () => previews.delete(win))
    await win.loadFile(path)
    if (print && !win.isDestroyed()) win.webContents.print({ silent: false })
  }
  const locked = async () => {
    const r = await services.call('settings.lockStatus', {})
    return !r.ok || (r.value as { locked: boolean }).locked
  }

  ipcMain.handle(SHELL_CHANNEL, async (event: IpcMainInvokeEvent, action: unknown, ...args: unknown[]) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !deps.isTrustedUrl(frame.url))
      throw new Error('This window may not use Career Atlas.')
    if (!isShellAction(action)) throw new Error('Career Atlas has no such action.')
    if (await locked()) throw new Error('Career Atlas is locked. Enter your passcode to unlock it.')
    const parsed = shellApi[action].safeParse(args)
    if (!parsed.success) throw new Error('Career Atlas could not do that: the request was not valid.')
    const win = getWindow()
    const input = parsed.data
    switch (action) {
      case 'openFile': {
        // Shown: the viewer holds the PDF in memory, so the unencrypted file goes at once (a
        // preview is made afresh each time, never left in generated/ until quit).
        await preview(services.ctx.files.get(String(input[0])).path, false)
        services.ctx.files.discard(String(input[0]))
        return
      }
      case 'printFile': {
        // Printed: the viewer holds the PDF in memory, so the unencrypted file goes at once.
        await preview(services.ctx.files.get(String(input[0])).path, true)
        services.ctx.files.discard(String(input[0]))
        return
      }
      case 'saveFile': {
        const file = services.ctx.files.get(String(input[0]))
        const opts = { defaultPath: file.fileName }
        const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
        if (res.canceled || !res.filePath) return false
        await copyFile(file.path, res.filePath)
        // Saved where the counselor chose: the unencrypted copy in generated/ goes at once.
        services.ctx.files.discard(String(input[0]))
        return true
      }
      case 'pickFile': {
        const o = input[0] as { title: string; extensions: string[] }
        const opts = {
          title: o.title,
          properties: ['openFile' as const],
          filters: o.extensions.length ? [{ name: 'Supported files', extensions: o.extensions }] : [],
        }
        const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
        const picked = res.canceled ? undefined : res.filePaths[0]
        return picked ? { ref: services.ctx.grants.add(picked), name: basename(picked) } : null
      }
      case 'pickFolder': {
        const o = input[0] as { title: string }
        const opts = { title: o.title, properties: ['openDirectory' as const] }
        const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
        const picked = res.canceled ? undefined : res.filePaths[0]
        return picked ? { ref: services.ctx.grants.add(picked), name: basename(picked) } : null
      }
      case 'grantDropped':
        // From the preload only: paths webUtils gave for Files the user dropped on the window
        // (a File made by page script has no path). They go back as grants, like a dialog's choice.
        return (input[0] as string[]).map((p) => services.ctx.grants.add(p))
      case 'openLogFolder':
        mkdirSync(deps.log.dir, { recursive: true, mode: 0o700 })
        await shell.openPath(deps.log.dir)
        return null
    }
  })
}

/** A separate sandboxed window with no preload: Chromium's PDF viewer shows (and prints) the file. */
function previewWindow(path: string, _print: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 900,
    height: 1100,
    title: basename(path),
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
      devTools: !app.isPackaged,
    },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  return win
}
