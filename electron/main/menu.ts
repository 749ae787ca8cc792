import { app, type BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuAction } from '../../shared/events'
import type { Services } from '../services'
import { EVENT_CHANNEL } from './ipc'

/** The application menu with the shortcuts a desktop user expects; actions go to the renderer. */
export function installMenu(getWindow: () => BrowserWindow | null, services: Services): void {
  const send = (action: MenuAction) => () =>
    getWindow()?.webContents.send(EVENT_CHANNEL, { type: 'menu', action })
  // Lock now: the main process locks (the renderer could be the thing that is stuck); the
  // services' lock.changed event then shows the lock screen and closes previews.
  const lockNow = async () => {
    const r = await services.call('settings.lock', {})
    if (r.ok) return
    const win = getWindow()
    const opts = { type: 'info' as const, message: r.message, detail: r.fix ?? '', buttons: ['OK'] }
    if (win) await dialog.showMessageBox(win, opts)
    else await dialog.showMessageBox(opts)
  }
  const isMac = process.platform === 'darwin'
  const preferences = {
    label: isMac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    click: send('preferences'),
  }
  const lock = { label: 'Lock Career Atlas', accelerator: 'CmdOrCtrl+L', click: () => void lockNow() }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { label: 'About Career Atlas', click: send('about') },
              { type: 'separator' as const },
              preferences,
              lock,
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Student', accelerator: 'CmdOrCtrl+N', click: send('new-student') },
        { label: 'Import Data Pack…', accelerator: 'CmdOrCtrl+I', click: send('import-pack') },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send('print') },
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              preferences,
              lock,
              { type: 'separator' as const },
              { role: 'quit' as const },
            ]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Find Career', accelerator: 'CmdOrCtrl+F', click: send('find') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Career Atlas and its data', click: send('about') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
