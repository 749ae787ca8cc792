import { copyFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { BrowserWindow, dialog, ipcMain } from 'electron'
import type { Services } from '../services'

export const SHELL_CHANNEL = 'career-atlas:shell'

/**
 * Native file dialogs, preview and printing for generated files. Paths the user picked in a
 * dialog are remembered as granted: the IPC layer lets only those reach the services, so a
 * compromised renderer cannot make the app read arbitrary files.
 */
export function bindShell(
  services: Services,
  getWindow: () => BrowserWindow | null,
  granted: Set<string>,
): void {
  ipcMain.handle(SHELL_CHANNEL, async (_event, action: unknown, arg: unknown) => {
    const win = getWindow()
    switch (action) {
      case 'openFile':
        return previewWindow(services.ctx.files.get(String(arg)).path, false)
      case 'printFile': {
        // Printed: the viewer holds the PDF in memory, so the unencrypted file goes at once.
        await previewWindow(services.ctx.files.get(String(arg)).path, true)
        services.ctx.files.discard(String(arg))
        return
      }
      case 'saveFile': {
        const file = services.ctx.files.get(String(arg))
        const opts = { defaultPath: file.fileName }
        const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
        if (res.canceled || !res.filePath) return false
        await copyFile(file.path, res.filePath)
        // Saved where the counselor chose: the unencrypted copy in generated/ goes at once.
        services.ctx.files.discard(String(arg))
        return true
      }
      case 'pickFile': {
        const o = (arg ?? {}) as { title?: string; extensions?: string[] }
        const opts = {
          title: String(o.title ?? 'Choose a file'),
          properties: ['openFile' as const],
          filters: o.extensions?.length
            ? [{ name: 'Supported files', extensions: o.extensions.map(String) }]
            : [],
        }
        const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
        const picked = res.canceled ? undefined : res.filePaths[0]
        if (!picked) return null
        granted.add(picked)
        return picked
      }
      case 'pickFolder': {
        const o = (arg ?? {}) as { title?: string }
        const opts = { title: String(o.title ?? 'Choose a folder'), properties: ['openDirectory' as const] }
        const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
        const picked = res.canceled ? undefined : res.filePaths[0]
        if (!picked) return null
        granted.add(picked)
        return picked
      }
      case 'grantDropped': {
        // From the preload only: paths webUtils gave for Files the user dropped on the window.
        const paths = Array.isArray(arg) ? arg.filter((p): p is string => typeof p === 'string') : []
        for (const p of paths) granted.add(p)
        return paths
      }
      default:
        return null
    }
  })
}

/** A separate sandboxed window with no preload: Chromium's PDF viewer shows (and prints) the file. */
async function previewWindow(path: string, print: boolean): Promise<void> {
  const win = new BrowserWindow({
    width: 900,
    height: 1100,
    title: basename(path),
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  await win.loadFile(path)
  if (print) win.webContents.print({ silent: false })
}
