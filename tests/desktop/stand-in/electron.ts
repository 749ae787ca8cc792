import { fork } from 'node:child_process'
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { StandInWindow } from './window'

type Handler = (event: unknown, ...args: unknown[]) => unknown
/** The label Electron gives a menu made from a role alone. */
const ROLE_LABELS: Record<string, string> = {
  editMenu: 'Edit',
  windowMenu: 'Window',
  help: 'Help',
  fileMenu: 'File',
  viewMenu: 'View',
}
const labelOf = (i: { label?: string; role?: string }) => i.label ?? ROLE_LABELS[i.role ?? ''] ?? i.role ?? ''

type MenuItem = {
  label?: string
  role?: string
  accelerator?: string
  type?: string
  click?: (item: unknown, win: unknown, event: unknown) => void
  submenu?: MenuItem[]
}

export interface Dialogs {
  /** What the save dialog answers (a path), or null for Cancel. */
  save?: (opts: { defaultPath?: string; title?: string }) => string | null
  open?: (opts: { title?: string; properties?: string[] }) => string[] | null
  /** Index of the button the person clicks. */
  message?: (opts: { message: string; buttons?: string[] }) => number
}

export interface SafeStorageScript {
  available: boolean
  /** Linux only in Electron; the stand-in reports it on every platform. */
  backend: 'gnome_libsecret' | 'kwallet5' | 'basic_text' | 'unknown'
  /** Stands for the machine's keychain: a different secret cannot unwrap what another wrapped. */
  machineSecret: string
}

export type Recorded = { kind: string; detail: Record<string, unknown> }

/** Single-instance locks live as long as the "process" that took them: per userData folder, with its holder. */
const instanceLocks = new Map<string, StandIn>()

/**
 * A scriptable `electron` module for the real built main process: what the app asks of
 * Electron is answered here, windows are Playwright pages, and everything a counselor would
 * see (dialogs, menus, windows, external links) is recorded for the test to assert on.
 */
export class StandIn {
  readonly windows = new Set<StandInWindow>()
  /** 'window' when a BrowserWindow is made. */
  readonly events = new EventEmitter()
  readonly ipcHandlers = new Map<string, Handler>()
  readonly protocols = new Map<string, (req: Request) => Promise<Response> | Response>()
  readonly privileged: unknown[] = []
  readonly log: Recorded[] = []
  menu: MenuItem[] = []
  exitCode: number | null = null
  readonly exited: Promise<number>
  private markExited!: (code: number) => void
  private ctx: Promise<BrowserContext> | null = null
  private heldLock: string | null = null
  private readyFired = false
  private readonly readyWaiters: (() => void)[] = []
  dialogs: Dialogs = {}
  safeStorageScript: SafeStorageScript = {
    available: true,
    backend: 'gnome_libsecret',
    machineSecret: 'this laptop',
  }
  readonly app: EventEmitter & Record<string, unknown>

  constructor(
    private readonly browser: Browser,
    readonly opts: { appPath: string; userData: string; isPackaged: boolean; resourcesPath: string },
  ) {
    this.exited = new Promise((ok) => {
      this.markExited = ok
    })
    this.app = this.makeApp()
  }

  record(kind: string, detail: Record<string, unknown>): void {
    this.log.push({ kind, detail })
  }
  recorded(kind: string): Record<string, unknown>[] {
    return this.log.filter((r) => r.kind === kind).map((r) => r.detail)
  }

  context(): Promise<BrowserContext> {
    this.ctx ??= this.browser.newContext({ viewport: { width: 1366, height: 900 } }).then(async (ctx) => {
      // Windows' own pages route their requests themselves; what reaches here is a page the app
      // did not make: a popup (window.open, target=_blank). Electron asks the opener's
      // setWindowOpenHandler with the URL before anything loads.
      await ctx.route('**/*', async (route) => {
        const url = route.request().url()
        const win = [...this.windows].find((w) => w.webContents.openHandler)
        const res = win?.webContents.openHandler?.({ url }) ?? { action: 'deny' as const }
        this.record('window-open', { url, action: res.action })
        await route.abort('blockedbyclient')
      })
      ctx.on('page', async (page) => {
        if (!(await page.opener())) return
        await page.waitForLoadState('domcontentloaded').catch(() => undefined)
        await page.close().catch(() => undefined)
      })
      return ctx
    })
    return this.ctx
  }

  /** Electron fires ready once the main script has run its top level. */
  fireReady(): void {
    this.readyFired = true
    this.app.emit('ready')
    for (const w of this.readyWaiters.splice(0)) w()
  }

  private finish(code: number): void {
    if (this.exitCode !== null) return
    this.exitCode = code
    if (this.heldLock) instanceLocks.delete(this.heldLock)
    for (const w of [...this.windows]) w.destroy()
    this.markExited(code)
  }

  /** Closes the pages; the "process" is gone. */
  async dispose(): Promise<void> {
    this.finish(this.exitCode ?? 0)
    if (this.ctx) await (await this.ctx).close()
  }

  private makeApp() {
    const app = new EventEmitter() as EventEmitter & Record<string, unknown>
    const paths: Record<string, string> = {
      userData: this.opts.userData,
      logs: join(this.opts.userData, 'logs'),
      temp: join(this.opts.userData, 'tmp'),
      home: this.opts.userData,
      documents: this.opts.userData,
    }
    const pkg = JSON.parse(readFileSync(join(this.opts.appPath, 'package.json'), 'utf8'))
    Object.assign(app, {
      name: pkg.productName ?? pkg.name,
      isPackaged: this.opts.isPackaged,
      whenReady: () =>
        new Promise<void>((ok) => {
          if (this.readyFired) ok()
          else this.readyWaiters.push(ok)
        }),
      isReady: () => this.readyFired,
      requestSingleInstanceLock: () => {
        const holder = instanceLocks.get(this.opts.userData)
        if (holder) {
          // Electron tells the first instance, in its own process, that another launch handed over.
          setImmediate(() => holder.app.emit('second-instance', { preventDefault: () => {} }, [], '', {}))
          return false
        }
        instanceLocks.set(this.opts.userData, this)
        this.heldLock = this.opts.userData
        return true
      },
      getPath: (name: string) => {
        const p = paths[name]
        if (!p) throw new Error(`app.getPath: unknown name ${name}`)
        return p
      },
      setPath: (name: string, p: string) => {
        paths[name] = p
      },
      getAppPath: () => this.opts.appPath,
      getVersion: () => pkg.version,
      getName: () => pkg.productName ?? pkg.name,
      setAppUserModelId: () => {},
      quit: () => {
        const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) }
        app.emit('before-quit', e)
        if (e.defaultPrevented) return
        for (const w of [...this.windows]) w.close()
        app.emit('will-quit', e)
        if (!e.defaultPrevented) this.finish(0)
      },
      exit: (code = 0) => this.finish(code),
      relaunch: () => this.record('relaunch', {}),
      focus: () => {},
      setAboutPanelOptions: () => {},
    })
    return app
  }

  private mod: Record<string, unknown> | null = null
  /** The module object `require('electron')` returns (one per process, like the real one). */
  module(): Record<string, unknown> {
    this.mod ??= this.makeModule()
    return this.mod
  }

  private makeModule(): Record<string, unknown> {
    const self = this
    const BrowserWindow = class extends StandInWindow {
      constructor(options: Record<string, unknown> = {}) {
        super(self, options)
      }
      static getAllWindows = () => [...self.windows]
      static getFocusedWindow = () => [...self.windows].find((w) => w.isFocused()) ?? null
      static fromWebContents = (wc: { win?: StandInWindow }) => wc.win ?? null
    }
    const dialogWith = (args: unknown[]) => (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>
    return {
      app: this.app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, h: Handler) => {
          if (this.ipcHandlers.has(channel))
            throw new Error(`Attempted to register a second handler for '${channel}'`)
          this.ipcHandlers.set(channel, h)
        },
        removeHandler: (channel: string) => this.ipcHandlers.delete(channel),
        on: () => {},
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          if (this.readyFired)
            throw new Error('registerSchemesAsPrivileged must be called before app is ready')
          this.privileged.push(...schemes)
        },
        handle: (scheme: string, h: (req: Request) => Promise<Response> | Response) => {
          this.protocols.set(scheme, h)
        },
        unhandle: (scheme: string) => this.protocols.delete(scheme),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => {},
          setPermissionCheckHandler: () => {},
          setSpellCheckerEnabled: (on: boolean) => this.record('spellchecker', { on }),
          setSpellCheckerDictionaryDownloadURL: (url: string) => this.record('spellchecker-url', { url }),
          webRequest: { onBeforeRequest: () => {}, onHeadersReceived: () => {} },
          protocol: {},
        },
      },
      dialog: {
        showSaveDialog: async (...args: unknown[]) => {
          const o = dialogWith(args)
          this.record('save-dialog', o)
          const p = this.dialogs.save?.(o) ?? null
          return { canceled: p === null, filePath: p ?? undefined }
        },
        showOpenDialog: async (...args: unknown[]) => {
          const o = dialogWith(args)
          this.record('open-dialog', o)
          const p = this.dialogs.open?.(o) ?? null
          return { canceled: p === null, filePaths: p ?? [] }
        },
        showMessageBox: async (...args: unknown[]) => {
          const o = dialogWith(args)
          this.record('message-box', o)
          return { response: this.dialogs.message?.(o as { message: string }) ?? 0, checkboxChecked: false }
        },
        showMessageBoxSync: (...args: unknown[]) => {
          const o = dialogWith(args)
          this.record('message-box', o)
          return this.dialogs.message?.(o as { message: string }) ?? 0
        },
        showErrorBox: (title: string, content: string) => this.record('error-box', { title, content }),
      },
      safeStorage: {
        isEncryptionAvailable: () => this.safeStorageScript.available,
        getSelectedStorageBackend: () => this.safeStorageScript.backend,
        encryptString: (plain: string) => {
          if (!this.safeStorageScript.available) throw new Error('Encryption is not available.')
          const iv = randomBytes(16)
          const c = createCipheriv('aes-256-gcm', this.machineKey(), iv)
          const body = Buffer.concat([c.update(plain, 'utf8'), c.final()])
          return Buffer.concat([iv, c.getAuthTag(), body])
        },
        decryptString: (blob: Buffer) => {
          if (!this.safeStorageScript.available) throw new Error('Decryption is not available.')
          try {
            const d = createDecipheriv('aes-256-gcm', this.machineKey(), blob.subarray(0, 16))
            d.setAuthTag(blob.subarray(16, 32))
            return Buffer.concat([d.update(blob.subarray(32)), d.final()]).toString('utf8')
          } catch {
            throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
          }
        },
      },
      Menu: {
        buildFromTemplate: (template: MenuItem[]) => ({ items: template }),
        setApplicationMenu: (m: { items: MenuItem[] } | null) => {
          this.menu = m?.items ?? []
        },
      },
      shell: {
        openExternal: async (url: string) => this.record('open-external', { url }),
        openPath: async (path: string) => {
          this.record('open-path', { path })
          return ''
        },
        showItemInFolder: (path: string) => this.record('show-item-in-folder', { path }),
      },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      nativeTheme: { shouldUseDarkColors: false, on: () => {} },
      utilityProcess: {
        fork: (modulePath: string, args: string[] = [], o: UtilityOptions = {}) =>
          utility(this, modulePath, args, o),
      },
    }
  }

  private machineKey(): Buffer {
    return createHash('sha256').update(this.safeStorageScript.machineSecret).digest()
  }

  /** Clicks the menu item at a path of labels, as a person would (File › New Student). */
  clickMenu(...labels: string[]): void {
    let items = this.menu
    let item: MenuItem | undefined
    for (const label of labels) {
      item = items.find((i) => labelOf(i) === label)
      if (!item) throw new Error(`No menu item "${label}" (have: ${items.map(labelOf).join(', ')})`)
      items = item.submenu ?? []
    }
    if (!item?.click) throw new Error(`Menu item "${labels.join(' › ')}" does nothing when clicked`)
    const win = [...this.windows][0] ?? null
    item.click(item, win, {})
  }

  /** Presses a shortcut: the menu item that declares it is clicked (that is how Electron routes accelerators). */
  press(accelerator: string): string {
    const walk = (items: MenuItem[], path: string[]): string[] | null => {
      for (const i of items) {
        const here = [...path, labelOf(i)]
        if (i.accelerator === accelerator) return here
        const sub = i.submenu && walk(i.submenu, here)
        if (sub) return sub
      }
      return null
    }
    const path = walk(this.menu, [])
    if (!path) throw new Error(`No menu item has the shortcut ${accelerator}`)
    this.clickMenu(...path)
    return path.join(' › ')
  }

  /** Every labelled, clickable item: [path, accelerator]. */
  menuItems(): { path: string[]; accelerator?: string; role?: string }[] {
    const out: { path: string[]; accelerator?: string; role?: string }[] = []
    const walk = (items: MenuItem[], path: string[]) => {
      for (const i of items) {
        if (i.type === 'separator') continue
        const here = [...path, labelOf(i)]
        if (i.submenu) walk(i.submenu, here)
        else
          out.push({
            path: here,
            ...(i.accelerator ? { accelerator: i.accelerator } : {}),
            ...(i.role ? { role: i.role } : {}),
          })
      }
    }
    walk(this.menu, [])
    return out
  }
}

interface UtilityOptions {
  env?: NodeJS.ProcessEnv
  stdio?: 'pipe' | 'ignore' | 'inherit' | string[]
  serviceName?: string
  execArgv?: string[]
}

/** utilityProcess.fork: a real child process, with Electron's parentPort inside it. */
function utility(standIn: StandIn, modulePath: string, args: string[], o: UtilityOptions) {
  standIn.record('utility-process', { modulePath, serviceName: o.serviceName, env: o.env })
  const child = fork(modulePath, args, {
    env: o.env ?? process.env,
    execArgv: ['--require', join(__dirname, 'utility-child.cjs'), ...(o.execArgv ?? [])],
    stdio: ['ignore', o.stdio === 'pipe' ? 'pipe' : 'ignore', o.stdio === 'pipe' ? 'pipe' : 'ignore', 'ipc'],
    serialization: 'advanced',
  })
  const up = new EventEmitter() as EventEmitter & Record<string, unknown>
  child.on('spawn', () => up.emit('spawn'))
  child.on('message', (data) => up.emit('message', data))
  child.on('exit', (code, signal) => up.emit('exit', code ?? (signal ? 1 : 0)))
  child.on('error', (e) => up.emit('error', e))
  Object.assign(up, {
    pid: child.pid,
    stdout: child.stdout,
    stderr: child.stderr,
    postMessage: (m: unknown) => {
      if (child.connected) child.send(m as never)
    },
    kill: () => child.kill(),
  })
  return up
}
