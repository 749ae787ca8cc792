import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

// Search → profile → browse → compare in Chromium through the harness, on the national pack.
describe('profile, browse and compare in the browser', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startAppInBrowser({ national: true })
    harness = app.harness
    browser = app.browser
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens a profile from search with the OEWS wages, the outlook sentence and unrated knowledge stated', async () => {
    await page.goto(harness.url)
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.pressSequentially('medical records', { delay: 30 })
    // Enter opens the highlighted result: wait until the answer to the whole query puts it on top
    // (a row from a half-typed query can show the career further down the list).
    await page
      .getByRole('grid', { name: 'Careers found' })
      .getByRole('row', { selected: true })
      .filter({ hasText: 'Medical Records Specialists' })
      .waitFor()
    await box.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Medical Records Specialists' }).waitFor()
    expect(await page.evaluate(() => window.location.hash)).toBe('#/occupation/29-2072.00')
    const main = page.locator('main')
    expect(await main.textContent()).toContain(
      'Employment is projected to grow faster than average (7.1% vs 3.1% for all occupations, 2024–2034).',
    )
    const wages = page.getByRole('table', { name: 'Wage percentiles, annual and hourly' })
    expect(await wages.getByRole('row', { name: /Annual/ }).textContent()).toBe(
      'Annual$37,000$43,490$51,140$64,820$81,150',
    )
    const knowledge = page.getByRole('region', { name: 'Knowledge' })
    expect(await knowledge.textContent()).toContain('O*NET has not rated this occupation for knowledge.')
    await shoot(page, 'profile', 'profile-top')
  })

  it('jumps to a section from the outline with the keyboard', async () => {
    const link = page
      .getByRole('navigation', { name: 'Profile sections' })
      .getByRole('link', { name: 'Wages' })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wages')
    await shoot(page, 'profile', 'profile-wages')
  })

  it('adds careers to the comparison from the profile and from browse, then compares exactly those', async () => {
    await page.getByRole('button', { name: 'Add to compare Medical Records Specialists' }).click()
    await page.goto(`${harness.url}#/browse?q=software+developers`)
    const row = page.getByRole('row').filter({ hasText: 'Software Developers' }).first()
    await row.getByRole('button', { name: /Compare Software Developers/ }).click()
    await page.getByRole('link', { name: 'Compare', exact: true }).click()
    const table = page.getByRole('table', { name: 'Key figures for each career' })
    await table.waitFor()
    const headers = await table.getByRole('columnheader').allTextContents()
    expect(headers.map((h) => h.replace(/\d{2}-\d{4}\.\d{2}.*$/, ''))).toEqual([
      'Medical Records Specialists',
      'Software Developers',
    ])
    expect(await table.getByRole('row', { name: /Median wage/ }).textContent()).toMatch(/\$51,140 a year/)
    await page.locator('.recharts-surface').first().waitFor()
    await shoot(page, 'profile', 'compare', { fullPage: true })
    await page.getByRole('button', { name: 'Remove Software Developers from the comparison' }).click()
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(1)
  })

  it('asks before clearing the comparison in a modal question; Escape and Cancel keep every career', async () => {
    await page.evaluate(() =>
      localStorage.setItem(
        'career-atlas.compare',
        JSON.stringify([
          { code: '29-2072.00', title: 'Medical Records Specialists' },
          { code: '29-1141.00', title: 'Registered Nurses' },
        ]),
      ),
    )
    await page.reload()
    const table = page.getByRole('table', { name: 'Key figures for each career' })
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(2)
    const clear = page.getByRole('button', { name: 'Clear all' })
    await clear.click()
    const question = page.getByRole('alertdialog', { name: 'Clear the comparison?' })
    await question.waitFor()
    expect(await question.textContent()).toContain('Medical Records Specialists, Registered Nurses')
    // Modal: the page behind cannot be reached (the native dialog makes it inert).
    expect(await page.evaluate(() => document.querySelector('dialog[open]')?.matches(':modal'))).toBe(true)
    // Cancel is focused first, so a stray Enter never clears.
    expect(
      await question.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement),
    ).toBe(true)
    await page.keyboard.press('Escape')
    await question.waitFor({ state: 'detached' })
    expect(await table.getByRole('columnheader').count()).toBe(2)
    expect(await clear.evaluate((b) => b === document.activeElement)).toBe(true)
    await clear.click()
    await question.getByRole('button', { name: 'Cancel' }).click()
    await question.waitFor({ state: 'detached' })
    expect(await table.getByRole('columnheader').count()).toBe(2)
    await clear.click()
    await question.getByRole('button', { name: 'Clear all' }).click()
    await page.getByText('No careers chosen yet.').waitFor()
    // Focus lands on the screen's heading, not lost with the button that went away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Compare careers')
    expect(await page.evaluate(() => localStorage.getItem('career-atlas.compare'))).toBe('[]')
  })

  it('shows the whole Browse table after a search, every column in the window, on a laptop-sized screen', async () => {
    // Search first: its styles once leaked into Browse (both screens styled a `.results` class).
    const small = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage()
    await small.goto(`${harness.url}#/?q=nurse`)
    await small.getByRole('grid', { name: 'Careers found' }).getByRole('row').first().waitFor()
    await small.getByRole('link', { name: 'Browse' }).click()
    const table = small.getByRole('table', { name: /Careers matching the filters/ })
    await table.getByRole('row').nth(3).waitFor()
    const column = await small.getByRole('columnheader', { name: 'Compare' }).boundingBox()
    const tableBox = await table.boundingBox()
    const results = await small.getByRole('status').filter({ hasText: 'careers' }).boundingBox()
    expect(column && tableBox && results).toBeTruthy()
    // The last column lies inside the window and inside the table, and the table inside its column.
    expect(column!.x + column!.width).toBeLessThanOrEqual(1024)
    expect(column!.x + column!.width).toBeLessThanOrEqual(tableBox!.x + tableBox!.width + 1)
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(1024)
    // Nothing sticks out sideways: the page does not scroll horizontally.
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024)
    // Every row's compare button can be seen and pressed where it is.
    const button = table
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Compare / })
    const b = await button.boundingBox()
    expect(b && b.x + b.width <= 1024).toBe(true)
    await shoot(small, 'profile', 'browse-1024-after-search')
    await small.context().close()
  })

  it('checks a browse facet in the click itself, with no unchecked moment in between', async () => {
    await page.goto(`${harness.url}#/browse`)
    const box = page.getByRole('checkbox', { name: /Health Science/ })
    await box.waitFor()
    const id = await box.getAttribute('id')
    // What the box shows right after the click is handled, then on each frame while the address,
    // the facet counts and the results catch up: a flicker would show as a false.
    const seen = await page.evaluate(async (boxId) => {
      const read = () => (document.getElementById(boxId) as HTMLInputElement | null)?.checked ?? null
      ;(document.getElementById(boxId) as HTMLInputElement).click()
      const states = [read()]
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => requestAnimationFrame(r))
        states.push(read())
      }
      return states
    }, id ?? '')
    expect(seen).toEqual(seen.map(() => true))
    expect(await page.evaluate(() => window.location.hash)).toContain('cluster=')
    await box.uncheck()
    expect(await page.evaluate(() => window.location.hash)).not.toContain('cluster=')
  })

  it('keeps browse filters in the address so a reload lands on the same list', async () => {
    await page.goto(`${harness.url}#/browse`)
    await page.getByRole('checkbox', { name: /Health Science/ }).check()
    await page.getByRole('checkbox', { name: /Job Zone 3/ }).check()
    await page.getByRole('checkbox', { name: /Bright Outlook/ }).check()
    await page.getByRole('button', { name: /Median wage/ }).click()
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('sort=wage-desc')
    const count = await page.getByRole('status').filter({ hasText: 'careers' }).textContent()
    await page.reload()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'careers' }).textContent()).toBe(count)
    expect(await page.getByRole('checkbox', { name: /Job Zone 3/ }).isChecked()).toBe(true)
    expect(await page.getByRole('row').filter({ hasText: 'Medical Records Specialists' }).count()).toBe(1)
    await shoot(page, 'profile', 'browse')
  })
})
