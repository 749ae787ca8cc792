import { app, type BrowserWindow, session } from 'electron'
import { createServices, type Services } from '../services'
import { bindIpc } from './ipc'
import { dataDir, resourcesDir } from './paths'
import { createMainWindow, isTrustedUrl } from './window'

// A second launch focuses the first window instead of opening the databases twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let services: Services | null = null
  let win: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
  })

  app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    services = await createServices({
      dataDir: dataDir(),
      resourcesDir: resourcesDir(),
      appVersion: app.getVersion(),
    })
    bindIpc(services, isTrustedUrl)
    win = createMainWindow()
    win.on('closed', () => {
      win = null
    })
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    services?.close()
    services = null
  })
}
