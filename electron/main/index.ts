import { app, type BrowserWindow, session } from 'electron'
import { createServices, type Services } from '../services'
import { bindIpc } from './ipc'
import { installMenu } from './menu'
import { cipherBinding, dataDir, resourcesDir, sqliteBinding } from './paths'
import { SafeStorageKeyStore } from './safe-storage-key'
import { bindShell } from './shell'
import { createMainWindow, isTrustedUrl } from './window'

// A second launch focuses the first window instead of opening the databases twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let services: Services | null = null
  let win: BrowserWindow | null = null
  const granted = new Set<string>()
  const getWindow = () => win

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  app.whenReady().then(async () => {
    // The app needs no camera, microphone, notifications or geolocation: refuse every request.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    process.env.CAREER_ATLAS_SQLITE_BINDING ??= sqliteBinding()
    process.env.CAREER_ATLAS_CIPHER_BINDING ??= cipherBinding()
    const dir = dataDir()
    services = await createServices({
      dataDir: dir,
      resourcesDir: resourcesDir(),
      appVersion: app.getVersion(),
      // Student records are always encrypted in the desktop app, the key kept by the OS keychain.
      keyStore: new SafeStorageKeyStore(dir),
    })
    bindIpc(services, isTrustedUrl, granted)
    bindShell(services, getWindow, granted)
    installMenu(getWindow)
    win = createMainWindow(dir)
    win.on('closed', () => {
      win = null
    })
  })

  app.on('window-all-closed', () => app.quit())
  // Checkpoint and close the databases before exit so nothing waits in a WAL file.
  app.on('will-quit', () => {
    services?.close()
    services = null
  })
}
