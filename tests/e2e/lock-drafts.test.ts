import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { shoot } from '../support/shots'

// The lock as a counselor meets it: it covers the screen the moment it happens, and a session
// note typed before it comes back after unlocking. Screenshots when CAREER_ATLAS_SHOTS is set.
describe('locking while a counselor works', () => {
  let app: AppInBrowser
  let page: Page
  let studentId = 0
  const shot = (name: string) => shoot(page, 'lock', name)
  beforeAll(async () => {
    app = await startAppInBrowser()
    const s = app.harness.services
    const created = await s.call('students.create', { name: 'Zoë Draftkeeper' })
    if (!created.ok) throw new Error(created.message)
    studentId = (created.value as { id: number }).id
    await s.call('settings.setPasscode', { next: 'maple-leaf-7' })
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  const unlock = async () => {
    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
  }

  it('locks at once when the main process locks, and gives back the half-typed session note', async () => {
    // The page's timers are under the test's control: a poll cannot be what shows the lock.
    await page.clock.install()
    await page.goto(`${app.harness.url}#/students/${studentId}/sessions`)
    await page.getByRole('button', { name: 'New session' }).click()
    await page.fill('#snew-purpose', 'Career exploration')
    await page.fill('#snew-record', 'Talked through the hospital job-shadow day; she wants to')
    await page.fill('#snew-private', 'DRAFT-PRIVATE mentioned a hard week at home')

    // Idle time ran out (or the menu's Lock now): the services lock and push the event. The
    // page's clock stands still from here, so no timer in the page can notice it by polling.
    await page.clock.pauseAt(Date.now() + 1000)
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await shot('locked')
    expect(await page.content()).not.toContain('DRAFT-PRIVATE')
    expect(await page.content()).not.toContain('Draftkeeper')

    await page.clock.resume()
    await unlock()
    await page.locator('#snew-record').waitFor()
    expect(await page.inputValue('#snew-record')).toBe(
      'Talked through the hospital job-shadow day; she wants to',
    )
    expect(await page.inputValue('#snew-private')).toBe('DRAFT-PRIVATE mentioned a hard week at home')
    expect(await page.inputValue('#snew-purpose')).toBe('Career exploration')
    await shot('draft-back')
    await page.getByRole('button', { name: 'Add session' }).click()
    await page.locator('.st-session').first().waitFor()
  })

  it('gives back an open edit of the student’s details and a half-typed goal', async () => {
    await page.goto(`${app.harness.url}#/students/${studentId}/overview`)
    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.fill(`#edit-${studentId}-preferred`, 'Zo')
    await app.harness.services.call('settings.lock', {})
    await unlock()
    await page.locator(`#edit-${studentId}-preferred`).waitFor()
    expect(await page.inputValue(`#edit-${studentId}-preferred`)).toBe('Zo')
    await page.getByRole('button', { name: 'Cancel' }).click()

    await page.goto(`${app.harness.url}#/students/${studentId}/goals`)
    await page.fill('#goal-text', 'Ask two nurses about their')
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await unlock()
    await page.locator('#goal-text').waitFor()
    expect(await page.inputValue('#goal-text')).toBe('Ask two nurses about their')

    await page.goto(`${app.harness.url}#/students/${studentId}/records`)
    await page.getByRole('button', { name: 'Record a disclosure' }).click()
    await page.fill('#d-recipient', 'Valley Health Summer Pro')
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await unlock()
    await page.locator('#d-recipient').waitFor()
    expect(await page.inputValue('#d-recipient')).toBe('Valley Health Summer Pro')
  })

  it('gives back a half-typed new student, form open', async () => {
    await page.goto(`${app.harness.url}#/students`)
    await page.getByRole('button', { name: 'New student' }).click()
    await page.fill('#new-name', 'Half-typed Studen')
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await unlock()
    await page.locator('#new-name').waitFor()
    expect(await page.inputValue('#new-name')).toBe('Half-typed Studen')
    await page.getByRole('button', { name: 'Cancel' }).click()
  })

  it('covers a half-typed form at once, even while the lock status answer is slow', async () => {
    await page.goto(`${app.harness.url}#/students`)
    await page.getByRole('button', { name: 'New student' }).click()
    await page.fill('#new-name', 'Slowlock Secretname')
    // The pushed event alone must cover the page: the answer to the lock status question (a
    // round trip the busy main process may answer late) is held until the lock screen shows.
    let release = () => {}
    const held = new Promise<void>((r) => {
      release = r
    })
    await page.route('**/api/settings.lockStatus', async (route) => {
      await held
      await route.continue()
    })
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    expect(await page.content()).not.toContain('Slowlock')
    release()
    await page.unrouteAll({ behavior: 'wait' })
    await unlock()
    await page.locator('#new-name').waitFor()
    expect(await page.inputValue('#new-name')).toBe('Slowlock Secretname')
    await page.getByRole('button', { name: 'Cancel' }).click()
  })

  it('saves a session once when its next step was refused and the app locked before the second try', async () => {
    const sessions = () =>
      app.harness.services.ctx.clients
        .prepare('SELECT count(*) FROM sessions WHERE student_id = ?')
        .pluck()
        .get(studentId) as number
    const before = sessions()
    await page.goto(`${app.harness.url}#/students/${studentId}/sessions`)
    await page.getByRole('button', { name: 'New session' }).click()
    await page.fill('#snew-purpose', 'Course planning')
    await page.fill('#snew-next', 'Visit the nursing program')
    // The session is saved; its next step is refused once (as the services may, for a reason the
    // form cannot know).
    await page.route(
      '**/api/goals.create',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, code: 'VALIDATION', message: 'That step could not be saved.' }),
        }),
      { times: 1 },
    )
    await page.getByRole('button', { name: 'Add session' }).click()
    await page.getByText('The session was saved, but not its next step').waitFor()
    expect(sessions()).toBe(before + 1)

    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await unlock()
    await page.locator('#snew-next').waitFor()
    await page.getByRole('button', { name: 'Add session' }).click()
    await page.locator('#snew-next').waitFor({ state: 'detached' })
    // The second try saved the step only: still one new session, now with its goal.
    expect(sessions()).toBe(before + 1)
  })

  it('forgets drafts typed before a restore: a student the restore took away leaves nothing in the next one', async () => {
    const s = app.harness.services
    await s.call('backups.create', {})
    const made = await s.call('students.create', { name: 'Gone Soon' })
    if (!made.ok) throw new Error(made.message)
    const gone = (made.value as { id: number }).id
    await page.goto(`${app.harness.url}#/students/${gone}/sessions`)
    await page.getByRole('button', { name: 'New session' }).click()
    await page.fill('#snew-record', 'GONE-SOON private family matter')

    // The backup from before Gone Soon was added is restored from the app.
    await page.goto(`${app.harness.url}#/students`)
    await page.locator('.st-keeping summary').click()
    await page
      .getByRole('button', { name: /^Restore… the backup of / })
      .first()
      .click()
    const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' })
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    // The restored records never had Gone Soon, so the next student is given the same number.
    const next = await s.call('students.create', { name: 'New Arrival' })
    if (!next.ok) throw new Error(next.message)
    expect((next.value as { id: number }).id).toBe(gone)
    await page.goto(`${app.harness.url}#/students/${gone}/sessions`)
    await page.getByRole('heading', { name: 'New Arrival', level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Sessions & notes' }).waitFor()
    // Not Gone Soon's half-typed note, open under New Arrival's name.
    expect(await page.locator('#snew-record').count()).toBe(0)
  })

  it('locks from the sidebar button', async () => {
    await page.getByRole('button', { name: 'Lock screen' }).click()
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await unlock()
    await page.getByRole('button', { name: 'Lock screen' }).waitFor()
    await shot('sidebar')
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
  })

  it('counts typing as activity, so a long note does not get locked out', async () => {
    const calls: string[] = []
    page.on('request', (r) => calls.push(new URL(r.url()).pathname))
    await page.reload()
    await page.getByRole('button', { name: 'Lock screen' }).waitFor()
    expect(calls).not.toContain('/api/settings.activity')
    await page.keyboard.press('Tab')
    await expect.poll(() => calls).toContain('/api/settings.activity')
  })
})
