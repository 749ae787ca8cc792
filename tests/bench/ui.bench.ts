import { copyFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { nationalPackPath } from '../support/national-pack'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'
import { type Bench, round } from './measure'

const RUNS = 9

/** A search box that takes typing: visible, enabled and focused (the app focuses it on start). */
function usable(): number | false {
  const el = document.querySelector<HTMLInputElement>('[role="combobox"], input[type="search"], input')
  return el && !el.disabled && el.getBoundingClientRect().height > 0 && document.activeElement === el
    ? performance.now()
    : false
}

/** Milliseconds from navigation start (performance.timeOrigin) until the search box is usable. */
async function firstScreen(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page: Page = await context.newPage()
  // tsx wraps named functions in __name(); the page has no such helper (CSP forbids eval of strings).
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  await page.goto(url, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(usable, undefined, { polling: 'raf', timeout: 30_000 })
  const ms = (await handle.jsonValue()) as number
  await context.close()
  return ms
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * First usable screen in Chromium through the harness on the national pack: navigation start to
 * the search box ready for typing, fresh browser context (empty cache) each run. Peer, in the
 * same run and the same way: a static page on loopback holding only a focused search box.
 */
const bench: Bench = async (emit) => {
  const t = tempDir('ca-bench-ui-')
  copyFileSync(await nationalPackPath(), join(t.dir, 'catalog.sqlite'))
  const harness = await startHarness({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    rendererDir: join(ROOT, 'out/renderer'),
    appVersion: 'bench',
  })
  const html = '<!doctype html><title>Peer</title><input type="search" aria-label="Search" autofocus>'
  const peerServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  )
  await new Promise<void>((r) => peerServer.listen(0, '127.0.0.1', r))
  const peerUrl = `http://127.0.0.1:${(peerServer.address() as AddressInfo).port}/`
  const browser = await launchChromium()
  try {
    await firstScreen(browser, harness.url) // warm the harness and the catalog
    await firstScreen(browser, peerUrl)
    const ours: number[] = []
    const peer: number[] = []
    for (let i = 0; i < RUNS; i++) {
      ours.push(await firstScreen(browser, harness.url))
      peer.push(await firstScreen(browser, peerUrl))
    }
    emit({
      name: 'ui.first_screen_ms',
      value: round(median(ours), 1),
      unit: 'ms',
      peer: 'static page with a focused search box',
      peerValue: round(median(peer), 1),
    })
  } finally {
    await browser.close()
    await harness.close()
    peerServer.close()
    t.cleanup()
  }
}

export default bench
