import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { nationalPackPath } from '../support/national-pack'
import { shoot } from '../support/shots'
import { type Desktop, type Install, install, launch } from './launch'

/**
 * A packaged copy that ships the national pack (resources/bundled-pack) spends seconds copying
 * and checking it on the first start. The counselor sees a window at once that says so, the
 * same window then becomes the app, and a second double-click hands over to the first launch.
 */
describe('first start of a packaged copy with a bundled national pack', () => {
  let inst: Install
  let browser: Browser
  let bundled: string
  const running: Desktop[] = []
  beforeAll(async () => {
    const pack = await nationalPackPath()
    inst = install()
    browser = await launchChromium()
    const dir = join(inst.resourcesPath, 'resources', 'bundled-pack')
    mkdirSync(dir, { recursive: true })
    bundled = join(dir, 'national.capack')
    copyFileSync(pack, bundled)
  })
  afterAll(async () => {
    for (const app of running) await app.quit()
    await browser?.close()
    inst?.cleanup()
  })
  const start = async (userData: string) => {
    const app = await launch(inst, browser, { userData, isPackaged: true })
    running.push(app)
    return app
  }

  it('says it is setting up before the catalog exists, hands a second launch over, then opens the search', async () => {
    const userData = join(inst.root, 'Users', 'Ana María', 'Career Atlas')
    const catalog = join(userData, 'data', 'catalog.sqlite')
    const app = await start(userData)
    const page = app.page!
    expect(page, 'a window opened').not.toBeNull()
    await page.getByRole('heading', { name: 'Setting up Career Atlas' }).waitFor()
    expect(existsSync(catalog), 'the window opened before the national pack was installed').toBe(false)
    await page.getByText('This happens once, on the first start').waitFor()
    expect(await page.getByRole('status').textContent()).toMatch(/^(Copying|Checking|Building) .*…$/)
    expect(app.window!.url()).toBe('app://career-atlas/__setup.html')
    expect(app.window!.isVisible()).toBe(true)
    // The setup page is the main window with every safeguard: sandboxed preload, no devTools.
    expect(app.window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    })
    await shoot(page, 'desktop', 'first-start-setup')

    // A second double-click while it sets up: that launch ends at once and the first window comes forward.
    const second = await start(userData)
    expect(second.page, 'the second launch opened no window').toBeNull()
    expect(second.standIn.exitCode).toBe(0)
    await expect.poll(() => app.window!.isFocused()).toBe(true)

    // The same window becomes the app: no second window, no closing and reopening.
    await page.getByRole('combobox').waitFor()
    expect([...app.standIn.windows]).toEqual([app.window])
    expect(app.window!.url()).toMatch(/^app:\/\/career-atlas\/index\.html(#|$)/)
    expect(existsSync(catalog)).toBe(true)
    // Each step of the install reached the setup page as the pack worker got to it, and the page,
    // once loaded, heard the step under way (one sent while it loaded has no listener and is lost).
    const [atLoad, ...then] = app
      .window!.webContents.sent.map((s) => s.args[0] as { type?: string; step?: string })
      .filter((e) => e.type === 'setup.progress')
      .map((e) => e.step)
    expect(atLoad).toMatch(/^(Copying|Checking) /)
    expect(then).toEqual([
      'Checking every table of the national career data',
      'Building the search index, so any job title finds its career',
    ])
    await page.getByRole('combobox').fill('registered nurses')
    await page
      .getByRole('row', { name: /Registered Nurses/ })
      .first()
      .waitFor()
    await page.getByRole('link', { name: 'Data & About' }).click()
    await page
      .getByText('This is the national data pack that came with this installation of Career Atlas.')
      .waitFor()
    await shoot(page, 'desktop', 'first-start-data')
    expect(app.standIn.recorded('network')).toEqual([])
  })

  it('a later launch goes straight to the app; a launch while it runs focuses its window', async () => {
    const userData = join(inst.root, 'Users', 'Ana María', 'Career Atlas')
    await running.pop()!.quit()
    await running.pop()!.quit()
    const app = await start(userData)
    expect(app.window!.url()).toMatch(/^app:\/\/career-atlas\/index\.html(#|$)/)
    await app.page!.getByRole('combobox').waitFor()
    app.window!.minimized = true
    const second = await start(userData)
    expect(second.standIn.exitCode).toBe(0)
    await expect.poll(() => app.window!.isFocused()).toBe(true)
    expect(app.window!.isMinimized()).toBe(false)
  })

  it('closing the window while it sets up quits; the next start opens the app on the national pack', async () => {
    const userData = join(inst.root, 'Users', 'Closes Early', 'Career Atlas')
    const record = join(userData, 'data', 'first-start.json')
    const app = await start(userData)
    await app.page!.getByRole('heading', { name: 'Setting up Career Atlas' }).waitFor()
    app.window!.close()
    // The counselor closed it: the app ends now, not after the install, and nothing pops up later.
    expect(app.standIn.exitCode).toBe(0)
    expect([...app.standIn.windows]).toEqual([])
    // A real quit ends the process (and its pack worker); the stand-in's start runs on, so wait for it.
    await expect.poll(() => existsSync(record), { timeout: 60_000 }).toBe(true)
    const next = await start(userData)
    await next.page!.getByRole('combobox').waitFor()
    expect(next.window!.url()).toMatch(/^app:\/\/career-atlas\/index\.html(#|$)/)
    expect([...app.standIn.windows], 'the abandoned start opened no window').toEqual([])
    await next.page!.getByRole('link', { name: 'Data & About' }).click()
    await next
      .page!.getByText('This is the national data pack that came with this installation of Career Atlas.')
      .waitFor()
    await running.pop()!.quit()
  })

  it('a damaged bundled pack: the starter pack opens as usual and the Data screen says why', async () => {
    writeFileSync(bundled, 'not a pack')
    const userData = join(inst.root, 'Users', 'Luis', 'Career Atlas')
    // An earlier start ended mid-build of the starter pack (window closed, crash): its temp file
    // goes; one whose builder still runs (here the test runner's parent) stays.
    const data = join(userData, 'data')
    mkdirSync(data, { recursive: true })
    const dead = join(data, `catalog.sqlite.building-${spawnSync(process.execPath, ['-e', '']).pid}-1`)
    const live = join(data, `catalog.sqlite.building-${process.ppid}-1`)
    writeFileSync(dead, 'half a pack')
    writeFileSync(live, 'half a pack')
    const app = await start(userData)
    const page = app.page!
    await page.getByRole('combobox').waitFor()
    expect(existsSync(dead), 'a dead build left its temp file').toBe(false)
    expect(existsSync(live), 'a running build lost its temp file').toBe(true)
    expect([...app.standIn.windows]).toEqual([app.window])
    await page.getByRole('link', { name: 'Data & About' }).click()
    await page.getByText(/The pack bundled with this installation could not be used/).waitFor()
    await page.getByRole('button', { name: 'Try installing the national pack again' }).waitFor()
  })
})
