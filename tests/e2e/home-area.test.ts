import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppInBrowser } from '../support/app-in-browser'
import { type AreaServices, areaAppInBrowser, closeAreaApp } from '../support/area-app'
import { FIXTURE_STATES, nationalRow } from '../support/oews-fixtures'

// The counselor picks a home state and metro area in Settings; the profile then shows that
// area's figures beside the nation's, markers in words, and a sortable Wages by state table.
describe('home area in the browser (national pack + OEWS area workbooks)', () => {
  let app: AppInBrowser
  let page: Page
  let services: AreaServices

  beforeAll(async () => {
    ;({ app, page, services } = await areaAppInBrowser({ width: 1280, height: 900 }))
  })
  afterAll(() => closeAreaApp(app, services))

  const money = (n: number) => `$${n.toLocaleString('en-US')}`

  it('chooses Ohio and Columbus in Settings, then shows their wages beside the national ones on the profile', async () => {
    await page.goto(`${app.harness.url}#/settings`)
    await page.getByLabel('Home state').selectOption({ label: 'Ohio' })
    await page.getByLabel(/Metro or nonmetropolitan area/).selectOption({ label: 'Columbus, OH' })
    await page.getByRole('button', { name: 'Save home area' }).click()
    await page.getByRole('status').filter({ hasText: 'Home area saved: Columbus, OH, Ohio.' }).waitFor()

    await page.goto(`${app.harness.url}#/occupation/29-2072.00`)
    const table = page.getByRole('table', { name: /Columbus, OH and Ohio beside the United States/ })
    await table.waitFor()
    const nat = nationalRow('29-2072')
    const ohioMedian = Math.round((Number(nat.A_MEDIAN) * FIXTURE_STATES[0]!.factor) / 10) * 10
    const ohio = await table.getByRole('row', { name: /^Ohio/ }).textContent()
    expect(ohio).toBe(
      `Ohio²not published${money(ohioMedian)}at least $239,200${money(Math.round((Number(nat.A_MEAN) * FIXTURE_STATES[0]!.factor) / 10) * 10)}not published`,
    )
    const us = await table.getByRole('row', { name: /^United States/ }).textContent()
    expect(us).toContain(money(Number(nat.A_MEDIAN)))
    const region = page.getByRole('region', { name: 'Wages in your area' })
    expect(await region.textContent()).toContain('² BLS OEWS May 2025, Ohio, SOC 29-2072')
    // BLS's own `*` / `**` mean "not published": never used as our footnote marks.
    expect(await region.textContent()).not.toContain('*')
  })

  it('sorts Wages by state by median, unpublished figures last', async () => {
    const states = page.getByRole('table', { name: /Median wage and employment by state/ })
    await states.getByRole('button', { name: /Median annual/ }).click()
    const first = await states.getByRole('row').nth(1).textContent()
    expect(first).toMatch(/^California/)
    await states.getByRole('button', { name: /Median annual/ }).click()
    expect(await states.getByRole('row').nth(1).textContent()).toMatch(/^Puerto Rico/)
  })

  it("draws the home state's bar in the chart in its own colour, the others alike", async () => {
    const region = page.getByRole('region', { name: 'Wages by state' })
    const bars = region.locator('.recharts-bar-rectangle path')
    const ticks = region.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    await ticks.filter({ hasText: 'Ohio (home)' }).waitFor()
    const fills = await bars.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')))
    const labels = await ticks.allTextContents()
    expect(labels).toEqual(['California', 'Texas', 'Ohio (home)', 'Puerto Rico'])
    expect(new Set(fills.filter((_, i) => i !== 2)).size).toBe(1)
    expect(fills[2]).not.toBe(fills[0])
    // Chart and table share one source line, not one each.
    expect(await region.getByText(/^Source: BLS OEWS/).count()).toBe(1)
  })

  it('has no serious or critical axe violations on the profile, Settings and browse with a home area', async () => {
    for (const [hash, ready] of [
      ['#/occupation/29-2072.00', () => page.getByRole('region', { name: 'Where they work' }).waitFor()],
      ['#/settings', () => page.getByLabel('Home state').waitFor()],
      ['#/browse?sort=localWage-desc', () => page.getByRole('button', { name: /Columbus median/ }).waitFor()],
    ] as const) {
      await page.goto(`${app.harness.url}${hash}`)
      await ready()
      for (const d of await page.locator('details').all())
        await d.evaluate((el) => el.setAttribute('open', ''))
      const r = await new AxeBuilder({ page }).analyze()
      const serious = r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${hash} ${v.id}: ${n.target.join(' ')}`))
      expect(serious).toEqual([])
    }
  })
})
