import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'

describe('the browser harness', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    app = await startAppInBrowser()
    harness = app.harness
    browser = app.browser
  })
  afterAll(async () => {
    await app?.close()
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
