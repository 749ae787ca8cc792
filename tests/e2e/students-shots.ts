// Screenshots of every students screen for review: `npx tsx tests/e2e/students-shots.ts`
// (renderer built first). Writes PNGs to /tmp/shots/students/.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'
import { seedStudents } from './students-seed'

const OUT = '/tmp/shots/students'
mkdirSync(OUT, { recursive: true })
async function main(): Promise<void> {
  const t = tempDir()
  const harness = await startHarness({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    rendererDir: join(ROOT, 'out/renderer'),
    appVersion: '0.0.0-shots',
  })
  const browser = await launchChromium()
  try {
    const { joseId } = await seedStudents(harness.services)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('pageerror', (e) => console.error('[page error]', e.message))
    page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()))
    const shot = async (hash: string, name: string, prep?: () => Promise<void>) => {
      await page.goto(`${harness.url}${hash}`)
      await page.waitForTimeout(500)
      if (prep) await prep()
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true })
    }
    await shot('#/students', 'list')
    await shot('#/students', 'list-search', async () => {
      await page.fill('#student-search', 'nunez')
    })
    await shot('#/students', 'list-keeping', async () => {
      await page.click('.st-keeping summary')
    })
    for (const tab of ['overview', 'sessions', 'goals', 'saved', 'interests', 'reports', 'records'])
      await shot(`#/students/${joseId}/${tab}`, `student-${tab}`)
    await shot('#/students', 'list-new', async () => {
      await page.click('text=New student')
      await page.click('text=Create student')
    })
    await shot('#/occupation/29-2072.00', 'save-to-student', async () => {
      await page.click('text=Save to a student')
      await page.fill('#save-student-q', 'jo')
    })
  } finally {
    await browser.close()
    await harness.close()
    t.cleanup()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
