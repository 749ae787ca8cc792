import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { type Install, install, launch } from './launch'

/**
 * Development switches in the environment of an installed app: whoever can set a variable must
 * not be able to load another page with the whole API, another native module, or a script.
 */
describe('a packaged build ignores development variables', () => {
  let inst: Install
  let browser: Browser
  let env: Record<string, string>
  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    const planted = join(inst.root, 'planted.mjs')
    writeFileSync(planted, 'export const buildPack = () => { throw new Error("planted builder ran") }\n')
    env = {
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/elsewhere/',
      CAREER_ATLAS_SQLITE_BINDING: join(inst.root, 'not-our-module.node'),
      CAREER_ATLAS_CIPHER_BINDING: join(inst.root, 'not-our-module.node'),
      CAREER_ATLAS_TEST_BUILDER: planted,
      CAREER_ATLAS_PACK_WORK_INLINE: '1',
    }
  })
  afterAll(async () => {
    await browser?.close()
    inst?.cleanup()
  })

  it('packaged: loads its own app:// page, its own SQLite builds, and hands no variable to workers', async () => {
    const app = await launch(inst, browser, { userData: join(inst.root, 'packaged'), isPackaged: true, env })
    try {
      expect(app.window!.url()).toBe('app://career-atlas/index.html')
      // No developer tools in a packaged copy (they would read records out of the page).
      expect(app.window!.options.webPreferences).toMatchObject({ devTools: false })
      await app.page!.getByRole('combobox').fill('nurse')
      await app
        .page!.getByRole('row', { name: /Registered Nurses/ })
        .first()
        .waitFor()
      expect(app.standIn.recorded('network')).toEqual([])
      // Workers inherit the main process's environment: the shipped SQLite builds, nothing planted.
      expect(process.env.CAREER_ATLAS_SQLITE_BINDING).toBe(
        join(inst.resourcesPath, 'native-electron', 'better_sqlite3.node'),
      )
      expect(process.env.CAREER_ATLAS_CIPHER_BINDING).toBe(
        join(inst.resourcesPath, 'native-electron', 'better_sqlite3_multiple_ciphers.node'),
      )
      for (const name of [
        'ELECTRON_RENDERER_URL',
        'CAREER_ATLAS_TEST_BUILDER',
        'CAREER_ATLAS_PACK_WORK_INLINE',
      ])
        expect(process.env[name], name).toBeUndefined()
    } finally {
      await app.quit()
    }
  })

  it('from source (not packaged) the same variables are obeyed, so the check above can fail', async () => {
    // (The binding variables are left out here: obeyed, they would stop the start, as they should.)
    const { CAREER_ATLAS_SQLITE_BINDING: _s, CAREER_ATLAS_CIPHER_BINDING: _c, ...devEnv } = env
    const app = await launch(inst, browser, { userData: join(inst.root, 'dev'), env: devEnv })
    try {
      expect(app.standIn.recorded('network').map((n) => n.url)).toContain('http://127.0.0.1:9/elsewhere/')
      expect(process.env.CAREER_ATLAS_TEST_BUILDER).toBe(env.CAREER_ATLAS_TEST_BUILDER)
    } finally {
      await app.quit()
    }
  })
})
