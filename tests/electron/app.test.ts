import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ElectronApplication, _electron as electron, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronBinary } from '../../scripts/electron-binary.mjs'
import { ROOT, tempDir } from '../support/tmp'

const binary = electronBinary()
if (!binary) console.log('Electron tests skipped: the Electron binary is not installed on this machine.')

// Runs wherever Electron exists (a developer's laptop, a packaging machine); skipped here.
describe.skipIf(!binary)('the desktop app', () => {
  const t = tempDir()
  let app: ElectronApplication
  let page: Page
  beforeAll(async () => {
    for (const cmd of [
      ['npx', 'electron-vite', 'build'],
      ['npm', 'run', 'rebuild:electron', '--', '--if-needed'],
    ]) {
      const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: ROOT, stdio: 'inherit' })
      if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed`)
    }
    app = await electron.launch({
      executablePath: binary!,
      args: [join(ROOT, 'out/main/index.js')],
      env: { ...process.env, CAREER_ATLAS_DATA_DIR: t.dir },
    })
    page = await app.firstWindow()
  })
  afterAll(async () => {
    await app?.close()
    t.cleanup()
  })

  it('gives the renderer no Node or Electron, only window.api', async () => {
    // Isolation and sandboxing as the page sees them: no Node, no Electron, no process object.
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return { require: typeof w.require, process: typeof w.process, ipc: typeof w.ipcRenderer }
    })
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' })
    expect(await page.evaluate(() => Object.keys(window.api).sort())).toEqual(['call', 'onEvent', 'platform'])
  })

  it('goes from search to profile to a student to a PDF', async () => {
    await page.getByRole('combobox').fill('medical records')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Medical Records Specialists' }).waitFor()
    const made = await page.evaluate(async () => {
      const s = await window.api.call('students.create', { name: 'José Núñez' })
      if (!s.ok) return s
      const id = (s.value as { id: number }).id
      await window.api.call('saved.add', { studentId: id, code: '29-2072.00' })
      return window.api.call('reports.studentOnePage', { studentId: id })
    })
    expect(made).toMatchObject({ ok: true })
    // The records the app just wrote are encrypted: no SQLite header, no name in the bytes.
    const bytes = readFileSync(join(t.dir, 'clients.sqlite'))
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from('Núñez'))).toBe(false)
  })

  it('serves the renderer from its own app:// origin', async () => {
    expect(page.url()).toBe('app://career-atlas/index.html')
  })

  it('File › Preferences… opens Settings', async () => {
    const click = (label: string) =>
      app.evaluate(({ Menu, BrowserWindow }, label) => {
        const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
          for (const i of items) {
            if (i.label === label) return i
            const sub = i.submenu && find(i.submenu.items)
            if (sub) return sub
          }
          return undefined
        }
        const item = find(Menu.getApplicationMenu()?.items ?? [])
        item?.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never)
        return Boolean(item)
      }, label)
    expect(await click(process.platform === 'darwin' ? 'Settings…' : 'Preferences…')).toBe(true)
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
  })

  it('refuses to navigate away or open new windows', async () => {
    // The main process hears the attempt (and refuses it): wait for that, not for time.
    const attempted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) =>
          BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (_e, url) => resolve(url)),
        ),
    )
    await page.evaluate(() => {
      window.open('https://example.org/')
      window.location.href = 'https://example.org/'
    })
    expect(await attempted).toContain('example.org')
    expect(page.url()).not.toContain('example.org')
    expect(app.windows().length).toBe(1)
  })
})
