import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuAction } from '../../shared/events'
import { EVENT_CHANNEL } from './ipc'

/** The application menu with the shortcuts a desktop user expects; actions go to the renderer. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (action: MenuAction) => () =>
    getWindow()?.webContents.send(EVENT_CHANNEL, { type: 'menu', action })
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { label: 'About Career Atlas', click: send('about') },
              { type: 'separator' as const },
              { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: send('preferences') },
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
              { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: send('preferences') },
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
