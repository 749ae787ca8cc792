import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, type BrowserWindow, session } from 'electron'
import { createServices, type Services } from '../services'
import type { KeyStore } from '../services/security/key-store'
import { registerAppScheme, serveRenderer } from './app-scheme'
import { dropDevVariables } from './dev-variables'
import { ErrorLog } from './error-log'
import { bindIpc, EVENT_CHANNEL } from './ipc'
import { acceptObscuredKey } from './key-protection'
import { installMenu } from './menu'
import { hasPasscodeKey, PasscodeKeyStore, unwrapWithPasscode } from './passcode-key'
import { askPasscode, PROMPT_PAGES } from './passcode-prompt'
import { cipherBinding, dataDir, resourcesDir, sqliteBinding } from './paths'
import { SafeStorageKeyStore } from './safe-storage-key'
import { SETUP_EVENT, SETUP_PAGES, SETUP_URL } from './setup-page'
import { bindShell } from './shell'
import { failStartup } from './startup-error'
import { createMainWindow, isTrustedUrl, loadApp } from './window'
import { launchWorkersAsUtilityProcesses } from './workers'

// Before anything reads them: a packaged app obeys no development variable.
dropDevVariables(app.isPackaged)
registerAppScheme()

// A second launch focuses the first window instead of opening the databases twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let services: Services | null = null
  let win: BrowserWindow | null = null
  let log: ErrorLog | null = null
  /** The main window opened early to say the first start is setting up; closing it ends the start. */
  let settingUp = false
  let abandoned = false
  let setupStep = ''
  const showSetupStep = () => {
    if (settingUp) win?.webContents.send(EVENT_CHANNEL, { type: SETUP_EVENT, step: setupStep })
  }
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

  const start = async () => {
    const dir = dataDir()
    log = new ErrorLog(dir, app.getVersion())
    captureErrors(log)
    // The app needs no camera, microphone, notifications or geolocation: refuse every request.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    session.defaultSession.setSpellCheckerEnabled(false)
    serveRenderer(join(__dirname, '../renderer'), { ...PROMPT_PAGES, ...SETUP_PAGES })
    launchWorkersAsUtilityProcesses()
    // Packaged, these were removed above, so the shipped Electron builds are always the ones loaded.
    process.env.CAREER_ATLAS_SQLITE_BINDING ??= sqliteBinding()
    process.env.CAREER_ATLAS_CIPHER_BINDING ??= cipherBinding()
    // Student records are always encrypted in the desktop app, the key kept by the OS keychain.
    const keyStore = await chooseKeyStore(dir)
    services = await createServices({
      dataDir: dir,
      resourcesDir: resourcesDir(),
      appVersion: app.getVersion(),
      keyStore,
      // The renderer never sends a path: files come as grant ids from the native dialogs.
      requireFileGrants: true,
      // Installing the national pack bundled with the app takes seconds: the window opens at once
      // and says what is happening, instead of nothing (and a second double-click).
      onFirstStart: ({ step }) => {
        setupStep = step
        if (!win && !settingUp) {
          settingUp = true
          win = openWindow(SETUP_URL)
          // A step sent while the page is still loading is lost (nothing listens yet): once it
          // has loaded it hears the step the install is at.
          win.webContents.once('did-finish-load', showSetupStep)
        } else showSetupStep()
      },
    })
    if (abandoned) {
      services.close()
      services = null
      return
    }
    bindShell({ services, getWindow, isTrustedUrl, log })
    bindIpc(services, isTrustedUrl)
    installMenu(getWindow, services)
    // The same window becomes the app: nothing closes, nothing else pops up.
    if (win) loadApp(win)
    else win = openWindow()
    settingUp = false
  }

  const openWindow = (firstUrl?: string) => {
    const w = createMainWindow(dataDir(), firstUrl)
    w.on('closed', () => {
      win = null
    })
    return w
  }

  app
    .whenReady()
    .then(start)
    .catch(async (e: unknown) => {
      await failStartup(e, log)
      services?.close()
      services = null
      // exit, not quit: no window is left to close, and the lock must go with the process.
      app.exit(1)
    })

  // The passcode prompt may close before the main window exists: that is not the end of the app.
  app.on('window-all-closed', () => {
    // Closed while the first start installs: the process ends now, install unfinished. exit, not
    // quit: will-quit has nothing to close yet (createServices has not returned; the records
    // database it opened is WAL, whole after the process ends), and no JS runs after either one
    // (Electron's Quit, with no window left, reaches the same Shutdown as Exit). The pack worker
    // ends with the process; the next start finds no catalog, sweeps the half-copied file and
    // installs again. `abandoned` is for a host whose start runs on (the test stand-in).
    if (settingUp) {
      abandoned = true
      app.exit(0)
      return
    }
    if (win || services) app.quit()
  })
  // Checkpoint and close the databases before exit so nothing waits in a WAL file.
  app.on('will-quit', () => {
    services?.close()
    services = null
  })
}

/**
 * The keychain (safeStorage) keeps the records key, unless this computer has none: then the
 * counselor chose a start-up passcode (asked at every start) or knowingly accepted an obscured key.
 */
async function chooseKeyStore(dir: string): Promise<KeyStore> {
  if (hasPasscodeKey(dir)) {
    const key = await askPasscode<Buffer>('enter', isTrustedUrl, (passcode) => {
      const k = unwrapWithPasscode(dir, passcode)
      return k ? { value: k } : { error: 'That passcode does not open the student records. Try again.' }
    })
    return new PasscodeKeyStore(dir, null, key)
  }
  const keychain = new SafeStorageKeyStore(dir)
  if (keychain.protection !== 'obscured' || (await acceptObscuredKey(dir)) === 'accepted') return keychain
  const passcode = await askPasscode<string>('choose', isTrustedUrl, (p, again) => {
    if (p.length < 8) return { error: 'Use at least 8 characters.' }
    if (p !== again) return { error: 'The two passcodes do not match.' }
    return { value: p }
  })
  const previous = existsSync(join(dir, 'clients.key'))
    ? {
        key: keychain.load()!,
        file: join(dir, 'clients.key'),
        sibling: (name: string) => {
          const store = keychain.sibling(name)
          const key = store.load()
          return key ? { key, file: join(dir, `${name}.key`) } : null
        },
      }
    : null
  return new PasscodeKeyStore(dir, passcode, null, previous)
}

/**
 * Unexpected errors (INTERNAL answers, failed background backups, crashes) are reported by the
 * services on the console; a packaged app has no console, so they also go to the error log.
 */
function captureErrors(log: ErrorLog): void {
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    original(...args)
    const where = typeof args[0] === 'string' ? args[0].slice(0, 60) : 'error'
    log.write(where, args.find((a) => a instanceof Error) ?? args.map(String).join(' '))
  }
  // A monitor only watches: a crash still crashes (with Electron's own report), but leaves a trace.
  process.on('uncaughtExceptionMonitor', (e) => log.write('uncaught', e))
}
