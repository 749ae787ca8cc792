import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { type Desktop, INSTALL_NAME, type Install, install, launch } from './launch'

/**
 * The built app, installed below "Career Atlas Ñ", started for the first time on an empty data
 * folder: what a counselor sees from the first window to a PDF saved where they chose.
 */
describe('first start of the installed desktop app', () => {
  let inst: Install
  let browser: Browser
  let app: Desktop
  let userData: string
  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    userData = join(inst.root, 'Users', 'José Núñez', 'Career Atlas')
    app = await launch(inst, browser, {
      userData,
      dialogs: { save: (o) => join(inst.root, 'Users', 'José Núñez', o.defaultPath ?? 'report.pdf') },
    })
  })
  afterAll(async () => {
    await app?.quit()
    await browser?.close()
    inst?.cleanup()
  })

  it('installs the starter pack and finds a career by name, with every call trusted', async () => {
    expect(inst.appPath).toContain(`${INSTALL_NAME}/`)
    const page = app.page!
    expect(page, 'the main window opened').not.toBeNull()
    await page.getByRole('combobox').fill('medical records')
    await page
      .getByRole('row', { name: /Medical Records Specialists/ })
      .first()
      .waitFor()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Medical Records Specialists' }).waitFor()
    expect(await page.getByText('$51,140').first().isVisible()).toBe(true)
    expect(existsSync(join(userData, 'data', 'catalog.sqlite'))).toBe(true)
  })

  it('creates a student, previews the report and saves the PDF where the dialog pointed', async () => {
    const page = app.page!
    await page.getByRole('button', { name: 'Save to a student' }).click()
    await page.getByRole('button', { name: '+ New student' }).click()
    await page.getByLabel('Legal name').fill('José Núñez')
    await page.getByRole('button', { name: 'Create student' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved to José Núñez' }).waitFor()
    await page.getByRole('link', { name: 'Open record' }).click()
    await page.getByRole('tab', { name: 'Reports' }).click()
    await page.getByLabel('Saved careers on one page').check()
    await page.getByLabel('Recipient').fill('José and his family')
    await page.getByLabel('Purpose').fill('Career planning')

    const windowsBefore = app.standIn.windows.size
    await page.getByRole('button', { name: 'Preview one-page summary' }).click()
    await expect.poll(() => app.standIn.windows.size).toBe(windowsBefore + 1)
    const preview = [...app.standIn.windows].at(-1)!
    await preview.loaded
    expect(preview.filePath()).toMatch(/\.pdf$/)

    await page.getByRole('button', { name: 'Save as… one-page summary' }).click()
    await expect.poll(() => app.standIn.recorded('save-dialog').length).toBe(1)
    const asked = app.standIn.recorded('save-dialog')[0]!
    expect(String(asked.defaultPath)).toMatch(/\.pdf$/)
    const saved = join(inst.root, 'Users', 'José Núñez', String(asked.defaultPath))
    await expect.poll(() => existsSync(saved)).toBe(true)
    const text = execFileSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' })
    expect(text).toContain('José Núñez')
    expect(text).toContain('Medical Records Specialists')
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
    expect(app.standIn.recorded('network'), 'the app made no network request').toEqual([])
  })
})
