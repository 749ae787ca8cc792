import type { Page } from 'playwright-core'
import { type AppInBrowser, startAppInBrowser } from './app-in-browser'
import { areaServices } from './area-pack'

export type AreaServices = Awaited<ReturnType<typeof areaServices>>

/** The app in Chromium on the national pack with OEWS area data, one page at `viewport`. */
export async function areaAppInBrowser(viewport: {
  width: number
  height: number
}): Promise<{ app: AppInBrowser; page: Page; services: AreaServices }> {
  const services = await areaServices()
  const app = await startAppInBrowser({ services })
  const page = await (await app.browser.newContext({ viewport })).newPage()
  return { app, page, services }
}

/** Closes what areaAppInBrowser started (either may be missing when start-up failed). */
export async function closeAreaApp(app: AppInBrowser | undefined, services: AreaServices | undefined) {
  await app?.close()
  services?.cleanup()
}
