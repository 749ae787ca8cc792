import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { nationalServices } from '../support/national-pack'
import { shoot } from '../support/shots'
import { RESOURCES, ROOT } from '../support/tmp'

// The Interests tab in Chromium on the full national pack: record scores, read matches, explain
// one, filter by job zone, take the quick check. Screenshots only when CAREER_ATLAS_SHOTS is set.

describe('the Interests tab', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  let harness: Harness
  let browser: Browser
  let page: Page
  let studentId = 0
  const errors: string[] = []

  beforeAll(async () => {
    s = await nationalServices()
    harness = await startHarness({
      dataDir: s.dataDir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
      services: s,
    })
    const st = await s.call('students.create', {
      name: 'José Núñez',
      grade: 11,
      school: 'Lincoln High School',
    })
    if (!st.ok) throw new Error(st.message)
    studentId = (st.value as { id: number }).id
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage()
    page.on('pageerror', (e) => errors.push(e.message))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    s?.cleanup()
  })

  const shot = (name: string) => shoot(page, 'interests', name, { fullPage: true })
  const axe = async () => {
    const r = await new AxeBuilder({ page }).include('.in-root').analyze()
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }

  it('offers to record interests when none are on file', async () => {
    await page.goto(`${harness.url}#/students/${studentId}/interests`)
    await page.getByRole('heading', { name: 'No interests recorded yet' }).waitFor()
    await shot('empty')
  })

  it('records Interest Profiler scores and shows the code, its meaning and ranked careers', async () => {
    await page.getByRole('button', { name: 'Record interests' }).first().click()
    const scores = {
      Realistic: 8,
      Investigative: 22,
      Artistic: 31,
      Social: 36,
      Enterprising: 14,
      Conventional: 6,
    }
    for (const [area, v] of Object.entries(scores))
      await page.getByLabel(area, { exact: true }).fill(String(v))
    await page.getByLabel('Date recorded').fill('2026-03-02')
    await shot('record-scores')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByRole('heading', { name: 'Careers that fit these interests' }).waitFor()
    expect(await page.getByLabel('Holland code S A I').count()).toBe(1)
    await expect.poll(() => page.locator('.in-match-list li').count()).toBe(25)
    const first = page.locator('.in-match-list li').first()
    expect(await first.locator('.in-band').textContent()).toBe('Great fit')
    await shot('tab')
    expect(await axe()).toEqual([])
  })

  it('explains a match with both six-bar patterns, the correlation and shared high points', async () => {
    const title = (await page.locator('.in-match-title').first().textContent())!
    await page.locator('.in-match-title').first().click()
    const panel = page.locator('#in-explain')
    await panel.locator('.recharts-surface').first().waitFor()
    expect(await panel.getByRole('heading').textContent()).toBe(title)
    await expect.poll(() => panel.locator('.in-sentences li').count()).toBeGreaterThanOrEqual(3)
    expect(await panel.textContent()).toMatch(/The correlation is 0\.\d\d \(Great fit\)/)
    expect(await panel.textContent()).toMatch(/Shared high points/)
    await shot('explain')
    await shoot(panel, 'interests', 'explain-panel')
    expect(await axe()).toEqual([])
  })

  it('opens and closes an explanation from the keyboard', async () => {
    await page.getByRole('button', { name: 'Close the explanation' }).click()
    await page.locator('.in-match-title').nth(1).focus()
    await page.keyboard.press('Enter')
    await page.locator('#in-explain').waitFor()
    expect(await page.locator('.in-match-title').nth(1).getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#in-explain').count()).toBe(0)
  })

  it('narrows the list to the job zones chosen', async () => {
    await page.getByRole('checkbox', { name: /Zone 5/ }).check()
    await expect.poll(() => page.locator('.in-match-meta').first().textContent()).toContain('Job Zone 5')
    await expect
      .poll(async () =>
        (await page.locator('.in-match-meta').allTextContents()).every((m) => m.includes('Job Zone 5')),
      )
      .toBe(true)
    await page.getByRole('button', { name: 'All zones' }).click()
  })

  it('saves a match to the student’s careers', async () => {
    await page
      .getByRole('button', { name: /^Save .* to the student’s careers$/ })
      .first()
      .click()
    await page.locator('.in-match-list li').first().getByText('Saved ✓').waitFor()
    const saved = await s.call('saved.list', { studentId })
    expect(saved.ok && (saved.value as unknown[]).length).toBe(1)
  })

  it('refuses a mistyped Holland code, saying why', async () => {
    await page.getByRole('button', { name: 'Record interests' }).click()
    await page.getByLabel('Holland code', { exact: true }).check()
    await page.getByRole('textbox', { name: 'Holland code' }).fill('SSA')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByRole('alert').getByText('The letter S appears twice').waitFor()
    await page.getByRole('button', { name: 'Cancel' }).click()
  })

  it('takes the quick check, explains a flat answer pattern, and shows change over time', async () => {
    await page.getByRole('button', { name: 'Record interests' }).click()
    await page.getByLabel('Quick interest check').check()
    expect(await page.getByText('not the O*NET Interest Profiler').count()).toBe(1)
    const groups = page.locator('.in-items fieldset')
    expect(await groups.count()).toBe(36)
    for (let i = 0; i < 36; i++) await groups.nth(i).getByLabel('Not sure').check()
    await page.getByText('36 of 36 answered').waitFor()
    await shot('quick')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('No ranking for this profile.').waitFor()
    expect(await page.locator('.in-flat').textContent()).toMatch(/All six areas scored the same/)
    expect(await page.locator('.in-history tbody tr').count()).toBe(2)
    await page.locator('.ch-title', { hasText: 'Interests over time' }).waitFor()
    // The history is drawn: one line per interest area, through both profiles.
    const history = page.locator('.ch-figure', { hasText: 'Interests over time' })
    await expect.poll(() => history.locator('.recharts-line').count()).toBe(6)
    await shot('flat-and-history')
    expect(await axe()).toEqual([])
    expect(errors).toEqual([])
  })

  it("on a 1024-pixel laptop the history keeps each score and header on one line, the profile chart's area names apart", async () => {
    // A profile with scores is the one in view (the quick check above was flat: no chart to read).
    const added = await s.call('interests.add', {
      studentId,
      takenOn: new Date().toISOString().slice(0, 10),
      source: 'profiler',
      scores: { R: 12, I: 20, A: 16, S: 27, E: 18, C: 26 },
    })
    if (!added.ok) throw new Error(added.message)
    const laptop = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage()
    await laptop.goto(`${harness.url}#/students/${studentId}/interests`)
    const table = laptop.getByRole('table', { name: 'Interest profiles on record' })
    await table.locator('tbody tr').nth(2).waitFor()
    // Lines a cell's text is drawn on: a squeezed column put "12" on two and "Code" as "Cod / e".
    const lines = await table.evaluate((t) =>
      [...t.querySelectorAll('thead th:not(:has(.sr-only)), tbody td.in-num, tbody td.in-mono')].map((c) => {
        const r = document.createRange()
        r.selectNodeContents(c)
        return `${c.textContent}: ${new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size}`
      }),
    )
    expect(lines.length).toBeGreaterThan(20)
    expect(lines.filter((l) => !l.endsWith(': 1') && !l.endsWith(': 0'))).toEqual([])
    // The profile chart's six area names stay apart ("RealisticInvestigative…" ran together).
    const labels = laptop
      .locator('.ch-figure')
      .filter({ has: laptop.locator('.ch-title', { hasText: /^Interest profile,/ }) })
      .locator('.recharts-xAxis-tick-labels text')
    await labels.filter({ hasText: 'Conventional' }).waitFor()
    const boxes = await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()))
    expect(boxes).toHaveLength(6)
    const overlaps = boxes.filter((a, i) =>
      boxes.some(
        (b, j) => j !== i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
      ),
    )
    expect(overlaps).toEqual([])
    await laptop.close()
  })
})
