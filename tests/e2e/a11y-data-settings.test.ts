import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppInBrowser } from '../support/app-in-browser'
import { type AreaServices, areaAppInBrowser, closeAreaApp } from '../support/area-app'
import { seriousViolations } from '../support/axe'
import { shoot } from '../support/shots'
import { ROOT } from '../support/tmp'

// Settings and Data & About as a counselor goes through them, checked with axe in every state
// that shows something new: a home area chosen, a field error, the modal questions, a drop
// report, a build, a roll back. Settings first: the build below replaces the area pack.
describe('accessibility and forms of Settings and Data & About', () => {
  let app: AppInBrowser
  let page: Page
  let services: AreaServices

  beforeAll(async () => {
    ;({ app, page, services } = await areaAppInBrowser({ width: 1280, height: 900 }))
  })
  afterAll(() => closeAreaApp(app, services))

  const value = async <T>(method: string): Promise<T> => {
    const r = await app.harness.services.call(method, {})
    if (!r.ok) throw new Error(r.message)
    return r.value as T
  }
  const lockStatus = () => value<{ passcodeSet: boolean }>('settings.lockStatus')
  /** The message tied to a control for screen readers (aria-describedby), as read out. */
  const description = (label: string) =>
    page.getByLabel(label, { exact: true }).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    )

  /** Opened afresh, the first Tab reaches the skip link, and Enter moves focus to the screen, not the address. */
  async function skipLinkWorks(ready: () => Promise<unknown>): Promise<void> {
    const before = await page.evaluate(() => window.location.hash)
    await page.reload()
    await ready()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(await page.evaluate(() => window.location.hash)).toBe(before)
    await page.keyboard.press('Tab')
    // The next Tab continues inside the screen, past the sidebar.
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)
  }

  it('Settings with a home area chosen: no serious axe findings; the skip link lands on the screen', async () => {
    await page.goto(`${app.harness.url}#/settings`)
    await page.getByLabel('Home state').selectOption({ label: 'Ohio' })
    await page.getByLabel(/Metro or nonmetropolitan area/).selectOption({ label: 'Columbus, OH' })
    await page.getByRole('button', { name: 'Save home area' }).click()
    await page.getByRole('status').filter({ hasText: 'Home area saved: Columbus, OH, Ohio.' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await skipLinkWorks(() => page.getByLabel('Home state').waitFor())
    // Opened again (the skip link check reloads), the stored area is selected, metro included.
    expect(
      await page
        .getByLabel(/Metro or nonmetropolitan area/)
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe('Columbus, OH')
  })

  it('auto-lock is saved as soon as it is chosen', async () => {
    await page
      .getByLabel('Lock after this many minutes without use (0 = never)')
      .selectOption({ label: '30 minutes' })
    await page.getByRole('status').filter({ hasText: 'Auto-lock updated.' }).waitFor()
    expect((await value<{ autoLockMinutes: number }>('settings.lockStatus')).autoLockMinutes).toBe(30)
  })

  it('a passcode the contract refuses shows its message on the field, and nothing is saved', async () => {
    await page.getByLabel('New passcode (at least 6 characters)').fill('abc')
    await page.getByLabel('New passcode again').fill('abc')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await page.getByText('Use at least 6 characters for the passcode.').waitFor()
    expect(await page.getByLabel('New passcode (at least 6 characters)').getAttribute('aria-invalid')).toBe(
      'true',
    )
    expect(await description('New passcode (at least 6 characters)')).toContain(
      'Use at least 6 characters for the passcode.',
    )
    await shoot(page, 'a11y-data-settings', 'settings-field-error', { fullPage: true })
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel('New passcode (at least 6 characters)').fill('maple-leaf-7')
    await page.getByLabel('New passcode again').fill('maple-leaf-8')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await expect
      .poll(() => description('New passcode again'))
      .toContain('The two new passcodes do not match.')
    expect((await lockStatus()).passcodeSet).toBe(false)
  })

  it('a wrong current passcode is shown on the Current passcode field', async () => {
    await page.getByLabel('New passcode again').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await page.getByRole('status').filter({ hasText: 'Passcode saved.' }).waitFor()
    await page.getByRole('heading', { name: 'Change passcode' }).waitFor()
    // Once one is set, the current passcode is asked for before anything goes to the services.
    await page.getByLabel('New passcode (at least 6 characters)').fill('birch-tree-9')
    await page.getByLabel('New passcode again').fill('birch-tree-9')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await page.getByText('Enter the passcode you use now.').waitFor()
    expect(await description('Current passcode')).toContain('Enter the passcode you use now.')
    await page.getByLabel('Current passcode', { exact: true }).fill('not-the-one')
    await page.getByLabel('New passcode (at least 6 characters)').fill('birch-tree-9')
    await page.getByLabel('New passcode again').fill('birch-tree-9')
    await page.getByRole('button', { name: 'Save passcode' }).click()
    await page.getByText('The current passcode is not right.').waitFor()
    expect(await description('Current passcode')).toContain('The current passcode is not right.')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('removing the passcode asks in a modal dialog: Escape keeps it, the right passcode removes it', async () => {
    await page.getByRole('button', { name: 'Remove passcode…' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Remove the passcode?' })
    await dialog.waitFor()
    // Modal (showModal): the page behind is inert; focus starts inside the dialog.
    expect(await page.locator('dialog[open]').evaluate((d) => d.matches(':modal'))).toBe(true)
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect((await lockStatus()).passcodeSet).toBe(true)

    await page.getByRole('button', { name: 'Remove passcode…' }).click()
    await dialog.getByLabel('Current passcode').fill('wrong-one')
    await dialog.getByRole('button', { name: 'Remove passcode' }).click()
    await dialog.getByText('The current passcode is not right.').waitFor()
    expect((await lockStatus()).passcodeSet).toBe(true)
    await shoot(page, 'a11y-data-settings', 'settings-remove-dialog')
    await dialog.getByLabel('Current passcode').fill('maple-leaf-7')
    await dialog.getByRole('button', { name: 'Remove passcode' }).click()
    await page.getByRole('status').filter({ hasText: 'Passcode removed.' }).waitFor()
    // The screen follows without a reload: the form is back to setting a first passcode.
    await page.getByRole('heading', { name: 'Set a passcode' }).waitFor()
    expect((await lockStatus()).passcodeSet).toBe(false)
  })

  it('Data & About with the installed pack, guide and About: no serious findings, ids unique, skip link works', async () => {
    await page.goto(`${app.harness.url}#/data`)
    await page.getByRole('region', { name: 'Installed data pack' }).waitFor()
    await page.getByRole('region', { name: 'Keeping the data current' }).waitFor()
    await page.getByRole('region', { name: 'About this copy of Career Atlas' }).waitFor()
    await page.getByRole('region', { name: 'About the data' }).waitFor()
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>()
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1)
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id)
    })
    expect(duplicates).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await skipLinkWorks(() => page.getByRole('region', { name: 'About this copy of Career Atlas' }).waitFor())
  })

  it('the menu lands on its place: Help › About on the About section, File › Import on the Import button', async () => {
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-labelledby') ?? document.activeElement?.textContent,
      )
    // From another screen, as a counselor would pick the menu item.
    await page.evaluate(() => {
      window.location.hash = '#/settings'
    })
    await page.getByLabel('Home state').waitFor()
    app.harness.services.ctx.events.emit({ type: 'menu', action: 'about' })
    await expect.poll(focused, { timeout: 15_000 }).toBe('dt-app-title')
    expect(await page.evaluate(() => window.location.hash)).toBe('#/data')
    app.harness.services.ctx.events.emit({ type: 'menu', action: 'import-pack' })
    await expect.poll(focused, { timeout: 15_000 }).toBe('Import a pack…')
  })

  it('a drop report: no serious findings', async () => {
    const drop = page.getByRole('region', { name: 'Update from official downloads' })
    await drop.getByText(/Drop the downloaded folder/).waitFor()
    await page.evaluate(() => {
      const dt = new DataTransfer()
      dt.items.add(new File(['Name,Grade,Homeroom\nAna,10,B12\n'], 'roster.csv', { type: 'text/plain' }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    })
    await drop.getByRole('table', { name: /Not used/ }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('a file the contract refuses is shown under its field in the build panel, and no build starts', async () => {
    const panel = page.getByRole('region', { name: 'Build a pack from official files' })
    await panel.getByLabel('O*NET release', { exact: true }).fill('onet-folder-without-a-full-path')
    await panel.getByLabel('Release (if not in the files)').fill('thirty')
    await panel.getByRole('button', { name: 'Build and install' }).click()
    await panel.getByText(/Give the full path of the file or folder/).waitFor()
    expect(await description('O*NET release')).toContain('Give the full path of the file or folder')
    expect(await description('Release (if not in the files)')).toContain('A release looks like 30.1.')
    expect(await panel.getByLabel('O*NET release', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByRole('progressbar').count()).toBe(0)
    await shoot(panel, 'a11y-data-settings', 'build-field-error')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('a finished build: no serious findings; the installed pack and history follow without a reload', async () => {
    const panel = page.getByRole('region', { name: 'Build a pack from official files' })
    await panel.getByLabel('O*NET release', { exact: true }).fill(join(ROOT, 'resources/starter-pack/onet'))
    await panel.getByLabel('Release (if not in the files)').fill('2026.1')
    await panel.getByLabel('Pack name (optional)').fill('Starter rebuilt')
    await panel.getByRole('button', { name: 'Build and install' }).click()
    await panel.getByText(/Installed “Starter rebuilt” with \d+ occupations/).waitFor({ timeout: 90_000 })
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await expect.poll(() => installed.textContent()).toContain('Starter rebuilt')
    const history = page.getByRole('region', { name: 'Previous packs' })
    await expect.poll(() => history.textContent()).toMatch(/Kept for roll back: National \+ OEWS areas/)
    await shoot(page, 'a11y-data-settings', 'data-built', { fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
  })

  it('exports the installed pack and says so', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export this pack' }).click()
    const file = await download
    await page
      .getByRole('status')
      .filter({ hasText: `Exported ${file.suggestedFilename()}.` })
      .waitFor()
    expect(file.suggestedFilename()).toMatch(/\.capack$/)
  })

  it('roll back asks in a modal dialog: Escape changes nothing, confirming rolls back', async () => {
    await page.getByRole('button', { name: 'Roll back…' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Roll back the data pack?' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('National + OEWS areas')
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'a11y-data-settings', 'data-rollback-dialog')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect((await value<{ name: string } | null>('packs.current'))?.name).toBe('Starter rebuilt')

    await page.getByRole('button', { name: 'Roll back…' }).click()
    await dialog.getByRole('button', { name: /^Roll back to National \+ OEWS areas/ }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /Rolled back to “National \+ OEWS areas/ })
      .waitFor()
    const installed = page.getByRole('region', { name: 'Installed data pack' })
    await expect.poll(() => installed.textContent()).toContain('National + OEWS areas')
    expect(await dialog.count()).toBe(0)
  })

  it('the files typed in the build panel come back after an auto-lock', async () => {
    await app.harness.services.call('settings.setPasscode', { next: 'maple-leaf-7' })
    const panel = page.getByRole('region', { name: 'Build a pack from official files' })
    await panel.getByRole('button', { name: 'Add another O*NET release' }).click()
    await panel.getByLabel('O*NET release 2').fill('/media/usb/db_30_3_text.zip')
    await panel.getByLabel('Pack name (optional)').fill('Spring district pack')
    await app.harness.services.call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await page.getByLabel('Passcode').fill('maple-leaf-7')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await panel.getByLabel('O*NET release 2').waitFor()
    expect(await panel.getByLabel('O*NET release 2').inputValue()).toBe('/media/usb/db_30_3_text.zip')
    expect(await panel.getByLabel('Pack name (optional)').inputValue()).toBe('Spring district pack')
  })

  it('File › Print on a student’s sessions opens the Reports tab with the cursor in who receives it', async () => {
    const created = await app.harness.services.call('students.create', { name: 'Ana Printwell' })
    if (!created.ok) throw new Error(created.message)
    const id = (created.value as { id: number }).id
    await page.goto(`${app.harness.url}#/students/${id}/sessions`)
    await page
      .getByRole('heading', { name: /Ana Printwell/ })
      .first()
      .waitFor()
    app.harness.services.ctx.events.emit({ type: 'menu', action: 'print' })
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe('Who is this report for?')
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/students/${id}/reports`)
  })
})
