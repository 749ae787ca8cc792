import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { nationalPackPath } from '../support/national-pack'
import { officialFolder } from '../support/official-folder'
import { shotsDir } from '../support/shots'
import { RESOURCES, ROOT, SHARED_DATA, tempDir } from '../support/tmp'

// Screenshots only when asked (CAREER_ATLAS_SHOTS names a folder).
const shot = async (page: Page, name: string, regions: string[] = []) => {
  const dir = shotsDir('data')
  if (!dir) return
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
  for (const r of regions)
    await page
      .getByRole('region', { name: r })
      .screenshot({ path: join(dir, `${name}-${r.replace(/\W+/g, '-').toLowerCase()}.png`) })
}

const t = tempDir('ca-e2e-official-')
let browser: Browser
const harnesses: Harness[] = []
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  for (const h of harnesses) await h.close()
  t.cleanup()
})

async function openData(resourcesDir: string): Promise<Page> {
  const dataDir = join(t.dir, `data-${harnesses.length}`)
  mkdirSync(dataDir)
  const harness = await startHarness({
    dataDir,
    resourcesDir,
    rendererDir: join(ROOT, 'out/renderer'),
    appVersion: '0.0.0-test',
  })
  harnesses.push(harness)
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto(`${harness.url}#/data`)
  return page
}

describe('first start with a national pack bundled in the resources folder', () => {
  it('installs it: the Data screen shows 1,016 occupations, says it came with the installation, and how old it is', async () => {
    const resources = join(t.dir, 'resources')
    mkdirSync(join(resources, 'bundled-pack'), { recursive: true })
    symlinkSync(join(RESOURCES, 'starter-pack'), join(resources, 'starter-pack'))
    symlinkSync(join(RESOURCES, 'fonts'), join(resources, 'fonts'))
    copyFileSync(await nationalPackPath(), join(resources, 'bundled-pack/national.capack'))
    const page = await openData(resources)
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await installed.getByText('1,016', { exact: true }).first().waitFor()
    const guide = page.getByRole('region', { name: 'Keeping the data current' })
    await guide.getByText('came with this installation').waitFor()
    await guide.getByText(/O\*NET 30\.3: released May 2026/).waitFor()
    await guide.getByText(/OEWS May 2025: released May 2025/).waitFor()
    await shot(page, 'data-bundled', ['Keeping the data current'])
  })
})

describe('first start when the bundled pack could not be installed', () => {
  it('says why, and offers to try the bundled pack again', async () => {
    const resources = join(t.dir, 'resources-damaged')
    mkdirSync(join(resources, 'bundled-pack'), { recursive: true })
    symlinkSync(join(RESOURCES, 'starter-pack'), join(resources, 'starter-pack'))
    symlinkSync(join(RESOURCES, 'fonts'), join(resources, 'fonts'))
    writeFileSync(join(resources, 'bundled-pack/national.capack'), 'not a pack')
    const page = await openData(resources)
    const guide = page.getByRole('region', { name: 'Keeping the data current' })
    await guide
      .getByText(/bundled with this installation could not be used: .*not a Career Atlas data pack/)
      .waitFor()
    await guide.getByRole('button', { name: 'Try installing the national pack again' }).click()
    await guide
      .getByRole('alert')
      .filter({ hasText: /not a Career Atlas data pack/ })
      .waitFor()
    await shot(page, 'data-bundled-fallback', ['Keeping the data current'])
  })
})

describe('dropping official downloads on the Data screen', () => {
  let page: Page
  beforeAll(async () => {
    page = await openData(RESOURCES)
  })

  it('says the starter pack is installed and names the official files and agencies', async () => {
    const guide = page.getByRole('region', { name: 'Keeping the data current' })
    await guide.getByText(/This is the starter pack/).waitFor()
    for (const agency of [
      'O*NET Resource Center',
      'U.S. Bureau of Labor Statistics (bls.gov/oes)',
      'nces.ed.gov',
    ])
      await guide.getByText(agency, { exact: false }).first().waitFor()
  })

  it('recognises dropped files by content, reports the stray one, then builds and installs', async () => {
    const onet27 = join(SHARED_DATA, 'onet/27.0_text')
    const files = [
      { name: 'Read Me.txt', text: readFileSync(join(onet27, 'Read Me.txt'), 'utf8') },
      // Renamed: recognised by its header, not its name.
      { name: 'occupations.txt', text: readFileSync(join(onet27, 'Occupation Data.txt'), 'utf8') },
      { name: 'Job Zones.txt', text: readFileSync(join(onet27, 'Job Zones.txt'), 'utf8') },
      { name: 'Job Zone Reference.txt', text: readFileSync(join(onet27, 'Job Zone Reference.txt'), 'utf8') },
      { name: 'roster.csv', text: 'Name,Grade,Homeroom\nAna,10,B12\n' },
    ]
    const drop = page.getByRole('region', { name: 'Update from official downloads' })
    await drop.getByText(/Drop the downloaded folder/).waitFor()
    await page.evaluate((list) => {
      const dt = new DataTransfer()
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }))
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, files)
    await drop.getByText('4 files will be used; 1 not used.').waitFor()
    const used = drop.getByRole('table', { name: /Will be used/ })
    await used.getByRole('row', { name: /occupations\.txt O\*NET Occupation Data .* O\*NET 27\.0/ }).waitFor()
    const notUsed = drop.getByRole('table', { name: /Not used/ })
    await notUsed.getByRole('row', { name: /roster\.csv not recognised .*Name, Grade, Homeroom/ }).waitFor()
    await drop.getByText('Occupational Employment and Wage Statistics (OEWS)').waitFor()
    await shot(page, 'data-drop-report', ['Update from official downloads'])
    const axe = await new AxeBuilder({ page }).analyze()
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

    await drop.getByRole('button', { name: 'Build and install' }).click()
    // A counselor goes on with the session meanwhile and comes back: the outcome is still shown.
    await page.evaluate(() => {
      window.location.hash = '#/search'
    })
    await drop.waitFor({ state: 'detached' })
    await page.evaluate(() => {
      window.location.hash = '#/data'
    })
    await drop
      .getByRole('status')
      .filter({ hasText: /Installed “O\*NET 27\.0” with 1,016 occupations/ })
      .waitFor({
        timeout: 60_000,
      })
      .catch(async (e) => {
        await shot(page, 'data-drop-failed')
        throw e
      })
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await installed.getByText('1,016', { exact: true }).first().waitFor()
    await shot(page, 'data-drop-built', ['Update from official downloads', 'Keeping the data current'])
  })

  it('reports a whole downloads folder: newest release per table, older and duplicate copies, files not needed', async () => {
    const f = officialFolder(join(t.dir, 'folder-drop'))
    await page.reload()
    const drop = page.getByRole('region', { name: 'Update from official downloads' })
    await drop.getByText(/Drop the downloaded folder/).waitFor()
    // A folder cannot be dropped from a test page; the harness's drop hand-off returns its path instead.
    await page.evaluate((dir) => {
      window.api.platform.pathsForDrop = async () => [dir]
      const dt = new DataTransfer()
      dt.items.add(new File(['x'], 'downloads'))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, f.dir)
    await drop.getByText('25 files will be used; 17 not used; 41 not needed.').waitFor()
    const notUsed = drop.getByRole('table', { name: /Not used/ })
    await notUsed
      .getByRole('row', { name: /national_M2024_dl\.xlsx .*OEWS May 2024 .*OEWS May 2025 is newer/ })
      .waitFor()
    await notUsed.getByRole('row', { name: /CIP2020_SOC2018_Crosswalk\.xlsx .*same release again/ }).waitFor()
    await drop.getByText('41 other O*NET files not needed (reference, crosswalk or survey detail)').waitFor()
    await shot(page, 'data-folder-report', ['Update from official downloads'])
  })
})
