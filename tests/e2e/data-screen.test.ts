import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attribution } from '../../shared/attribution'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { type MiniOccupation, makeMiniPack } from '../support/mini-pack'
import { seedStudents } from '../support/pack-fixtures'
import { shoot } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

const occ: MiniOccupation[] = [
  { code: '29-2072.00', title: 'Medical Records Specialists', jobZone: 3, median: 50_000, growth: 7 },
  { code: '15-1252.00', title: 'Software Developers', jobZone: 4, median: 130_000, growth: 15 },
  {
    code: '51-4121.06',
    title: 'Welders, Cutters, and Welder Fitters',
    jobZone: 2,
    median: 48_000,
    growth: 2,
  },
]

describe('the Data screen', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  let page: Page
  let first: string
  let second: string

  beforeAll(async () => {
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    first = makeMiniPack(join(t.dir, 'district-2025.capack'), {
      occupations: occ,
      name: 'District pack 2025',
    })
    second = makeMiniPack(join(t.dir, 'district-2026.capack'), {
      name: 'District pack 2026',
      occupations: [{ ...occ[0]!, median: 56_000 }, occ[1]!],
    })
    seedStudents(harness.services.ctx.clients, [
      { student: 'José Núñez', code: '29-2072.00', title: 'Medical Records Specialists' },
      { student: 'José Núñez', code: '51-4121.06', title: 'Welders, Cutters, and Welder Fitters' },
    ])
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(`${harness.url}#/data`)
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  // Listening for the file chooser keeps Chromium from cancelling it; the harness's hidden
  // input (data-testid="harness-file-input") then receives the file.
  async function importPack(file: string) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import a pack…' }).click()
    const fc = await chooser
    expect(await fc.element().getAttribute('data-testid')).toBe('harness-file-input')
    await fc.setFiles(file)
  }

  it('shows the attribution in the exact required words', async () => {
    const required = attribution().onet
    await expect
      .poll(() =>
        page
          .getByText('This product includes information from the O*NET Database', { exact: false })
          .textContent(),
      )
      .toBe(required)
    // O*NET's wording for modified information, as its licence page gives it.
    expect(required).toContain(
      'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Career Atlas has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    )
    await expect.poll(() => page.getByText(/U\.S\. Bureau of Labor Statistics/).count()).toBeGreaterThan(0)
  })

  it('imports a pack chosen in the file dialog and shows it as installed', async () => {
    await importPack(first)
    await page.getByRole('status').filter({ hasText: 'Installed “District pack 2025”' }).waitFor()
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await expect.poll(() => installed.textContent()).toContain('District pack 2025')
    expect(
      await installed
        .getByRole('row', { name: /Occupations/ })
        .first()
        .textContent(),
    ).toMatch(/3$/)
  })

  it('imports the next pack and lists what changed for each student', async () => {
    await importPack(second)
    await page.getByRole('status').filter({ hasText: 'Installed “District pack 2026”' }).waitFor()
    const report = page.getByRole('region', { name: 'What changed' })
    await expect.poll(() => report.textContent()).toContain('2 of 2 saved careers changed, for 1 student')
    const text = (await report.textContent()) ?? ''
    expect(text).toContain('José Núñez')
    expect(text).toMatch(/No longer in this pack\s*Welders, Cutters, and Welder Fitters/)
    expect(text).toContain('Median wage: $50,000 → $56,000 (+12.0%)')
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([])
  })

  it('rolls back after a confirmation, and says so', async () => {
    await page.getByRole('button', { name: 'Roll back…' }).click()
    await page.getByRole('button', { name: 'Roll back to District pack 2025' }).click()
    await page.getByRole('status').filter({ hasText: 'Rolled back to “District pack 2025”' }).waitFor()
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await expect.poll(() => installed.textContent()).toContain('District pack 2025')
    const history = page.getByRole('region', { name: 'Previous packs' })
    await expect.poll(() => history.textContent()).toMatch(/Kept for roll back: District pack 2026/)
    await shoot(page, 'e2e', 'after-rollback')
  })

  it('refuses a damaged file with the message and fix, and keeps the installed pack', async () => {
    const bad = join(t.dir, 'broken.capack')
    writeFileSync(bad, 'not a pack at all')
    await importPack(bad)
    const alert = page.getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toMatch(/“broken.capack” cannot be installed: .*not a SQLite database/)
    expect(await alert.textContent()).toMatch(/installed pack was not changed/)
    expect(await page.getByRole('region', { name: 'Installed data pack' }).textContent()).toContain(
      'District pack 2025',
    )
  })

  it('builds a pack from official-layout files with per-file progress, staying usable meanwhile', async () => {
    const starter = join(ROOT, 'resources/starter-pack')
    await page.getByLabel('O*NET release', { exact: true }).fill(join(starter, 'onet'))
    await page.getByLabel('Release (if not in the files)').fill('2026.1')
    await page.getByLabel('BLS wages (OEWS national)').fill(join(starter, 'bls/oews_national.csv'))
    await page.getByLabel('BLS projections (EP)').fill(join(starter, 'bls/ep_table_1_2.csv'))
    await page.getByLabel('Pack name (optional)').fill('Built in the browser')
    await page.getByRole('button', { name: 'Build and install' }).click()
    await page.getByRole('progressbar', { name: 'Building the data pack' }).waitFor()
    // While the build runs in its child process, the services still answer at once.
    const answered = await page.evaluate(async () => {
      const t0 = performance.now()
      const r = await window.api.call('packs.current', {})
      return { ok: r.ok, ms: performance.now() - t0 }
    })
    expect(answered.ok).toBe(true)
    expect(answered.ms).toBeLessThan(1500)
    expect(await page.getByRole('button', { name: 'Cancel build' }).isVisible()).toBe(true)
    await page.getByText(/Installed “Built in the browser” with \d+ occupations/).waitFor({ timeout: 90_000 })
    const files = page.getByRole('table', { name: 'Files read so far' })
    expect(await files.textContent()).toMatch(/Occupation Data\.txt/)
    expect(await files.textContent()).toMatch(/oews_national\.csv/)
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('100')
  })
})
