import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { seedStudents } from './students-seed'

// What a counselor notices of the students screens' questions and saves: each question is a
// real modal that Escape answers "no" to (and nothing changes), a refused save points at its
// field, and a list changes the moment the change is saved, without reloading the page.
describe('students: confirmations, field errors and lists that follow their changes', () => {
  let app: AppInBrowser
  let page: Page
  let joseId = 0
  const count = (sql: string, ...args: unknown[]) =>
    app.harness.services.ctx.clients
      .prepare(sql)
      .pluck()
      .get(...args) as number

  beforeAll(async () => {
    app = await startAppInBrowser()
    joseId = (await seedStudents(app.harness.services)).joseId
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  // A fresh page each time: some steps change the records behind the app's back (as a setup).
  const open = async (hash: string) => {
    await page.goto(`${app.harness.url}${hash}`)
    await page.reload()
  }
  const sessions = () => page.locator('.st-sessions > li')

  it('asks in a modal before deleting a session: Escape keeps it, Delete removes it from the list at once', async () => {
    await open(`#/students/${joseId}/sessions`)
    await expect.poll(() => sessions().count()).toBe(2)
    const before = count('SELECT count(*) FROM sessions WHERE student_id = ?', joseId)
    await page
      .getByRole('button', { name: /^Delete session of / })
      .first()
      .click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete this session?' })
    await dialog.waitFor()
    // Modal: the page behind is inert, and the safe answer has the focus.
    expect(await page.evaluate(() => document.querySelector('dialog[open]')?.matches(':modal'))).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(count('SELECT count(*) FROM sessions WHERE student_id = ?', joseId)).toBe(before)
    expect(await sessions().count()).toBe(2)

    await page
      .getByRole('button', { name: /^Delete session of / })
      .first()
      .click()
    await dialog.getByRole('button', { name: 'Delete session' }).click()
    // No reload: the list and the tab's count follow the deletion.
    await expect.poll(() => sessions().count()).toBe(1)
    await expect
      .poll(() => page.getByRole('tab', { name: /^Sessions/ }).textContent())
      .toBe('Sessions & notes1')
    expect(count('SELECT count(*) FROM sessions WHERE student_id = ?', joseId)).toBe(before - 1)
  })

  it('moves private notes into the record only after the modal is answered', async () => {
    await app.harness.services.call('sessions.create', {
      studentId: joseId,
      date: '2026-10-01',
      durationMin: 20,
      purpose: 'Check-in',
      recordNotes: 'Short check-in.',
      privateNotes: 'Wants to tell his mother himself.',
    })
    await open(`#/students/${joseId}/sessions`)
    const card = page.locator('.st-session', { hasText: 'Short check-in.' })
    await card.getByRole('button', { name: /^Show private note of / }).click()
    await card.getByRole('button', { name: 'Move into the record…' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Move the private notes into the record?' })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await card.locator('.st-private-box').count()).toBe(1)
    await card.getByRole('button', { name: 'Move into the record…' }).click()
    await dialog.getByRole('button', { name: 'Move into the record' }).click()
    await expect.poll(() => card.locator('.st-private-box').count()).toBe(0)
    expect(await card.locator('.st-notes').first().textContent()).toContain(
      'Wants to tell his mother himself.',
    )
  })

  it('puts a student number the school already uses under the Student number field, and creates nobody', async () => {
    await open('#/students')
    await page.getByRole('table', { name: 'Students' }).getByRole('row').nth(6).waitFor()
    const students = count('SELECT count(*) FROM students')
    await page.getByRole('button', { name: 'New student' }).click()
    const form = page.getByRole('form', { name: 'New student' })
    await form.getByLabel('Legal name').fill('Mateo Ruiz')
    await form.getByLabel('School', { exact: true }).fill('Lincoln High School')
    await form.getByLabel('Student number').fill('100234')
    await page.getByRole('button', { name: 'Create student' }).click()
    const number = form.getByLabel('Student number')
    await expect.poll(() => number.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#new-number-error').textContent()).toBe('Already used at this school.')
    expect(await number.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.getByRole('alert').first().textContent()).toContain('already used by another student')
    expect(count('SELECT count(*) FROM students')).toBe(students)
    // Corrected, it saves and opens the new record.
    await number.fill('100999')
    await page.getByRole('button', { name: 'Create student' }).click()
    await expect.poll(() => page.locator('#student-name').textContent()).toBe('Mateo Ruiz')
  })

  it('shows a student created in another part of the app in the list without a reload', async () => {
    await open('#/students')
    const table = page.getByRole('table', { name: 'Students' })
    await table.getByRole('row').nth(1).waitFor()
    await page.getByRole('button', { name: 'Import list (CSV)' }).click()
    await page.setInputFiles('#import-file', {
      name: 'one.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,grade,student number\nIngrid Solberg,9,400001\n'),
    })
    await page.getByLabel('Import column name as').waitFor()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => table.textContent()).toContain('Ingrid Solberg')
  })

  it('asks before deleting a student and Escape deletes nothing', async () => {
    await open(`#/students/${joseId}/records`)
    await page.getByRole('button', { name: 'Delete student…' }).click()
    const dialog = page.getByRole('alertdialog', { name: /^Delete José Núñez’s record\?$/ })
    await dialog.waitFor()
    await dialog.getByLabel('Type “José Núñez” to confirm').fill('José Núñez')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(count('SELECT count(*) FROM students WHERE id = ?', joseId)).toBe(1)
    // Asked again, the name typed before is gone: a second "yes" must be typed again.
    await page.getByRole('button', { name: 'Delete student…' }).click()
    expect(await dialog.getByLabel('Type “José Núñez” to confirm').inputValue()).toBe('')
    expect(await dialog.getByRole('button', { name: 'Delete permanently' }).isDisabled()).toBe(true)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  it('asks before restoring a backup and Escape restores nothing', async () => {
    await app.harness.services.call('backups.create', {})
    await open('#/students')
    await page.locator('.st-keeping summary').click()
    await page
      .getByRole('button', { name: /^Restore… the backup of / })
      .first()
      .click()
    const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' })
    await expect.poll(() => dialog.textContent()).toContain('students deleted since stay deleted')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    const list = await app.harness.services.call('backups.list', {})
    if (!list.ok) throw new Error(list.message)
    expect((list.value as { restores: unknown[] }).restores).toEqual([])
  })

  it('saves a career to a student from a dialog that opens on its search box and gives focus back', async () => {
    await open('#/occupation/29-2072.00')
    const button = page.getByRole('button', { name: 'Save to a student' })
    await button.click()
    const dialog = page.getByRole('dialog', { name: 'Save Medical Records Specialists to a student' })
    await dialog.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('save-student-q')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true)
    await button.click()
    await dialog.getByRole('button', { name: '+ New student' }).click()
    // Creating replaces the search: focus goes to the new student's name, not to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-name')
  })

  it('never shows the previous student’s sessions under the next student’s name while they load', async () => {
    const zoe = await app.harness.services.call('students.list', { q: 'zoe' })
    if (!zoe.ok) throw new Error(zoe.message)
    const zoeId = (zoe.value as { id: number }[])[0]!.id
    await open(`#/students/${zoeId}/overview`)
    await page.locator('#student-name', { hasText: 'Zoë Smith' }).waitFor()
    await page.evaluate((id) => {
      window.location.hash = `#/students/${id}/sessions`
    }, joseId)
    await expect.poll(() => sessions().count()).toBeGreaterThan(0)
    // Zoë's record is known already; her sessions are held back until the screen has been read.
    let release = () => {}
    const held = new Promise<void>((r) => {
      release = r
    })
    await page.route('**/api/sessions.list', async (route) => {
      await held
      await route.continue()
    })
    await page.evaluate((id) => {
      window.location.hash = `#/students/${id}/sessions`
    }, zoeId)
    await page.locator('#student-name', { hasText: 'Zoë Smith' }).waitFor()
    await page.getByRole('heading', { name: 'Sessions & notes' }).waitFor()
    expect(await sessions().count()).toBe(0)
    release()
    await page.getByText('No sessions recorded yet.').waitFor()
    await page.unroute('**/api/sessions.list')
  })

  it('a 120-character name without a space wraps: the list, the record and its delete question stay in the window', async () => {
    const name = `Q${'Wraplongname'.repeat(10)}`.slice(0, 120)
    const created = await app.harness.services.call('students.create', { name })
    if (!created.ok) throw new Error(created.message)
    const id = (created.value as { id: number }).id
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    await open('#/students')
    await page.getByRole('link', { name }).waitFor()
    expect(await overflow()).toBeLessThanOrEqual(0)
    for (const tab of ['overview', 'records']) {
      await open(`#/students/${id}/${tab}`)
      await page.getByRole('heading', { name, level: 1 }).waitFor()
      await page.getByRole('tabpanel').waitFor()
      expect(await overflow(), tab).toBeLessThanOrEqual(0)
    }
    await page.getByRole('button', { name: 'Delete student…' }).click()
    const dialog = page.getByRole('alertdialog', { name: `Delete ${name}’s record?` })
    await dialog.waitFor()
    // The name to type is read whole inside the dialog, not cut at its edge.
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
    await page.keyboard.press('Escape')
  })

  it('after a restore, a record opened again never shows what the restore took back', async () => {
    const s = app.harness.services
    const made = await s.call('students.create', { name: 'Restorecheck Before' })
    if (!made.ok) throw new Error(made.message)
    const { id, version } = made.value as { id: number; version: number }
    await s.call('backups.create', {})
    const renamed = await s.call('students.update', { id, version, name: 'Restorecheck After' })
    if (!renamed.ok) throw new Error(renamed.message)
    await open(`#/students/${id}/overview`)
    await page.getByRole('heading', { name: 'Restorecheck After', level: 1 }).waitFor()

    // Within the app (no reload): the list, its record keeping, the newest backup restored.
    await page.evaluate(() => {
      window.location.hash = '#/students'
    })
    await page.locator('.st-keeping summary').click()
    await page
      .getByRole('button', { name: /^Restore… the backup of / })
      .first()
      .click()
    const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' })
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    // The record's answer is held: until it comes, the screen may say it is loading, but never
    // show the name the restore replaced.
    let release = () => {}
    const held = new Promise<void>((r) => {
      release = r
    })
    let asked = () => {}
    const asking = new Promise<void>((r) => {
      asked = r
    })
    await page.route('**/api/students.get', async (route) => {
      asked()
      await held
      await route.continue()
    })
    await page.evaluate((to) => {
      window.location.hash = to
    }, `#/students/${id}/overview`)
    await asking
    await page.locator('main').waitFor()
    expect(await page.locator('main').textContent()).not.toContain('Restorecheck After')
    release()
    await page.getByRole('heading', { name: 'Restorecheck Before', level: 1 }).waitFor()
    await page.unrouteAll({ behavior: 'wait' })
  })
})
