import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { seriousViolations } from '../support/axe'

// Explore screens on the national pack (the longest profile lists and the most facet values).
describe('accessibility of search, profile, browse and compare', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startAppInBrowser({ national: true })
    harness = app.harness
    browser = app.browser
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(harness.url)
    // Two careers in the comparison, as a counselor would have them.
    await page.evaluate(() =>
      localStorage.setItem(
        'career-atlas.compare',
        JSON.stringify([
          { code: '29-2072.00', title: 'Medical Records Specialists' },
          { code: '29-1141.00', title: 'Registered Nurses' },
        ]),
      ),
    )
  })
  afterAll(async () => {
    await app?.close()
  })

  const screens: [string, string, (p: Page) => Promise<unknown>][] = [
    [
      'search results',
      '#/?q=nurse',
      (p) => p.getByRole('row').filter({ hasText: 'Registered Nurses' }).first().waitFor(),
    ],
    ['profile', '#/occupation/29-1141.00', (p) => p.getByRole('region', { name: 'Sources' }).waitFor()],
    [
      'profile without ratings',
      '#/occupation/29-2072.00',
      (p) => p.getByRole('region', { name: 'Sources' }).waitFor(),
    ],
    [
      'browse',
      '#/browse?cluster=Health+Science&sort=wage-desc',
      (p) => p.getByRole('table').first().waitFor(),
    ],
    ['compare', '#/compare', (p) => p.getByRole('table', { name: 'Key figures for each career' }).waitFor()],
  ]
  for (const [name, hash, ready] of screens) {
    it(`has no serious or critical axe violations: ${name}`, async () => {
      await page.goto(`${harness.url}${hash}`)
      await page.reload()
      await ready(page)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})
