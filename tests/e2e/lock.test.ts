import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

describe('locking the app in the browser', () => {
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
    await harness.services.call('students.create', { name: 'Zoë Private-Lockcheck' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
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
    await page.waitForTimeout(500)
    expect(await page.content()).not.toContain('Lockcheck')

    await page.getByLabel('Passcode').fill('not-it')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('not right')

    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByText('Zoë Private-Lockcheck').first().waitFor()
    await page.screenshot({ path: join(t.dir, 'unlocked.png') })
    await page.close()
  })
})
