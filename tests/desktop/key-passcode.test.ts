import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser'
import { type Desktop, type Install, install, launch } from './launch'

/**
 * Linux without a keyring: instead of an obscured key the counselor can lock the records key
 * with a start-up passcode; a copy of the data folder is then unreadable without it.
 */
describe('no keychain: the records key protected by a start-up passcode', () => {
  let inst: Install
  let browser: Browser
  let userData: string
  let running: Desktop | null = null
  const basicText = { safeStorage: { backend: 'basic_text' as const } }
  const mainWindow = async (app: Desktop): Promise<Page> => {
    await expect
      .poll(() => [...app.standIn.windows].some((w) => w.url() === 'app://career-atlas/index.html'))
      .toBe(true)
    const w = [...app.standIn.windows].find((x) => x.url() === 'app://career-atlas/index.html')!
    await w.page!.getByRole('combobox').waitFor()
    return w.page!
  }
  const submit = async (page: Page, passcode: string, again?: string) => {
    await page.getByLabel('Passcode', { exact: true }).fill(passcode)
    if (again !== undefined) await page.getByLabel('Passcode again').fill(again)
    await page.getByRole('button', { name: 'Continue' }).click()
  }

  beforeAll(async () => {
    inst = install()
    browser = await launchChromium()
    userData = join(inst.root, 'No Keyring Ñ')
  })
  afterAll(async () => {
    await running?.quit()
    await browser?.close()
    inst?.cleanup()
  })

  it('first start: offered, chosen, the passcode is checked, and the records open', async () => {
    running = await launch(inst, browser, {
      userData,
      ...basicText,
      dialogs: { message: (o) => (o.buttons ?? []).indexOf('Protect with a passcode') },
    })
    const prompt = running.page!
    await prompt.getByRole('heading', { name: 'Protect the student records with a passcode' }).waitFor()
    await submit(prompt, 'short', 'short')
    await prompt.getByRole('alert').filter({ hasText: 'at least 8 characters' }).waitFor()
    await submit(prompt, 'counselor-2026', 'counselor-2062')
    await prompt.getByRole('alert').filter({ hasText: 'do not match' }).waitFor()
    await submit(prompt, 'counselor-2026', 'counselor-2026')
    const page = await mainWindow(running)
    expect(
      await page.evaluate(() => window.api.call('students.create', { name: 'José Núñez' })),
    ).toMatchObject({
      ok: true,
    })
    await page.evaluate(() => {
      window.location.hash = '#/settings'
    })
    await page.getByText(/key protected by your start-up passcode/).waitFor()
    await running.quit()
    running = null
    const data = join(userData, 'data')
    expect(existsSync(join(data, 'clients.key')), 'no obscured key was written').toBe(false)
    expect(readFileSync(join(data, 'clients.key.passcode.json'), 'utf8')).not.toMatch(/Núñez/)
  })

  it('next start: asks for the passcode, refuses a wrong one, opens the same records with the right one', async () => {
    running = await launch(inst, browser, { userData, ...basicText })
    const prompt = running.page!
    await prompt.getByRole('heading', { name: 'Enter your Career Atlas passcode' }).waitFor()
    expect(running.standIn.recorded('message-box'), 'the keychain question is not asked again').toEqual([])
    await submit(prompt, 'counselor-2027')
    await prompt.getByRole('alert').filter({ hasText: 'does not open the student records' }).waitFor()
    await submit(prompt, 'counselor-2026')
    const page = await mainWindow(running)
    const list = await page.evaluate(() => window.api.call('students.list', {}))
    expect(JSON.stringify(list)).toContain('Núñez')
    await running.quit()
    running = null
  })

  it('closing the passcode window ends the start; nothing else opens', async () => {
    running = await launch(inst, browser, { userData, ...basicText })
    running.window!.close()
    expect(await running.standIn.exited).toBe(1)
    expect(running.standIn.recorded('message-box')).toEqual([])
    await running.quit()
    running = null
  })
})
