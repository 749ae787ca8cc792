import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { reportCatalog, seedStudent } from '../integration/reports-fixture'
import { launchChromium } from '../support/browser'
import { shoot } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

// The small things a counselor trips over in a session (issue 17, item 9), each as the step she
// takes. Screenshots only when CAREER_ATLAS_SHOTS is set.
const COMPARED = ['29-2072.00', '29-1141.00', '15-1252.00', '13-2011.00']

describe('counselor frictions', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  let page: Page
  let studentId = 0

  beforeAll(async () => {
    await reportCatalog(t.dir)
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    studentId = seedStudent(harness.services.ctx.clients)
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  const shot = (name: string) => shoot(page, 'frictions', name)
  const current = () => page.locator('.sidebar a[aria-current="page"]').textContent()
  const searchBox = () => page.locator('#career-search')
  const compareTable = () => page.getByRole('table', { name: 'Key figures for each career' })

  /** Every control whose accessible name is set apart from its text must still say that text. */
  const labelInNameProblems = () =>
    page.evaluate(() => {
      const norm = (s: string) => s.replace(/[✓×…]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
      return [...document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label]')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ label: el.getAttribute('aria-label') ?? '', text: norm(el.textContent ?? '') }))
        .filter((x) => x.text && !norm(x.label).includes(x.text))
        .map((x) => `"${x.text}" not in "${x.label}"`)
    })

  it('keeps the search text when coming back through the nav, and "/" jumps to the box', async () => {
    await page.goto(`${harness.url}#/`)
    await searchBox().fill('medical records')
    await expect
      .poll(() => page.getByRole('grid', { name: 'Careers found' }).getByRole('row').count())
      .toBeGreaterThan(0)
    await page.getByRole('link', { name: 'Browse' }).click()
    await page.waitForURL(/#\/browse/)
    await page.getByRole('link', { name: 'Search' }).click()
    await expect.poll(() => searchBox().inputValue()).toBe('medical records')
    await page.locator('h1').click()
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('career-search')
    expect(await labelInNameProblems()).toEqual([])
  })

  it('says on screen, not only to screen readers, that a fifth career does not fit the comparison', async () => {
    await page.goto(`${harness.url}#/`)
    for (const code of [...COMPARED, '47-2111.00']) {
      await searchBox().fill(code)
      // Shift+Enter acts on the highlighted row: wait until the answer to this code puts it there
      // (the list of the previous code can still be on screen, and may hold this career too).
      await expect
        .poll(() => searchBox().getAttribute('aria-activedescendant'))
        .toBe(`search-result-${code.replace(/\W/g, '-')}`)
      await searchBox().press('Shift+Enter')
      if (code !== '47-2111.00')
        await expect.poll(() => page.locator('.ex-notice').textContent()).toMatch(/added to the comparison/)
      await searchBox().fill('')
    }
    const notice = page.locator('.ex-notice')
    await expect.poll(() => notice.textContent()).toMatch(/The comparison is full/)
    expect(await notice.isVisible()).toBe(true)
    await shot('search-full-comparison')
  })

  it('saves every compared career to a student in one go, and says which she already had', async () => {
    await page.goto(`${harness.url}#/compare`)
    await expect.poll(() => compareTable().getByRole('columnheader').count()).toBe(4)
    await page.getByRole('button', { name: 'Save all compared careers to a student' }).click()
    await page.locator('.st-save-pick').first().click()
    const done = page.locator('.st-save-done')
    // The seeded student already has three of the four saved.
    await expect.poll(() => done.textContent()).toMatch(/Saved 1 career to José Núñez ✓; already saved: /)
    await shot('compare-save-all')
    expect(await labelInNameProblems()).toEqual([])
    const saved = harness.services.ctx.clients
      .prepare('SELECT code FROM saved_careers WHERE student_id = ?')
      .all(studentId) as { code: string }[]
    expect(saved.map((s) => s.code)).toContain('13-2011.00')
  })

  it('highlights Compare, not Search, for a profile opened from Compare; the outline stays in view', async () => {
    await page.goto(`${harness.url}#/compare`)
    await compareTable().getByRole('columnheader').first().getByRole('link').click()
    await page.waitForURL(/#\/occupation\//)
    await expect.poll(current).toBe('Compare')
    await page.locator('#sources').scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const toc = await page.getByRole('navigation', { name: 'Profile sections' }).boundingBox()
    expect(toc).not.toBeNull()
    expect(toc!.y).toBeGreaterThanOrEqual(0)
    expect(toc!.y).toBeLessThan(800)
    await shot('profile-scrolled-outline')
    expect(await labelInNameProblems()).toEqual([])
  })

  it('says "already saved" when saving a career the student has, and prints one Source line per section', async () => {
    await page.goto(`${harness.url}#/occupation/29-1141.00`)
    await page.getByRole('button', { name: 'Save to a student' }).click()
    await page.locator('.st-save-pick').first().click()
    await expect
      .poll(() => page.locator('.st-save-done').textContent())
      .toMatch(/Already saved for José Núñez/)
    for (const id of ['education', 'interests'])
      await expect
        .poll(
          async () => ((await page.locator(`#${id}`).textContent()) ?? '').match(/Source:/g)?.length ?? 0,
          {
            message: id,
          },
        )
        .toBe(1)
  })

  it('names job zones the same way on Browse, the profile and the interest matches', async () => {
    await page.goto(`${harness.url}#/occupation/29-2072.00`)
    const zone = ((await page.locator('.pf-jz-name').textContent()) ?? '').split(':')[0]!
    expect(zone).toMatch(/^Job Zone \d(–\d)?$/)
    // The summary's key fact names it the same way (not "Job Zone Three").
    expect(await page.locator('#summary').textContent()).toContain(`${zone}:`)
    await page.goto(`${harness.url}#/browse`)
    const facets = await page.locator('.facet-group, fieldset').filter({ hasText: 'Job zone' }).textContent()
    expect(facets).toContain(zone)
    // A zone the pack describes with zone 1 reads "Job Zone 1–2" in a search result too.
    expect(facets).toContain('Job Zone 1–2')
    await page.goto(`${harness.url}#/?q=11-9051.00`)
    const row = page.getByRole('row').filter({ hasText: '11-9051.00' }).first()
    await expect.poll(() => row.textContent()).toContain('Job Zone 1–2')
    await page.goto(`${harness.url}#/students/${studentId}/interests`)
    const zones = page.locator('.in-zones, [aria-label*="zone" i]').first()
    await expect.poll(() => zones.textContent()).toMatch(/Job Zone/)
    expect(await zones.textContent()).not.toMatch(/(^|[^b] )Zone \d/)
    await shot('interests-zones')
  })

  it('File › Print… prints the screen’s report PDF, and on a student’s record never the record itself', async () => {
    const menuPrint = async () => {
      await page.evaluate(() => {
        const w = window as unknown as { screenPrints: number }
        w.screenPrints = 0
        window.print = () => {
          w.screenPrints++
        }
      })
      harness.services.ctx.events.emit({ type: 'menu', action: 'print' })
    }
    const screenPrints = () =>
      page.evaluate(() => (window as unknown as { screenPrints: number }).screenPrints)

    // A profile: its own Print… makes the PDF (the compact buttons' names no longer start "Print… ").
    await page.goto(`${harness.url}#/occupation/29-2072.00`)
    await page.getByRole('button', { name: 'Print…, profile' }).waitFor()
    const [tab] = await Promise.all([page.context().waitForEvent('page'), menuPrint()])
    await expect.poll(() => tab.url()).toMatch(/\/files\/[0-9a-f]+\?print=1$/)
    await tab.close()
    expect(await screenPrints()).toBe(0)

    // A student's sessions: the Reports tab opens with the recipient to fill in, nothing printed.
    await page.goto(`${harness.url}#/students/${studentId}/sessions`)
    await page.getByRole('tab', { name: /^Sessions/ }).waitFor()
    await menuPrint()
    await page.waitForURL(new RegExp(`#/students/${studentId}/reports$`))
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-r$/)
    expect(await page.getByLabel('Recipient').evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await screenPrints()).toBe(0)
    const logged = harness.services.ctx.clients
      .prepare('SELECT count(*) FROM disclosures WHERE student_id = ?')
      .pluck()
      .get(studentId)
    expect(logged).toBe(0)
  })
})
