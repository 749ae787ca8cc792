import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { makeMiniPack, miniOccupations } from '../support/mini-pack'
import { type Desktop, type Install, install, launch } from './launch'

/**
 * Files reach the app only through its dialogs: the renderer gets an opaque grant id, never a
 * path, and the pack worker runs as a utility process (no ELECTRON_RUN_AS_NODE).
 */
describe('files chosen in dialogs, and workers, in the desktop app', () => {
  let inst: Install
  let browser: Browser
  let app: Desktop
  let page: Page
  let pack: string
  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    mkdirSync(join(inst.root, 'Descargas Ñ'))
    pack = makeMiniPack(join(inst.root, 'Descargas Ñ', 'District pack.capack'), {
      occupations: miniOccupations(12),
      name: 'District pack 2026',
    })
    app = await launch(inst, browser, {
      userData: join(inst.root, 'Counselor Ñ'),
      dialogs: { open: () => [pack] },
    })
    page = app.page!
    await page.getByRole('combobox').waitFor()
  })
  afterAll(async () => {
    await app?.quit()
    await browser?.close()
    inst?.cleanup()
  })

  it('Import a pack…: the dialog’s file is checked in a utility process and installed', async () => {
    app.standIn.press('CmdOrCtrl+I')
    await page.getByRole('button', { name: 'Import a pack…' }).click()
    await page.getByText(/Installed “District pack 2026” \(12 occupations\)/).waitFor()
    expect(app.standIn.recorded('open-dialog')[0]).toMatchObject({ title: 'Import a data pack' })
    const workers = app.standIn.recorded('utility-process')
    expect(workers.map((w) => String(w.modulePath).endsWith('pack-worker.js'))).toContain(true)
    for (const w of workers) expect((w.env as Record<string, string>).ELECTRON_RUN_AS_NODE).toBeUndefined()
  })

  it('the renderer holds a grant id, not a path; paths typed or planted are refused', async () => {
    const picked = await page.evaluate(() =>
      window.api.platform.pickFile({ title: 'Import a data pack', extensions: ['capack'] }),
    )
    expect(picked).toEqual({
      ref: expect.stringMatching(/^grant:[0-9a-f]{32}$/),
      name: 'District pack.capack',
    })
    for (const path of [
      pack,
      '../../Descargas Ñ/District pack.capack',
      'grant:00000000000000000000000000000000',
    ]) {
      const r = await page.evaluate((p) => window.api.call('packs.install', { path: p }), path)
      expect(r, path).toMatchObject({ ok: false })
      expect((r as { code: string }).code, path).toMatch(/FORBIDDEN|NOT_FOUND|VALIDATION/)
    }
  })

  it('text that merely looks like a path (a note starting with "/") is saved like any other', async () => {
    const r = await page.evaluate(async () => {
      const s = await window.api.call('students.create', { name: 'Ana Lee', studentNumber: '/2026-17' })
      return s
    })
    expect(r).toMatchObject({ ok: true })
  })
})
