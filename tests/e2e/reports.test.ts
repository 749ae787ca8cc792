import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { reportCatalog, seedStudent } from '../integration/reports-fixture'
import { launchChromium } from '../support/browser'
import { renderPdf, shoot } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

// Report buttons in Chromium through the harness: Preview opens the PDF in a new tab.

describe('report actions in the app', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  let page: Page
  let studentId = 0
  const left = new Map<string, Buffer>()

  /** The PDF a new tab was opened on (Preview, Print…), read as it left generated/. */
  async function expectPdfTab(tab: Page): Promise<Buffer> {
    await expect.poll(() => tab.url()).toMatch(/\/files\/[0-9a-f]+\?(open|print)=1$/)
    const fileId = /\/files\/([0-9a-f]+)/.exec(tab.url())![1]!
    await expect.poll(() => left.has(fileId)).toBe(true)
    const body = left.get(fileId)!
    expect(body.subarray(0, 5).toString()).toBe('%PDF-')
    expect(() => harness.services.ctx.files.get(fileId), 'deleted once shown').toThrow(/no longer available/)
    return body
  }

  beforeAll(async () => {
    await reportCatalog(t.dir)
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    studentId = seedStudent(harness.services.ctx.clients)
    // As in the desktop app, a file shown, printed or saved is deleted once it has left: its bytes
    // are caught on the way out so the test can read what the counselor got.
    const files = harness.services.ctx.files
    const discard = files.discard.bind(files)
    files.discard = (fileId: string) => {
      left.set(fileId, readFileSync(files.get(fileId).path))
      discard(fileId)
    }
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  it('asks who receives a student report and why, previews a marked copy without logging, and logs the copy that is printed', async () => {
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
    const axe = await new AxeBuilder({ page }).include('.rp-actions').analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    const log = () =>
      harness.services.ctx.clients
        .prepare('SELECT recipient, purpose FROM disclosures WHERE student_id = ?')
        .all(studentId)

    // Preview: a copy marked PREVIEW on every page, and nothing in the disclosure log.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), preview.click()])
    const previewPdf = await expectPdfTab(tab)
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Opened the preview, marked PREVIEW\. Nothing is logged until you save or print\./)
    expect(pdfText(previewPdf)).toMatch(/PREVIEW — not for handing out/)
    expect(log()).toEqual([])
    await tab.close()
    // Preview again: the first file is gone from disk, so a fresh marked copy is made and shown.
    const shown = left.size
    const [again] = await Promise.all([page.context().waitForEvent('page'), preview.click()])
    expect(pdfText(await expectPdfTab(again))).toMatch(/PREVIEW — not for handing out/)
    expect(left.size).toBe(shown + 1)
    expect(log()).toEqual([])
    await again.close()

    // Leaving the student's Reports tab and coming back keeps who and why until a report is used.
    await page.getByRole('tab', { name: /^Sessions/ }).click()
    await page.getByRole('tab', { name: 'Reports', exact: true }).click()
    await expect.poll(() => page.getByLabel('Recipient').inputValue()).toBe('The student and parents')
    expect(await page.getByLabel('Purpose').inputValue()).toBe('Course selection')

    // Print: one entry, and the copy carries no preview mark. The printed copy is then discarded
    // (no unencrypted report stays behind), so a later Save makes and logs its own copy.
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Print… career plan' }).click(),
    ])
    expect(pdfText(await expectPdfTab(printed))).not.toMatch(/PREVIEW/)
    await printed.close()
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Sent to printing/)
    await expect.poll(log).toEqual([{ recipient: 'The student and parents', purpose: 'Course selection' }])
    // Then Save as: the printed file is gone, so a second copy is made, saved and logged (two copies
    // left the app), where it used to fail with "That file is no longer available" on every click.
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as… career plan' }).click(),
    ])
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Saved Career plan/)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(log()).toHaveLength(2)

    // Used: the next visit to this student starts with empty fields.
    await page.getByRole('tab', { name: /^Sessions/ }).click()
    await page.getByRole('tab', { name: 'Reports', exact: true }).click()
    await expect.poll(() => page.getByLabel('Recipient').inputValue()).toBe('')
  })

  it('prints the occupation profile from the profile screen', async () => {
    await page.goto(`${harness.url}#/occupation/29-2072.00`)
    await page.waitForLoadState('networkidle')
    const button = page.getByRole('button', { name: 'Preview PDF, profile' })
    await button.waitFor()
    await shoot(page, 'reports', 'ui-profile')
    const [tab] = await Promise.all([page.context().waitForEvent('page'), button.click()])
    await expectPdfTab(tab)
    await tab.close()
    await expect
      .poll(() => page.locator('.rp-status').first().textContent())
      .toMatch(/Opened Career profile - Medical Records Specialists.*pages/)
  })
})

function pdfText(pdf: Buffer): string {
  const t = tempDir('ca-e2e-pdf-')
  try {
    const name = `e2e-${Date.now()}`
    const file = join(t.dir, `${name}.pdf`)
    writeFileSync(file, pdf)
    renderPdf(file, 'reports', name, 50)
    return execFileSync('pdftotext', [file, '-']).toString('utf8')
  } finally {
    t.cleanup()
  }
}
