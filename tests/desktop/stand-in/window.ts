import { EventEmitter } from 'node:events'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Frame, Page, Route } from 'playwright-core'
import { bridgePage, currentFrame, runPreload } from './bridge'
import type { StandIn } from './electron'

/** app://career-atlas/x is served to Chromium as http://career-atlas.app.localhost/x and reported back as app://. */
export function toLoopback(url: string): string {
  const u = new URL(url)
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') return url
  return `http://${u.host}.${u.protocol.slice(0, -1)}.localhost${u.pathname}${u.search}${u.hash}`
}

export function fromLoopback(url: string): string {
  const m = /^http:\/\/([^/]+)\.([a-z][a-z0-9+.-]*)\.localhost(\/.*)?$/.exec(url)
  return m ? `${m[2]}://${m[1]}${m[3] ?? '/'}` : url
}

class WebContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: 'deny' | 'allow' }) | null = null
  readonly sent: { channel: string; args: unknown[] }[] = []
  readonly printed: unknown[] = []
  readonly rendererListeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>()
  constructor(readonly win: StandInWindow) {
    super()
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.openHandler = h
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
    for (const l of this.rendererListeners.get(channel) ?? []) l({ sender: this }, ...args)
  }
  print(options?: unknown, cb?: (ok: boolean, reason: string) => void): void {
    this.printed.push(options ?? {})
    cb?.(true, '')
  }
  getURL(): string {
    return this.win.page ? fromLoopback(this.win.page.url()) : ''
  }
  isDestroyed(): boolean {
    return this.win.destroyed
  }
  setZoomFactor(): void {}
  openDevTools(): void {}
  session = { setSpellCheckerEnabled: () => {} }
}

/** A BrowserWindow whose page is a Playwright page in Debian's Chromium. */
export class StandInWindow extends EventEmitter {
  static nextId = 1
  readonly id = StandInWindow.nextId++
  readonly webContents: WebContents
  page: Page | null = null
  destroyed = false
  visible = false
  focused = false
  minimized = false
  title: string
  private ready: Promise<Page>
  /** Resolves when a page has loaded (or failed to). */
  loaded: Promise<void>
  private markLoaded!: () => void

  constructor(
    private readonly standIn: StandIn,
    readonly options: Record<string, unknown>,
  ) {
    super()
    this.title = String(options.title ?? '')
    this.webContents = new WebContents(this)
    this.loaded = new Promise((ok) => {
      this.markLoaded = ok
    })
    this.ready = this.open()
    standIn.windows.add(this)
    standIn.events.emit('window', this)
    if (options.show !== false) this.visible = true
  }

  private async open(): Promise<Page> {
    const context: BrowserContext = await this.standIn.context()
    const page = await context.newPage()
    this.page = page
    const prefs = (this.options.webPreferences ?? {}) as { preload?: string }
    if (prefs.preload) {
      const exposed = runPreload(prefs.preload, this.ipcRenderer())
      await bridgePage(page, exposed, (f: Frame) => fromLoopback(f.url()))
    }
    await page.route('**/*', (route) => this.route(route))
    page.on('close', () => this.destroy())
    return page
  }

  /** Requests to a registered custom scheme are answered by its handler; anything else is the network, which the app must never use. */
  private async route(route: Route): Promise<void> {
    const req = route.request()
    const url = fromLoopback(req.url())
    if (
      req.isNavigationRequest() &&
      req.frame() === this.page?.mainFrame() &&
      this.navigating !== req.url()
    ) {
      let prevented = false
      this.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url)
      if (prevented) return route.abort('aborted')
    }
    const scheme = new URL(url).protocol.slice(0, -1)
    const handler = this.standIn.protocols.get(scheme)
    if (handler) {
      const res = await handler(new Request(url, { method: req.method() }))
      return route.fulfill({
        status: res.status,
        headers: Object.fromEntries(res.headers.entries()),
        body: Buffer.from(await res.arrayBuffer()),
      })
    }
    // Local files (previews) and Chromium's own PDF viewer are not the network.
    if (['file', 'data', 'blob', 'chrome', 'chrome-extension'].includes(scheme)) return route.continue()
    this.standIn.record('network', { url })
    return route.abort('blockedbyclient')
  }

  private navigating: string | null = null

  private ipcRenderer() {
    const wc = this.webContents
    const standIn = this.standIn
    return {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = standIn.ipcHandlers.get(channel)
        if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`)
        const senderFrame = currentFrame.getStore() ?? null
        // Electron clones arguments and results (structured clone): no functions, no prototypes.
        const result = await handler({ sender: wc, senderFrame }, ...structuredClone(args))
        return structuredClone(result)
      },
      on: (channel: string, l: (e: unknown, ...a: unknown[]) => void) => {
        const set = wc.rendererListeners.get(channel) ?? new Set()
        set.add(l)
        wc.rendererListeners.set(channel, set)
      },
      removeListener: (channel: string, l: (e: unknown, ...a: unknown[]) => void) => {
        wc.rendererListeners.get(channel)?.delete(l)
      },
    }
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.ready
    this.navigating = new URL(toLoopback(url)).href
    try {
      await page.goto(toLoopback(url), { waitUntil: 'load' })
    } catch (e) {
      // A PDF opens Chromium's viewer in Electron; headless Chromium downloads it instead.
      this.standIn.record('load-failed', { url, error: String(e).split('\n')[0] })
      if (!/Download is starting/.test(String(e))) {
        this.markLoaded()
        throw e
      }
    } finally {
      this.navigating = null
    }
    this.webContents.emit('did-finish-load')
    this.emit('ready-to-show')
    this.markLoaded()
  }

  async loadFile(path: string): Promise<void> {
    return this.loadURL(new URL(`file://${path}`).href)
  }

  /** The page's URL as the app sees it (app://… rather than the loopback stand-in). */
  url(): string {
    return this.webContents.getURL()
  }
  filePath(): string | null {
    const u = this.url()
    return u.startsWith('file:') ? fileURLToPath(u) : null
  }

  show(): void {
    this.visible = true
  }
  hide(): void {
    this.visible = false
  }
  isVisible(): boolean {
    return this.visible
  }
  focus(): void {
    this.focused = true
  }
  isFocused(): boolean {
    return this.focused
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false
  }
  getNormalBounds() {
    return {
      x: 0,
      y: 0,
      width: Number(this.options.width ?? 800),
      height: Number(this.options.height ?? 600),
    }
  }
  getBounds() {
    return this.getNormalBounds()
  }
  setTitle(t: string): void {
    this.title = t
  }
  getTitle(): string {
    return this.title
  }
  isDestroyed(): boolean {
    return this.destroyed
  }

  close(): void {
    if (this.destroyed) return
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (prevented) return
    void this.page?.close()
    this.destroy()
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.standIn.windows.delete(this)
    this.emit('closed')
    if (this.standIn.windows.size === 0) this.standIn.app.emit('window-all-closed')
  }
}
