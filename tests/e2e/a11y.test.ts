import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { areaServices } from '../support/area-pack'
import { seriousViolations } from '../support/axe'

// Explore screens on the national pack with OEWS area figures (the longest profile lists, the most
// facet values, and the home-area tables and column), home area Columbus, Ohio.
describe('accessibility of search, profile, browse and compare', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  let page: Page
  let services: Awaited<ReturnType<typeof areaServices>>

  beforeAll(async () => {
    services = await areaServices()
    app = await startAppInBrowser({ services })
    harness = app.harness
    browser = app.browser
    const home = await harness.services.call('settings.setHomeArea', { state: '39', metro: '18140' })
    expect(home.ok).toBe(true)
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(harness.url)
    // Three careers in the comparison, as a counselor would have them.
    await page.evaluate(() =>
      localStorage.setItem(
        'career-atlas.compare',
        JSON.stringify([
          { code: '29-2072.00', title: 'Medical Records Specialists' },
          { code: '29-1141.00', title: 'Registered Nurses' },
          { code: '15-1252.00', title: 'Software Developers' },
        ]),
      ),
    )
  })
  afterAll(async () => {
    await app?.close()
    services?.cleanup()
  })

  const results = (p: Page) => p.getByRole('grid', { name: 'Careers found' })
  const screens: [string, string, (p: Page) => Promise<unknown>][] = [
    [
      'search results',
      '#/?q=nurse',
      (p) => results(p).getByRole('row').filter({ hasText: 'Registered Nurses' }).first().waitFor(),
    ],
    [
      'search with no results',
      '#/?q=qqqzzx',
      (p) => p.getByRole('heading', { name: /No careers match/ }).waitFor(),
    ],
    [
      'search with the fallback notice',
      '#/?q=nurse%20qqqzzx',
      (p) => p.getByText('Showing results for nurse; no career matched ‘qqqzzx’', { exact: true }).waitFor(),
    ],
    [
      'profile with home area figures',
      '#/occupation/29-2072.00',
      async (p) => {
        await p.getByRole('table', { name: /Columbus, OH and Ohio beside the United States/ }).waitFor()
        await p.getByRole('region', { name: 'Sources' }).waitFor()
      },
    ],
    [
      'profile with ratings',
      '#/occupation/29-1141.00',
      (p) => p.getByRole('region', { name: 'Sources' }).waitFor(),
    ],
    [
      'browse with filters set and the pathway facet open',
      '#/browse?cluster=Health+Science&jz=3&sort=wage-desc',
      async (p) => {
        await p.getByRole('group', { name: 'Career pathway' }).waitFor()
        await p.getByRole('button', { name: /Columbus median/ }).waitFor()
      },
    ],
    [
      'compare with three careers',
      '#/compare',
      async (p) => {
        const table = p.getByRole('table', { name: 'Key figures for each career' })
        await expect.poll(() => table.getByRole('columnheader').count()).toBe(3)
      },
    ],
  ]
  for (const [name, hash, ready] of screens) {
    it(`has no serious or critical axe violations: ${name}`, async () => {
      await page.goto(`${harness.url}${hash}`)
      await page.reload()
      await ready(page)
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  it('has no serious or critical axe violations with the clear-comparison question open', async () => {
    await page.goto(`${harness.url}#/compare`)
    await page.getByRole('button', { name: 'Clear all' }).click()
    await page.getByRole('alertdialog', { name: 'Clear the comparison?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('alertdialog').waitFor({ state: 'detached' })
    const table = page.getByRole('table', { name: 'Key figures for each career' })
    expect(await table.getByRole('columnheader').count()).toBe(3)
  })

  it('offers "Skip to content" as the first Tab stop, and Enter moves focus to the screen', async () => {
    await page.goto(`${harness.url}#/browse`)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Browse careers' }).waitFor()
    // From the top of the page, as after a reload or a click on empty space.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    // Seen while focused, not only announced.
    const box = await skip.boundingBox()
    expect(box && box.y >= 0 && box.height > 0).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    // The next Tab goes on inside the screen, not back to the sidebar.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
    expect(await page.evaluate(() => window.location.hash)).toBe('#/browse')
  })
})
