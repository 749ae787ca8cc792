import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { reportCatalog, seedStudent } from '../integration/reports-fixture'
import { launchChromium } from '../support/browser'
import { shoot } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

// Report buttons in Chromium through the harness: Preview opens the PDF in a new tab.

describe('report actions in the app', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  let page: Page
  let studentId = 0

  beforeAll(async () => {
    await reportCatalog(t.dir)
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    studentId = seedStudent(harness.services.ctx.clients)
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  it('asks who receives a student report and why, logs it, and previews the PDF in a new tab', async () => {
    await page.goto(`${harness.url}#/students/${studentId}/reports`)
    await page.waitForLoadState('networkidle')
    const preview = page.getByRole('button', { name: 'Preview career plan' })
    expect(await preview.isDisabled()).toBe(true)
    await page.getByLabel('Recipient').fill('The student and parents')
    await page.getByLabel('Purpose').fill('Course selection')
    await page.getByLabel('Counselor on reports').fill('Mr. Tomás Ortega')
    await page.getByLabel('Counselor on reports').blur()
    await expect
      .poll(() => harness.services.call('reports.settings', {}))
      .toMatchObject({ value: { counselorName: 'Mr. Tomás Ortega' } })
    await shoot(page, 'reports', 'ui-student-actions', { fullPage: true })
    const axe = await new AxeBuilder({ page }).include('.report-actions').analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    const [tab] = await Promise.all([page.context().waitForEvent('page'), preview.click()])
    await expectPdfTab(tab)
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Opened Career plan - José Núñez.*\d+ pages/)
    const log = harness.services.ctx.clients
      .prepare('SELECT recipient, purpose FROM disclosures WHERE student_id = ?')
      .all(studentId)
    expect(log).toEqual([{ recipient: 'The student and parents', purpose: 'Course selection' }])
    await tab.close()
  })

  it('prints the occupation profile from the profile screen', async () => {
    await page.goto(`${harness.url}#/occupation/29-2072.00`)
    await page.waitForLoadState('networkidle')
    const button = page.getByRole('button', { name: 'Preview profile PDF' })
    await button.waitFor()
    await shoot(page, 'reports', 'ui-profile')
    const [tab] = await Promise.all([page.context().waitForEvent('page'), button.click()])
    await expectPdfTab(tab)
    await tab.close()
    await expect
      .poll(() => page.locator('.report-status').first().textContent())
      .toMatch(/Opened Career profile - Medical Records Specialists.*pages/)
  })
})

/** Headless Chromium downloads PDFs rather than showing them: check the tab's address serves one. */
async function expectPdfTab(tab: Page): Promise<void> {
  await expect.poll(() => tab.url()).toMatch(/\/files\/[0-9a-f]+$/)
  const res = await tab.context().request.get(tab.url())
  expect(res.headers()['content-type']).toBe('application/pdf')
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-')
}
