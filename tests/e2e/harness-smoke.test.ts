import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

describe('the browser harness', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  it('serves the app and its API to a page that opened the tokened address', async () => {
    const page = await browser.newPage()
    await page.goto(harness.url)
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
    const pong = await page.evaluate(() => window.api.call('app.ping', {}))
    expect(pong).toEqual({ ok: true, value: { pong: true } })
    await page.close()
  })

  it('refuses the API to a caller without the token', async () => {
    const res = await fetch(`${harness.origin}/api/app.ping`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(401)
  })
})
