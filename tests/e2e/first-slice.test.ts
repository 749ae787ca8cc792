import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

/**
 * The first slice a counselor clicks through on the embedded starter pack: search → profile →
 * create a student → save the career → Save PDF, and the PDF carries the name with its accents.
 */
describe('from a search to a printed page, on the starter pack', () => {
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

  it('finds the career, saves it to José Núñez and saves a PDF with his name and its figures', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })
    await page.goto(harness.url)

    await page.getByRole('combobox').fill('medical records')
    // Enter opens the highlighted result, so wait until it is the one a person would pick.
    await page
      .getByRole('grid', { name: 'Careers found' })
      .getByRole('row', { selected: true })
      .filter({ hasText: 'Medical Records Specialists' })
      .waitFor()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Medical Records Specialists' }).waitFor()
    expect(await page.getByText('$51,140').first().isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Save to a student' }).click()
    await page.getByRole('button', { name: '+ New student' }).click()
    await page.getByLabel('Legal name').fill('José Núñez')
    await page.getByRole('button', { name: 'Create student' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved to José Núñez' }).waitFor()

    await page.getByRole('link', { name: 'Open record' }).click()
    await page.getByText('Medical Records Specialists').first().waitFor()
    await page.getByRole('tab', { name: 'Reports' }).click()
    await page.getByLabel('Saved careers on one page').check()
    await page.getByLabel('Recipient').fill('José and his family')
    await page.getByLabel('Purpose').fill('Career planning')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as… one-page summary' }).click(),
    ])
    const pdf = join(app.scratch, 'slice.pdf')
    await download.saveAs(pdf)
    await shoot(page, 'e2e', 'slice')

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1\n/)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('José Núñez')
    expect(text).toContain('Medical Records Specialists')
    expect(text).toContain('$51,140')
    await page.close()
  })
})
