import { existsSync, readFileSync, rmSync } from 'node:fs'
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
  // The search screen writes its query into the address (#/…) as soon as it shows.
  const isMain = (url: string) => url.split('#')[0] === 'app://career-atlas/index.html'
  const mainWindow = async (app: Desktop): Promise<Page> => {
    await expect.poll(() => [...app.standIn.windows].some((w) => isMain(w.url()))).toBe(true)
    const w = [...app.standIn.windows].find((x) => isMain(x.url()))!
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

  it('an obscured key from an older version moves under the passcode with its disclosure key: records and log stay intact', async () => {
    const older = join(inst.root, 'Older Copy Ñ')
    running = await launch(inst, browser, {
      userData: older,
      ...basicText,
      dialogs: { message: (o) => (o.buttons ?? []).indexOf('Continue without a keychain') },
    })
    let page = running.page!
    await page.getByRole('combobox').waitFor()
    const made = await page.evaluate(async () => {
      const s = await window.api.call('students.create', { name: 'Ana Núñez' })
      if (!s.ok) return s
      const id = (s.value as { id: number }).id
      return window.api.call('disclosures.record', {
        studentId: id,
        recipient: 'Ana’s family',
        what: 'Career report',
        purpose: 'Planning',
        basis: 'parent_or_eligible_student',
      })
    })
    expect(made).toMatchObject({ ok: true })
    await running.quit()
    running = null
    const data = join(older, 'data')
    // Versions before the question kept the obscured key without recording a choice.
    rmSync(join(data, 'key-protection.json'))
    expect(existsSync(join(data, 'disclosure-chain.key'))).toBe(true)

    running = await launch(inst, browser, {
      userData: older,
      ...basicText,
      dialogs: { message: (o) => (o.buttons ?? []).indexOf('Protect with a passcode') },
    })
    await running
      .page!.getByRole('heading', { name: 'Protect the student records with a passcode' })
      .waitFor()
    await submit(running.page!, 'counselor-2026', 'counselor-2026')
    page = await mainWindow(running)
    const after = await page.evaluate(async () => ({
      list: await window.api.call('students.list', {}),
      chain: await window.api.call('disclosures.verify', {}),
    }))
    expect(JSON.stringify(after.list)).toContain('Ana Núñez')
    expect(after.chain).toMatchObject({ ok: true, value: { ok: true, problems: [] } })
    await running.quit()
    running = null
    expect(existsSync(join(data, 'clients.key')), 'the obscured records key is gone').toBe(false)
    expect(existsSync(join(data, 'disclosure-chain.key')), 'the obscured chain key is gone').toBe(false)
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
