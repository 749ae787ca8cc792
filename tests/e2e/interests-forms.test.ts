import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'

// What the rewrite of the Interests tab, the report actions and the lock screen changes for a
// counselor: a delete asks in a real modal dialog, a refused entry is said on its field, the
// screen refreshes itself after a change, and half-filled forms come back after a lock.
describe('interests, report and lock forms', () => {
  let app: AppInBrowser
  let page: Page
  let studentId = 0
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await app.harness.services.call(method, input)
    if (!r.ok) throw new Error(`${method}: ${r.message}`)
    return r.value as T
  }
  const profiles = () => call<unknown[]>('interests.list', { studentId })
  const locked = () => page.getByRole('heading', { name: 'Career Atlas is locked' })
  const unlock = async () => {
    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
  }

  beforeAll(async () => {
    app = await startAppInBrowser()
    studentId = (await call<{ id: number }>('students.create', { name: 'Grace Hopper-Forms', grade: 11 })).id
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('says on each empty score box what it needs, and stores nothing', async () => {
    await page.goto(`${app.harness.url}#/students/${studentId}/interests`)
    await page.getByRole('button', { name: 'Record interests' }).first().click()
    await page.getByLabel('Realistic', { exact: true }).fill('12')
    await page.getByRole('button', { name: 'Save profile' }).click()
    const social = page.getByLabel('Social', { exact: true })
    await expect.poll(() => social.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await social.getAttribute('aria-describedby'))!
    expect(await page.locator(`#${describedBy}`).textContent()).toBe(
      'Each area score must be a number from 0 to 40.',
    )
    expect(await page.getByLabel('Realistic', { exact: true }).getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByRole('alert').textContent()).toMatch(
      /Investigative, Artistic, Social, Enterprising, Conventional: Each area score must be a number/,
    )
    expect(await profiles()).toEqual([])
  })

  it('puts a mistyped Holland code’s reason on the code field', async () => {
    await page.getByLabel('Holland code', { exact: true }).check()
    const code = page.getByRole('textbox', { name: 'Holland code' })
    await code.fill('sas')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(`#${await code.getAttribute('aria-describedby')}`).textContent()).toBe(
      'The letter S appears twice. Each letter can be used once.',
    )
    // Correcting it clears the message as the counselor types.
    await code.fill('sae')
    await expect.poll(() => code.getAttribute('aria-invalid')).toBeNull()
    expect(await profiles()).toEqual([])
  })

  it('keeps every route’s entries, and a half-done quick check, through a lock', async () => {
    await call('settings.setPasscode', { next: 'maple-leaf-7' })
    await page.getByLabel('Quick interest check').check()
    const groups = page.locator('.in-items fieldset')
    for (let i = 0; i < 5; i++) await groups.nth(i).getByLabel('Yes').check()
    await page.getByText('5 of 36 answered').waitFor()
    await page.getByLabel('Note (optional)').fill('Took it in homeroom')

    await call('settings.lock', {})
    await locked().waitFor()
    expect(await page.content()).not.toContain('Took it in homeroom')
    await unlock()

    await page.getByText('5 of 36 answered').waitFor()
    expect(await page.getByLabel('Note (optional)').inputValue()).toBe('Took it in homeroom')
    expect(await groups.nth(4).getByLabel('Yes').isChecked()).toBe(true)
    await page.getByLabel('Holland code', { exact: true }).check()
    expect(await page.getByRole('textbox', { name: 'Holland code' }).inputValue()).toBe('SAE')
    await page.getByLabel('Interest Profiler scores').check()
    expect(await page.getByLabel('Realistic', { exact: true }).inputValue()).toBe('12')
  })

  it('shows a saved profile at once, and deletes one only after a modal question', async () => {
    await page.getByLabel('Holland code', { exact: true }).check()
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByRole('img', { name: 'Holland code S A E' }).waitFor()
    await call('interests.add', { studentId, takenOn: '2025-09-10', source: 'holland', code: 'IRC' })
    await page.reload()
    await expect.poll(() => page.locator('.in-history tbody tr').count()).toBe(2)

    const del = page.getByRole('button', { name: 'Delete the profile of Sep 10, 2025' })
    await del.click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete this interest profile?' })
    await dialog.waitFor()
    // Modal: the page behind is inert, and Escape answers "no".
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).matches(':modal'))).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await profiles()).toHaveLength(2)
    await del.click()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await profiles()).toHaveLength(2)

    await del.click()
    await dialog.getByRole('button', { name: 'Delete profile' }).click()
    // The history refreshes itself: no reload.
    await expect.poll(() => page.locator('.in-history tbody tr').count()).toBe(1)
    expect(await profiles()).toHaveLength(1)
  })

  it('says an emptied report field is required, and keeps who and why through a lock', async () => {
    await page.goto(`${app.harness.url}#/students/${studentId}/reports`)
    const recipient = page.getByLabel('Recipient')
    await recipient.fill('x')
    await recipient.fill('')
    await page.getByLabel('Purpose').fill('Course selection')
    await expect.poll(() => recipient.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(`#${await recipient.getAttribute('aria-describedby')}`).textContent()).toBe(
      'Recipient is required.',
    )
    expect(await page.getByRole('button', { name: 'Preview career plan' }).isDisabled()).toBe(true)
    await recipient.fill('Parent or guardian')
    await expect.poll(() => page.getByRole('button', { name: 'Preview career plan' }).isEnabled()).toBe(true)

    await call('settings.lock', {})
    await locked().waitFor()
    await unlock()
    await expect.poll(() => page.getByLabel('Recipient').inputValue()).toBe('Parent or guardian')
    expect(await page.getByLabel('Purpose').inputValue()).toBe('Course selection')
  })

  it('says a wrong passcode on the passcode field, and the wait after too many as its own message', async () => {
    await page.getByRole('button', { name: 'Lock screen' }).click()
    await locked().waitFor()
    const passcode = page.getByLabel('Passcode')
    expect(await passcode.evaluate((el) => el === document.activeElement)).toBe(true)
    await passcode.fill('not-it')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect.poll(() => passcode.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(`#${await passcode.getAttribute('aria-describedby')}`).textContent()).toContain(
      'That passcode is not right.',
    )

    // Several wrong tries ago the services set a wait: the refusal is about the form, not the field.
    app.harness.services.ctx.clients
      .prepare(
        "INSERT INTO app_settings (key, value) VALUES ('unlock_not_before', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(String(Date.now() + 300_000))
    await passcode.fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page
      .getByRole('alert')
      .getByText(/^Too many wrong passcodes in a row\. Try again in \d+ seconds\.$/)
      .waitFor()
    expect(await passcode.getAttribute('aria-invalid')).toBeNull()
    await locked().waitFor()
  })
})
