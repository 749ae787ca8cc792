import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedStudent } from '../integration/reports-fixture'
import type { AppInBrowser } from '../support/app-in-browser'
import { type AreaServices, areaAppInBrowser, closeAreaApp } from '../support/area-app'

// A counselor's laptop (1024 × 768) with Columbus, OH and Ohio as home area: the extra home-area
// figures must stay in view and say where they come from, on every screen that shows them.
describe('home area on a 1024 px laptop screen', () => {
  let app: AppInBrowser
  let page: Page
  let services: AreaServices

  beforeAll(async () => {
    ;({ app, page, services } = await areaAppInBrowser({ width: 1024, height: 768 }))
    await page.goto(`${app.harness.url}#/settings`)
    await page.getByLabel('Home state').selectOption({ label: 'Ohio' })
    await page.getByLabel(/Metro or nonmetropolitan area/).selectOption({ label: 'Columbus, OH' })
    await page.getByRole('button', { name: 'Save home area' }).click()
    await page.getByRole('status').filter({ hasText: 'Home area saved' }).waitFor()
  })
  afterAll(() => closeAreaApp(app, services))

  /** Whether `inner` lies wholly inside `outer` as drawn (not cut by its edge). */
  async function within(inner: Locator, outer: Locator): Promise<boolean> {
    const a = await inner.boundingBox()
    const b = await outer.boundingBox()
    if (!a || !b) return false
    return a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5
  }

  it('keeps every column of "Wages in your area" inside its panel', async () => {
    await page.goto(`${app.harness.url}#/occupation/29-2072.00`)
    const section = page.locator('#home-area')
    const table = section.getByRole('table', { name: /Columbus, OH and Ohio beside the United States/ })
    await table.waitFor()
    expect(await within(table.getByRole('columnheader', { name: 'Employment' }), section)).toBe(true)
    expect(
      await within(
        table
          .getByRole('row', { name: /^Columbus/ })
          .getByRole('cell')
          .last(),
        section,
      ),
    ).toBe(true)
  })
  it('keeps a Compare button in view on every browse row beside the home-area median', async () => {
    await page.goto(`${app.harness.url}#/browse?sort=localWage-desc`)
    const wrap = page.locator('.br-table-wrap')
    await page.getByRole('button', { name: /Columbus median/ }).waitFor()
    const row = page.getByRole('row', { name: /Cardiologists/ })
    const button = row.getByRole('button', { name: 'Compare Cardiologists' })
    expect(await within(button, wrap)).toBe(true)
    await button.click()
    await row.getByRole('button', { name: 'Comparing Cardiologists' }).waitFor()

    // Filtered to the highest Columbus medians, the list holds titles with longer words.
    await page.goto(`${app.harness.url}#/browse?sort=title-asc&lmin=100000`)
    await page.getByText(/^\d+ careers$/).waitFor()
    await page.getByRole('link', { name: 'Actuaries' }).waitFor()
    expect(await within(page.getByRole('columnheader', { name: /^Openings a year/ }), wrap)).toBe(true)
  })

  it('footnotes the home-area median with release and area on browse, compare and interest matches', async () => {
    await page.goto(`${app.harness.url}#/browse`)
    await page
      .getByText(
        /^Columbus median: BLS OEWS May 2025, Columbus, OH; “not published” where BLS published none/,
      )
      .waitFor()

    for (const code of ['29-2072.00', '29-1141.00']) {
      await page.goto(`${app.harness.url}#/occupation/${code}`)
      const add = page.getByRole('button', { name: /^Add to compare/ }).first()
      await add.click()
      await page
        .getByRole('button', { name: /^In comparison/ })
        .first()
        .waitFor()
    }
    await page.goto(`${app.harness.url}#/compare`)
    await page
      .getByText(
        /^Median wage in Columbus, OH: BLS OEWS May 2025, Columbus, OH, SOC [-\d, ]*29-2072[-\d, ]*\. Median wage in Ohio: BLS OEWS May 2025, Ohio, SOC /,
      )
      .waitFor()

    const student = seedStudent(services.ctx.clients)
    await page.goto(`${app.harness.url}#/students/${student}/interests`)
    await page
      .getByText(/Columbus, OH median: BLS OEWS May 2025, Columbus, OH; “not published” where/)
      .waitFor()
  })

  it('says on the profile when the chosen home area is not in the installed pack, instead of "choose one"', async () => {
    // As after installing a newer pack without the metro area, then without the state.
    const set = (v: object) =>
      services.ctx.clients
        .prepare("UPDATE app_settings SET value = ? WHERE key = 'home_area'")
        .run(JSON.stringify(v))
    set({ state: '39', metro: '99999' })
    await page.goto(`${app.harness.url}#/occupation/29-2072.00`)
    const section = page.locator('#home-area')
    await section
      .getByText(
        'The home metro area you chose is not in the installed data pack; figures for Ohio are shown until you choose again. Choose a home area in Settings.',
      )
      .waitFor()
    await section.getByRole('table', { name: /^Annual wage: Ohio beside the United States/ }).waitFor()
    set({ state: '98', metro: null })
    await page.goto(`${app.harness.url}#/settings`)
    await page.goto(`${app.harness.url}#/occupation/29-2072.00`)
    await section
      .getByText(
        'The home state you chose is not in the installed data pack; national figures are shown until you choose again. Choose a home area in Settings.',
      )
      .waitFor()
    expect(await section.getByRole('link', { name: 'Choose a home area in Settings' }).count()).toBe(1)
  })

  it('heads the browse column of a long-named home area "Home-area median" and names the area under the table', async () => {
    // BLS nonmetropolitan areas have names this long; in a column heading it crushed the titles.
    const long = 'Northwest Lower Peninsula of Michigan nonmetropolitan area'
    const db = new Database(join(services.dataDir, 'catalog.sqlite'))
    db.prepare("UPDATE areas SET title = ? WHERE area = '3900002'").run(long)
    db.close()
    services.ctx.clients
      .prepare("UPDATE app_settings SET value = ? WHERE key = 'home_area'")
      .run(JSON.stringify({ state: '39', metro: '3900002' }))
    await page.goto(`${app.harness.url}#/browse?sort=title-asc`)
    await page.getByRole('button', { name: /^Home-area median/ }).waitFor()
    await page
      .getByText(`Home-area median: BLS OEWS May 2025, ${long}; “not published”`, { exact: false })
      .waitFor()
    expect(
      await within(
        page.getByRole('columnheader', { name: /^Openings a year/ }),
        page.locator('.br-table-wrap'),
      ),
    ).toBe(true)
  })
})
