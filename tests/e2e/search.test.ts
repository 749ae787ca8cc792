import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../harness/server'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

describe('searching careers in the browser', () => {
  let app: AppInBrowser
  let harness: Harness
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startAppInBrowser({ national: true })
    harness = app.harness
    browser = app.browser
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    page = await context.newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('suggests what to try before anything is typed', async () => {
    await page.goto(harness.url)
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.getByRole('button', { name: 'vet tech' }).isVisible()).toBe(true)
    await shoot(page, 'search', 'empty')
  })

  it('searches as you type, says why each result matched, and opens the profile with arrows and Enter', async () => {
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.pressSequentially('coder', { delay: 40 })
    const grid = page.getByRole('grid', { name: 'Careers found' })
    const row = grid.getByRole('row').filter({ hasText: 'Medical Records Specialists' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Also called')
    expect(await row.locator('mark').first().textContent()).toBe('Coder')
    expect(await page.evaluate(() => window.location.hash)).toBe('#/?q=coder')
    await shoot(page, 'search', 'results-coder')

    const rows = await grid.getByRole('row').allTextContents()
    const index = rows.findIndex((r) => r.includes('Medical Records Specialists'))
    expect(index).toBeGreaterThanOrEqual(0)
    expect(index).toBeLessThan(3)
    // The first row is active; step down to Medical Records Specialists, then back and forth.
    for (let i = 0; i < index + 1; i++) await box.press('ArrowDown')
    await box.press('ArrowUp')
    const active = await box.getAttribute('aria-activedescendant')
    expect(await page.locator(`#${active}`).textContent()).toContain('Medical Records Specialists')
    await box.press('Enter')
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/occupation/29-2072.00')
  })

  it('keeps the query when the counselor comes back', async () => {
    await page.goBack()
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await expect.poll(() => box.inputValue()).toBe('coder')
  })

  it('shows a respelling, and suggestions when nothing matches', async () => {
    await page.goto(`${harness.origin}/#/?q=electrican`)
    await page.getByText('Showing results for').waitFor()
    expect(await page.locator('.ex-spelled strong').textContent()).toBe('electrician')
    await shoot(page, 'search', 'results-typo')
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.fill('qqqzzx')
    await page.getByRole('heading', { name: /No careers match/ }).waitFor()
    await shoot(page, 'search', 'no-results')
    await page.getByRole('button', { name: 'vet tech' }).click()
    await expect.poll(() => box.inputValue()).toBe('vet tech')
    await page.getByRole('grid').getByRole('row').first().waitFor()
  })

  it('searches the words that match when one word matches nothing, and says so', async () => {
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.fill('nurse qqqzzx')
    const note = page.locator('.ex-partial')
    await note.waitFor()
    expect(await note.textContent()).toBe('Showing results for nurse; no career matched ‘qqqzzx’')
    expect(await page.getByRole('grid').getByRole('row').first().textContent()).toContain('Registered Nurses')
    await box.fill('nursing studies')
    await expect
      .poll(() => note.textContent())
      .toContain('Showing results for nursing; no career matched ‘studies’')
    await shoot(page, 'search', 'results-partial')
  })

  it('finds a career by the program it is studied as, and says so', async () => {
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.fill('culinary arts')
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'Chefs and Head Cooks' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Studied as')
    expect(await row.textContent()).toContain('Culinary Arts')
    await shoot(page, 'search', 'results-program')
  })

  it('adds a result to the comparison with Shift+Enter', async () => {
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.fill('cop')
    const first = page.getByRole('grid').getByRole('row').first()
    await first.getByText('Police').first().waitFor()
    await box.press('Shift+Enter')
    await expect.poll(() => first.getByRole('button', { pressed: true }).count()).toBe(1)
    await shoot(page, 'search', 'results-cop')
  })

  it('has no serious accessibility violations', async () => {
    const found = await new AxeBuilder({ page }).analyze()
    const bad = found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  })

  it('never lets a slow answer to an older query replace the newest one', async () => {
    await page.goto(`${harness.url}#/`)
    await page.reload()
    // Hold back the answer to "nurse" until the counselor has moved on to "electrician".
    await page.evaluate(() => {
      const w = window as unknown as {
        api: { call: (m: string, i: { q?: string }) => Promise<unknown> }
        held: { asked: boolean; delivered: boolean; release: () => void }
      }
      const original = w.api.call.bind(w.api)
      let release = () => {}
      const gate = new Promise<void>((r) => {
        release = r
      })
      w.held = { asked: false, delivered: false, release }
      w.api.call = async (m, i) => {
        if (m !== 'catalog.search' || i.q !== 'nurse') return original(m, i)
        w.held.asked = true
        const answer = await original(m, i)
        await gate
        w.held.delivered = true
        return answer
      }
    })
    const held = (k: 'asked' | 'delivered') =>
      page.evaluate((key) => (window as unknown as { held: Record<string, boolean> }).held[key], k)
    const box = page.getByRole('combobox', { name: 'Search careers' })
    await box.fill('nurse')
    await expect.poll(() => held('asked')).toBe(true)
    await box.fill('electrician')
    const grid = page.getByRole('grid', { name: 'Careers found' })
    await grid.getByRole('row', { selected: true }).filter({ hasText: 'Electricians' }).waitFor()
    await page.evaluate(() => (window as unknown as { held: { release: () => void } }).held.release())
    await expect.poll(() => held('delivered')).toBe(true)
    // Give a wrong render every chance to happen before looking.
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r))
    })
    expect(await grid.getByRole('row').first().textContent()).toContain('Electricians')
    expect(await grid.getByRole('row').filter({ hasText: 'Registered Nurses' }).count()).toBe(0)
    expect(await box.inputValue()).toBe('electrician')
    await box.press('Enter')
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/occupation/47-2111.00')
  })
})
