import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

/** Printing for many students at once, and the statistics for the principal, from their screens. */
describe('batch career plans and caseload statistics from the screens', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  let page: Page
  const names = ['Ana Lima', 'Björn Ek', 'Chidi Obi']
  beforeAll(async () => {
    app = await startAppInBrowser()
    harness = app.harness
    for (const name of names) {
      const r = await harness.services.call('students.create', { name, grade: 11, school: 'Hillview High' })
      if (r.ok)
        await harness.services.call('saved.add', {
          studentId: (r.value as { id: number }).id,
          code: '29-2072.00',
        })
    }
    browser = app.browser
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })
    await page.goto(harness.url)
  })
  afterAll(async () => {
    await app?.close()
  })

  const save = async (button: string, file: string): Promise<string> => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ])
    const path = join(app.scratch, file)
    await download.saveAs(path)
    return path
  }

  it('prints every listed student into one PDF, and logs a disclosure for each', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/students'
    })
    await page.getByText('Career plans for every student listed (3)').click()
    await page.getByLabel('Recipient').fill('Each student and family')
    await page.getByLabel('Purpose').fill('Spring conferences')
    const pdf = await save('Save as… career plans', 'batch.pdf')
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    for (const n of names) expect(text).toContain(n)
    const log = await harness.services.call('students.list', {})
    const ids = log.ok ? (log.value as { id: number }[]).map((s) => s.id) : []
    for (const studentId of ids) {
      const d = await harness.services.call('disclosures.list', { studentId })
      expect(JSON.stringify(d)).toContain('Spring conferences')
    }
  })

  it('offers one PDF per student as a zip, to save rather than print', async () => {
    await page.getByLabel(/One PDF per student, in a zip file/).check()
    expect(await page.getByRole('button', { name: /^Print… career plans/ }).count()).toBe(0)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as… career plans (zip)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Career plans - 3 students - .*\.zip$/)
    await shoot(page, 'e2e', 'batch-zip', { fullPage: true })
  })

  it('prints the caseload statistics with no student name in them', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/caseload'
    })
    const pdf = await save('Save PDF…, caseload statistics', 'caseload.pdf')
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toMatch(/Caseload/i)
    for (const n of names) expect(text).not.toContain(n)
  })
})
