import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

/** Whether the page's JavaScript still holds a string, after a garbage collection. */
async function inMemory(page: Page, needle: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  let snapshot = ''
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => {
    snapshot += e.chunk
  })
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  return snapshot.includes(needle)
}

describe('locking the app in the browser', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    app = await startAppInBrowser()
    harness = app.harness
    browser = app.browser
    await harness.services.call('students.create', { name: 'Zoë Private-Lockcheck' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('hides every record behind the lock screen until the passcode is entered', async () => {
    const page = await browser.newPage()
    await page.goto(`${harness.url}#/settings`)
    await page.getByLabel('New passcode (at least 6 characters)').fill('maple-leaf-7')
    await page.getByLabel('New passcode again').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await page.getByRole('button', { name: 'Lock now' }).click()
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()

    await page.evaluate(() => {
      window.location.hash = '#/students'
    })
    // The address changed under the lock: the lock screen is still all there is.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/students')
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()

    await page.getByLabel('Passcode').fill('not-it')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('not right')
    // A round trip to the services has passed since the address changed: had the students screen
    // been drawn behind the lock, its list would be in the page by now.
    expect(await page.content()).not.toContain('Lockcheck')

    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByText('Zoë Private-Lockcheck').first().waitFor()
    await shoot(page, 'e2e', 'unlocked')
    await page.close()
  })

  it('keeps no record in the page’s memory after a lock, not even an answer that was on its way', async () => {
    const page = await browser.newPage()
    await page.goto(`${harness.url}#/students`)
    await page.getByText('Zoë Private-Lockcheck').first().waitFor()
    expect(await inMemory(page, 'Lockcheck')).toBe(true)
    await page.goto(`${harness.url}#/explore`)
    await page.getByRole('button', { name: 'Lock screen' }).waitFor()

    // The list is asked for, answered by the services, and its answer held on the way back
    // until the lock has happened.
    let release = () => {}
    const held = new Promise<void>((r) => {
      release = r
    })
    let answered = () => {}
    const onItsWay = new Promise<void>((r) => {
      answered = r
    })
    await page.route('**/api/students.list', async (route) => {
      const response = await route.fetch()
      answered()
      await held
      await route.fulfill({ response })
    })
    await page.evaluate(() => {
      window.location.hash = '#/students'
    })
    await onItsWay
    await harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    release()
    await page.unrouteAll({ behavior: 'wait' })
    expect(await inMemory(page, 'Lockcheck')).toBe(false)
    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByText('Zoë Private-Lockcheck').first().waitFor()
    await page.close()
  })

  it('drops every record from memory when a refused call is how the window learns of the lock', async () => {
    const page = await browser.newPage()
    // The lock's event never reaches this window (its event stream is cut).
    await page.route('**/events', (route) => route.abort())
    await page.goto(`${harness.url}#/students`)
    await page.getByText('Zoë Private-Lockcheck').first().waitFor()
    await harness.services.call('settings.lock', {})
    await page.evaluate(() => {
      window.location.hash = '#/settings'
    })
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    expect(await inMemory(page, 'Lockcheck')).toBe(false)
    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    await page.close()
  })
})
