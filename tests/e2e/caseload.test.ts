import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseloadStats } from '../../shared/domain/caseload'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { generateCaseload } from '../support/caseload'
import { addInterestProfiles } from '../support/caseload-gen'
import { nationalServices } from '../support/national-pack'
import { shoot } from '../support/shots'
import { RESOURCES, ROOT } from '../support/tmp'

// The Caseload screen on a generated caseload of 400 students and the national pack's clusters.

describe('the Caseload screen', () => {
  let s: Awaited<ReturnType<typeof nationalServices>>
  let harness: Harness
  let browser: Browser
  let page: Page
  const errors: string[] = []
  const names: string[] = []

  beforeAll(async () => {
    s = await nationalServices()
    harness = await startHarness({
      dataDir: s.dataDir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
      services: s,
    })
    const today = new Date().toISOString().slice(0, 10)
    const { studentIds } = generateCaseload(s.ctx.clients, {
      students: 400,
      sessionsPerStudent: 6,
      until: today,
    })
    addInterestProfiles(s.ctx.clients, studentIds)
    names.push(
      ...(s.ctx.clients.prepare('SELECT name FROM students').all() as { name: string }[]).map((r) => r.name),
    )
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage()
    page.on('pageerror', (e) => errors.push(e.message))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    s?.cleanup()
  })

  const stats = async (input: object) => {
    const r = await s.call('caseload.stats', input)
    if (!r.ok) throw new Error(r.message)
    return r.value as CaseloadStats
  }

  it('shows headline counts and every chart, with no student names anywhere', async () => {
    await page.goto(`${harness.url}#/caseload`)
    await page.getByText('Students in caseload').waitFor()
    const st = await stats({})
    expect(await page.locator('.cl-tiles li').first().locator('.cl-tile-value').textContent()).toBe(
      st.students.total.toLocaleString('en-US'),
    )
    for (const title of [
      'Students by grade and status',
      'Sessions per month',
      'Strongest interest area (latest profile)',
      'Most-saved careers',
      'Saved careers by career cluster',
    ]) {
      await page.locator('.ch-title', { hasText: title }).waitFor()
    }
    // Clusters come from the national pack: Health Science holds the nurses and records specialists.
    await page.getByText('Health Science').first().waitFor()
    const text = (await page.locator('main').textContent()) ?? ''
    for (const n of names) expect(text).not.toContain(n)
    await page.locator('.recharts-surface').first().waitFor()
    await shoot(page, 'caseload', 'caseload', { fullPage: true })
    const axe = await new AxeBuilder({ page }).include('.cl-root').analyze()
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })

  it('filters by school and date range', async () => {
    await page.getByLabel('School').selectOption('Valley Early College')
    const st = await stats({ school: 'Valley Early College' })
    await expect
      .poll(() => page.locator('.cl-tiles li').first().locator('.cl-tile-value').textContent())
      .toBe(String(st.students.total))
    await page.getByLabel('From').fill('2026-01-01')
    await page.getByLabel('To').fill('2026-03-31')
    await page.getByRole('button', { name: 'Apply dates' }).click()
    const ranged = await stats({ school: 'Valley Early College', from: '2026-01-01', to: '2026-03-31' })
    const sessions = ranged.sessionsPerMonth.reduce((n, m) => n + m.sessions, 0)
    await expect
      .poll(() => page.locator('.cl-tiles li').nth(2).locator('.cl-tile-value').textContent())
      .toBe(sessions.toLocaleString('en-US'))
    await page.locator('.ch-title', { hasText: 'Sessions per month' }).waitFor()
    await shoot(page, 'interests', 'caseload-filtered', { fullPage: true })

    // The selection lives in the address: a reload shows the same school and dates.
    await page.reload()
    await expect.poll(() => page.getByLabel('School').inputValue()).toBe('Valley Early College')
    expect(await page.getByLabel('From').inputValue()).toBe('2026-01-01')
    await expect
      .poll(() => page.locator('.cl-tiles li').nth(2).locator('.cl-tile-value').textContent())
      .toBe(sessions.toLocaleString('en-US'))
  })

  it('hides small counts as printed reports do', async () => {
    await page.getByRole('button', { name: 'All time' }).click()
    await page.getByLabel('Hide counts under 5, as on printed reports').check()
    const details = page.locator('figure', { hasText: 'Most-saved careers' }).locator('details')
    await details.locator('summary').click()
    const cells = await details.locator('td').allTextContents()
    expect(cells.every((c) => c === 'not available' || Number(c.replace(/,/g, '')) >= 5 || c === '0')).toBe(
      true,
    )
    expect(errors).toEqual([])
  })
})
