// Screenshot helper for looking at screens during development (not a test):
// npx tsx tests/e2e/shoot.script.ts <hash> [<hash> ...]  → /tmp/shots/profile/<n>.png
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startHarness } from '../harness/server'
import { writeFixtureCatalog } from '../integration/profile-fixture'
import { launchChromium } from '../support/browser'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

async function main() {
  const t = tempDir()
  const pack = process.env.PACK
  if (pack) (await import('node:fs')).copyFileSync(pack, join(t.dir, 'catalog.sqlite'))
  else writeFixtureCatalog(join(t.dir, 'catalog.sqlite'))
  const h = await startHarness({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    rendererDir: join(ROOT, 'out/renderer'),
    appVersion: 'shots',
  })
  const b = await launchChromium()
  const page = await b.newPage({ viewport: { width: 1280, height: 900 } })
  // tsx (esbuild keepNames) wraps functions in __name(); the harness serialises one into the page.
  await page.addInitScript('window.__name = (f) => f')
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()))
  page.on('pageerror', (e) => console.log('pageerror:', e.message))
  page.on('requestfailed', (r) => console.log('failed:', r.url()))
  page.on('response', (r) => r.status() >= 400 && console.log('http', r.status(), r.url()))
  mkdirSync('/tmp/shots/profile', { recursive: true })
  let n = 0
  for (const hash of process.argv.slice(2)) {
    if (hash.startsWith('click:')) {
      await page
        .getByRole('button', { name: hash.slice(6) })
        .first()
        .click()
      continue
    }
    const [h0, full] = hash.split('!')
    await page.goto(`${h.url}${h0}`)
    await page.waitForLoadState('networkidle')
    const file = `/tmp/shots/profile/${String(++n).padStart(2, '0')}.png`
    if (full?.startsWith('sec='))
      await page.locator(`#${full.slice(4)}`).evaluate((el) => el.scrollIntoView())
    await page.screenshot({ path: file, fullPage: full === 'full' })
    console.log(file, hash)
  }
  await b.close()
  await h.close()
  t.cleanup()
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
