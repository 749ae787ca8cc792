import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { Services } from '../../electron/services'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from './browser'
import { nationalPackPath } from './national-pack'
import { RESOURCES, ROOT, tempDir } from './tmp'

export interface AppInBrowser {
  harness: Harness
  browser: Browser
  /** The app's data folder (temp; removed by close unless services were passed in). */
  dataDir: string
  /** A scratch folder for downloads and screenshots, removed by close. */
  scratch: string
  close: () => Promise<void>
}

/**
 * The whole app as a counselor sees it: the built renderer and real services through the
 * harness, in Debian's Chromium. `national` installs the full pack from ../shared/data; without
 * it the starter pack installs as on a first start.
 */
export async function startAppInBrowser(
  opts: { national?: boolean; services?: Services } = {},
): Promise<AppInBrowser> {
  const t = tempDir('ca-e2e-')
  const dataDir = join(t.dir, 'data')
  mkdirSync(dataDir, { recursive: true })
  if (opts.national && !opts.services) copyFileSync(await nationalPackPath(), join(dataDir, 'catalog.sqlite'))
  const harness = await startHarness({
    dataDir: opts.services?.ctx.dataDir ?? dataDir,
    resourcesDir: RESOURCES,
    rendererDir: join(ROOT, 'out/renderer'),
    appVersion: '0.0.0-test',
    ...(opts.services ? { services: opts.services } : {}),
  })
  const browser = await launchChromium()
  return {
    harness,
    browser,
    dataDir: opts.services?.ctx.dataDir ?? dataDir,
    scratch: t.dir,
    close: async () => {
      await browser.close()
      await harness.close()
      t.cleanup()
    },
  }
}
