import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { launchChromium } from '../support/browser'
import { type Desktop, type Install, install, launch } from './launch'

/** Every menu item and shortcut does what its label says; locking closes what shows records. */
describe('menus, shortcuts and the lock in the desktop app', () => {
  let inst: Install
  let browser: Browser
  let app: Desktop
  let page: Page
  let userData: string
  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    userData = join(inst.root, 'Counselor Ñ')
    app = await launch(inst, browser, { userData })
    page = app.page!
    await page.getByRole('combobox').waitFor()
  })
  afterAll(async () => {
    await app?.quit()
    await browser?.close()
    inst?.cleanup()
  })
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name })

  it('every labelled item does something when clicked (no dead items)', () => {
    const labelled = app.standIn.menuItems().filter((i) => !i.role)
    expect(labelled.map((i) => i.path.join(' › '))).toEqual(
      expect.arrayContaining([
        'File › New Student',
        'File › Print…',
        'File › Preferences…',
        'File › Lock Career Atlas',
        'View › Find Career',
      ]),
    )
  })

  it('Ctrl+N opens the new-student form, twice in a row', async () => {
    expect(app.standIn.press('CmdOrCtrl+N')).toBe('File › New Student')
    await page.getByLabel('Legal name').waitFor()
    await page.getByRole('button', { name: 'New student', exact: true }).click()
    await expect.poll(() => page.getByLabel('Legal name').count()).toBe(0)
    app.standIn.press('CmdOrCtrl+N')
    await page.getByLabel('Legal name').waitFor()
  })

  it('Ctrl+, opens Settings, which names the protection of the records key', async () => {
    expect(app.standIn.press('CmdOrCtrl+,')).toBe('File › Preferences…')
    await heading('Settings').waitFor()
    await page.getByText(/encrypted on this computer: key kept in the desktop keyring/).waitFor()
  })

  it('Ctrl+F goes to search with the cursor in the search box', async () => {
    app.standIn.press('CmdOrCtrl+F')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox')
  })

  it('Ctrl+I opens the Data screen for an import; About offers the log folder in the data folder', async () => {
    app.standIn.press('CmdOrCtrl+I')
    await heading('Data and About').waitFor()
    app.standIn.clickMenu('Help', 'About Career Atlas and its data')
    await page.getByText('About this copy of Career Atlas').waitFor()
    await page.getByRole('button', { name: 'Open log folder' }).click()
    await expect
      .poll(() => app.standIn.recorded('open-path'))
      .toEqual([{ path: join(userData, 'data', 'logs') }])
  })

  it('Ctrl+P on a profile prints that profile’s PDF', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/occupation/29-2072.00'
    })
    await heading('Medical Records Specialists').waitFor()
    const before = new Set(app.standIn.windows)
    expect(app.standIn.press('CmdOrCtrl+P')).toBe('File › Print…')
    await expect.poll(() => [...app.standIn.windows].filter((w) => !before.has(w)).length).toBe(1)
    const preview = [...app.standIn.windows].find((w) => !before.has(w))!
    await preview.loaded
    expect(preview.filePath()).toMatch(/\.pdf$/)
    await expect.poll(() => preview.webContents.printed.length).toBe(1)
    preview.close()
    // The printed file was discarded; Preview makes the report again instead of failing.
    await page.getByRole('button', { name: 'Preview PDF, profile' }).click()
    await expect.poll(() => app.standIn.windows.size).toBe(2)
    const again = [...app.standIn.windows].find((w) => !before.has(w) && w !== preview)!
    await again.loaded
    expect(again.filePath()).toMatch(/\.pdf$/)
    again.close()
    await expect.poll(() => app.standIn.windows.size).toBe(1)
  })

  it('links open in the browser only for the data publishers; the app makes no network call', async () => {
    await page.evaluate(() => {
      window.open('https://example.org/tracker')
      window.open('https://www.onetonline.org/link/summary/29-2072.00')
    })
    await expect.poll(() => app.standIn.recorded('window-open').length).toBe(2)
    expect(app.standIn.recorded('window-open').map((w) => w.action)).toEqual(['deny', 'deny'])
    expect(app.standIn.recorded('open-external')).toEqual([
      { url: 'https://www.onetonline.org/link/summary/29-2072.00' },
    ])
    expect(app.window!.options.webPreferences).toMatchObject({
      spellcheck: false,
      sandbox: true,
      devTools: true,
    })
    expect(app.standIn.recorded('network')).toEqual([])
  })

  it('Lock without a passcode says how to set one', async () => {
    app.standIn.press('CmdOrCtrl+L')
    await expect
      .poll(() => app.standIn.recorded('message-box').map((m) => m.message))
      .toContainEqual(expect.stringMatching(/passcode/i))
  })

  it('Lock (menu) shows the lock screen, closes previews, and both channels refuse', async () => {
    const set = await page.evaluate(() => window.api.call('settings.setPasscode', { next: 'counselor-2026' }))
    expect(set).toMatchObject({ ok: true })
    await page.evaluate(() => {
      window.location.hash = '#/occupation/29-2072.00'
    })
    await page.getByRole('button', { name: 'Preview PDF, profile' }).click()
    await expect.poll(() => app.standIn.windows.size).toBe(2)

    app.standIn.clickMenu('File', 'Lock Career Atlas')
    await heading('Career Atlas is locked').waitFor()
    await expect.poll(() => app.standIn.windows.size, { message: 'the preview closed' }).toBe(1)
    const api = await page.evaluate(() => window.api.call('students.list', {}))
    expect(api).toMatchObject({ ok: false, code: 'LOCKED' })
    const shell = await page.evaluate(() =>
      window.api.platform.pickFile({ title: 'Choose', extensions: ['zip'] }).then(
        () => 'answered',
        (e: Error) => e.message,
      ),
    )
    expect(shell).toMatch(/locked/)
    expect(app.standIn.recorded('open-dialog'), 'no dialog opened while locked').toEqual([])

    await page.getByLabel('Passcode').fill('counselor-2026')
    await page.getByRole('button', { name: /unlock/i }).click()
    await heading('Medical Records Specialists').waitFor()
  })

  it('Auto-lock (idle): the lock screen comes up and previews close without any click', async () => {
    const r = await page.evaluate(() => window.api.call('settings.setAutoLock', { minutes: 1 }))
    expect(r).toMatchObject({ ok: true })
    await page.getByRole('button', { name: 'Preview PDF, profile' }).click()
    await expect.poll(() => app.standIn.windows.size).toBe(2)
    // Two idle minutes pass for the app's clock (only Date is faked; timers run as usual).
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 2 * 60_000)
      await heading('Career Atlas is locked').waitFor({ timeout: 60_000 })
      await expect.poll(() => app.standIn.windows.size, { message: 'the preview closed' }).toBe(1)
    } finally {
      vi.useRealTimers()
    }
    await page.getByLabel('Passcode').fill('counselor-2026')
    await page.getByRole('button', { name: /unlock/i }).click()
    await heading('Medical Records Specialists').waitFor()
  })

  it('refuses the shell channel to a frame that is not our top-level page', async () => {
    const answer = await page.evaluate(async () => {
      const f = document.createElement('iframe')
      f.srcdoc = '<p>x</p>'
      document.body.append(f)
      await new Promise((ok) => f.addEventListener('load', ok))
      const w = f.contentWindow as unknown as Window & typeof globalThis
      const r = await w.api.platform.saveFile('anything').then(
        () => 'answered',
        (e: Error) => e.message,
      )
      f.remove()
      return r
    })
    expect(answer).toMatch(/may not use Career Atlas/)
  })
})
