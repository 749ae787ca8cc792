import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../harness/server'
import { launchChromium } from '../support/browser'
import { renderPdf, shoot } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'
import { seedStudents } from './students-seed'

// The students screens in Chromium through the harness, on the starter pack. Each step also
// leaves screenshots for review when CAREER_ATLAS_SHOTS is set.

describe('students screens', () => {
  const t = tempDir()
  let harness: Harness
  let browser: Browser
  let page: Page
  let joseId = 0
  const errors: string[] = []

  beforeAll(async () => {
    harness = await startHarness({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      rendererDir: join(ROOT, 'out/renderer'),
      appVersion: '0.0.0-test',
    })
    joseId = (await seedStudents(harness.services)).joseId
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    page.on('pageerror', (e) => errors.push(e.message))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.close()
    t.cleanup()
  })

  const go = async (hash: string) => {
    await page.goto(`${harness.url}${hash}`)
    await page.waitForLoadState('networkidle')
  }
  const shot = (name: string) => shoot(page, 'students', name, { fullPage: true })
  const axe = async () => {
    const r = await new AxeBuilder({ page }).analyze()
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }

  it('lists the caseload, finds a name typed without accents, and opens it from the keyboard', async () => {
    await go('#/students')
    await expect.poll(() => page.locator('#students-table tbody tr').count()).toBe(6)
    await shot('list')
    expect(await axe()).toEqual([])
    await page.keyboard.press('/')
    await page.keyboard.type('nunez')
    await expect.poll(() => page.locator('#students-table tbody tr').count()).toBe(1)
    expect(await page.locator('#students-table tbody tr').first().textContent()).toContain(
      'Pepe (José Núñez)',
    )
    await shot('list-search')
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/students\/\d+\/overview$/)
    await expect.poll(() => page.locator('#student-name').textContent()).toBe('Pepe (José Núñez)')
    await shot('student-overview')
  })

  it('filters by status and grade', async () => {
    await go('#/students')
    await page.selectOption('#f-status', 'graduated')
    await expect.poll(() => page.locator('#students-table tbody tr').count()).toBe(1)
    expect(await page.locator('#students-table tbody').textContent()).toContain('Oluwaseun Okafor')
    await page.selectOption('#f-status', '')
    await page.selectOption('#f-grade', '12')
    await expect.poll(() => page.locator('#students-table tbody tr').count()).toBe(2)
  })

  it('shows every tab of a record, with private notes kept apart, and no accessibility violations', async () => {
    for (const tab of ['sessions', 'goals', 'saved', 'interests', 'reports', 'records']) {
      await go(`#/students/${joseId}/${tab}`)
      await expect.poll(() => page.locator(`#tab-${tab}[aria-selected="true"]`).count()).toBe(1)
      await page.locator('#student-tabpanel').getByRole('heading').first().waitFor()
      await shot(`student-${tab}`)
      expect(await axe(), tab).toEqual([])
    }
    await go(`#/students/${joseId}/sessions`)
    const privateBox = page.locator('.st-private-box')
    await expect.poll(() => privateBox.count()).toBe(1)
    expect(await privateBox.textContent()).toContain('never printed or exported')
    // Folded in the list: the student beside the counselor cannot read it until she asks.
    const secret = 'father lost his job'
    expect(await page.locator('.st-sessions').textContent()).not.toContain(secret)
    const show = page.getByRole('button', { name: /^Show private note of / })
    expect(await show.getAttribute('aria-expanded')).toBe('false')
    await show.click()
    await expect.poll(() => privateBox.textContent()).toContain(secret)
    await shot('student-sessions-private-shown')
    expect(await axe()).toEqual([])
    // Leaving the list folds it again.
    await page.getByRole('tab', { name: /^Goals/ }).click()
    await page.getByRole('tab', { name: /^Sessions/ }).click()
    await expect.poll(() => page.getByRole('button', { name: /^Show private note of / }).count()).toBe(1)
    expect(await page.locator('.st-sessions').textContent()).not.toContain(secret)
  })

  it('adds a session with a next step and shows a clear message for a bad date', async () => {
    await go(`#/students/${joseId}/sessions`)
    await page.click('text=New session')
    await page.fill('#snew-date', '')
    await page.fill('#snew-purpose', 'Check-in')
    await page.click('text=Add session')
    await expect.poll(() => page.locator('.ui-field-error').first().textContent()).toContain('date')
    await shot('session-error')
    expect(await axe()).toEqual([])
    await page.fill('#snew-date', '2026-11-05')
    await page.fill('#snew-record', 'Reviewed shadowing day plans.')
    await page.fill('#snew-next', 'Bring the signed permission slip')
    await page.click('text=Add session')
    await expect.poll(() => page.locator('.st-session').count()).toBe(3)
    await go(`#/students/${joseId}/goals`)
    await expect
      .poll(() => page.locator('.st-goals').textContent())
      .toContain('Bring the signed permission slip')
  })

  it('refuses a session dated in the future unless the counselor saves it as planned, which never counts as seen', async () => {
    await go(`#/students/${joseId}/sessions`)
    await expect.poll(() => page.locator('.st-session').count()).toBeGreaterThan(0)
    const before = await page.locator('.st-session').count()
    await page.click('text=New session')
    await page.fill('#snew-date', '2099-06-01')
    await page.fill('#snew-purpose', 'Job fair visit')
    await page.click('text=Add session')
    await expect.poll(() => page.locator('.ui-field-error').first().textContent()).toMatch(/future/)
    expect(await page.locator('.st-session').count()).toBe(before)
    await page.getByLabel('Planned (not held yet)').check()
    await shot('session-planned-choice')
    expect(await axe()).toEqual([])
    await page.click('text=Add session')
    await expect.poll(() => page.locator('.st-session').count()).toBe(before + 1)
    expect(await page.locator('.st-session').first().textContent()).toContain('Planned — not held yet')
    await go('#/students')
    const row = page.locator('#students-table tbody tr', { hasText: 'José Núñez' })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).not.toMatch(/2099/)
    const stats = await harness.services.call('caseload.stats', {})
    if (!stats.ok) throw new Error(stats.message)
    const months = (stats.value as { sessionsPerMonth: { month: string }[] }).sessionsPerMonth
    expect(months.at(-1)!.month <= new Date().toISOString().slice(0, 7)).toBe(true)
  })

  it('saves a career from its profile to a student created inline', async () => {
    await go('#/occupation/29-2072.00')
    await page.click('text=Save to a student')
    await page.click('text=+ New student')
    await page.fill('#new-name', 'Élodie Lefèvre')
    await page.selectOption('#new-grade', '10')
    await page.click('text=Create student')
    await expect.poll(() => page.locator('.st-save-done').textContent()).toContain('Saved to Élodie Lefèvre')
    await shoot(page, 'students', 'save-to-student-done')
    await page.click('.st-save-done a')
    await page.waitForURL(/\/saved$/)
    await expect.poll(() => page.locator('.st-saved').textContent()).toContain('Medical Records Specialists')
    // And to an existing student by typing part of the name.
    await go('#/occupation/29-2072.00')
    await page.click('text=Save to a student')
    await page.fill('#save-student-q', 'zoe')
    await expect.poll(() => page.locator('.st-save-pick').count()).toBe(1)
    await shoot(page, 'students', 'save-to-student')
    expect(await axe()).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.st-save-done').textContent()).toContain('Zoë Smith')
  })

  it('reorders saved careers and adds one to the comparison', async () => {
    await go(`#/students/${joseId}/saved`)
    const titles = () => page.locator('.st-saved-title a').allTextContents()
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(1)
    const before = await titles()
    await page.click(`button[aria-label="Move ${before[1]} up"]`)
    await expect.poll(titles).toEqual([before[1], before[0], ...before.slice(2)])
    await page.click(`button[aria-label="Compare ${before[0]}"]`)
    const compare = await page.evaluate(() => localStorage.getItem('career-atlas.compare'))
    expect(compare).toContain(before[0])
  })

  it('imports a CSV list only when every row is good, listing bad rows by line', async () => {
    await go('#/students')
    await page.click('text=Import list (CSV)')
    const upload = (name: string, text: string) =>
      page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) })
    await upload(
      'period3.csv',
      'name,grade,student number\nAmara Diallo,10,200001\nKenji Sato,15,200002\n,9,200003\n',
    )
    await page.fill('#import-school', 'Lincoln High School')
    await page.click('.st-import button:has-text("Import")')
    await expect
      .poll(() => page.locator('.st-import [role=alert]').textContent())
      .toContain('Nothing was imported')
    const text = await page.locator('.st-import [role=alert]').textContent()
    expect(text).toContain('Line 3')
    expect(text).toContain('Line 4')
    await shot('import-errors')
    expect(await axe()).toEqual([])
    expect(await page.locator('#students-table').textContent()).not.toContain('Amara Diallo')
    await upload(
      'period3-fixed.csv',
      'name,grade,student number\nAmara Diallo,10,200001\nKenji Sato,11,200002\n',
    )
    await page.click('.st-import button:has-text("Import")')
    await expect
      .poll(() => page.locator('.st-import [role=status]').textContent())
      .toContain('Imported 2 students')
    // The list shows them as soon as the import commits, before "Done".
    await expect.poll(() => page.locator('#students-table').textContent()).toContain('Amara Diallo')
    await page.click('.st-import button:has-text("Done")')
  })

  it('recognises a student-information-system export’s headers and lets the counselor map the rest', async () => {
    await go('#/students')
    await page.click('text=Import list (CSV)')
    await page.setInputFiles('#import-file', {
      name: 'powerschool.csv',
      mimeType: 'text/csv',
      // Saved by Excel on Windows: Windows-1252, not UTF-8, so "á" is one byte (0xE1).
      buffer: Buffer.from(
        'Student ID,Last Name,First Name,Grade Level,Homeroom,Nick\n300001,Hernández,Lucía,09,B12,Lu\n300002,Nguyen,Bao,10,C4,\n',
        'latin1',
      ),
    })
    const select = (col: string) => page.getByLabel(`Import column ${col} as`)
    await expect.poll(() => select('Student ID').inputValue()).toBe('studentNumber')
    expect(await select('Last Name').inputValue()).toBe('lastName')
    expect(await select('First Name').inputValue()).toBe('firstName')
    expect(await select('Grade Level').inputValue()).toBe('grade')
    expect(await select('Homeroom').inputValue()).toBe('')
    expect(await select('Nick').inputValue()).toBe('')
    await select('Nick').selectOption('preferredName')
    await page.fill('#import-school', 'Lincoln High School')
    await shot('import-mapping')
    expect(await axe()).toEqual([])
    await page.click('.st-import button:has-text("Import")')
    await expect
      .poll(() => page.locator('.st-import [role=status]').textContent())
      .toContain('Imported 2 students')
    await expect.poll(() => page.locator('#students-table').textContent()).toContain('Lucía Hernández')
    expect(await page.locator('#students-table').textContent()).toContain('Bao Nguyen')
    const lucia = (await harness.services.call('students.list', { q: 'hernandez' })) as {
      ok: true
      value: { grade: number; studentNumber: string; preferredName: string | null }[]
    }
    expect(lucia.value[0]).toMatchObject({ grade: 9, studentNumber: '300001', preferredName: 'Lu' })
    await page.click('.st-import button:has-text("Done")')
  })

  it('previews the retention rule, deletes only what it showed, and restores a backup', async () => {
    harness.services.ctx.clients
      .prepare(`UPDATE students SET graduated_on = '2018-06-01' WHERE name = 'Oluwaseun Okafor'`)
      .run()
    await go('#/students')
    await page.click('.st-keeping summary')
    await page.click('text=Back up now')
    await expect
      .poll(() => page.locator('.st-keeping [role=status]').first().textContent())
      .toContain('Backup made')
    await page.selectOption('#retention-years', '5')
    await page.click('.st-keeping button:has-text("Preview")')
    await expect.poll(() => page.locator('.st-preview').textContent()).toContain('Oluwaseun Okafor')
    await shot('retention-preview')
    expect(await axe()).toEqual([])
    await page.click('text=Delete this record')
    await expect.poll(() => page.locator('.st-keeping').textContent()).toContain('1 record deleted')
    await expect.poll(() => page.locator('#students-table').textContent()).not.toContain('Oluwaseun')
    // Restoring the backup made a moment ago must not bring the deleted graduate back, and the
    // screen says so before it runs.
    await page
      .locator('.st-backups li', { hasNotText: 'before a restore' })
      .first()
      .getByRole('button', { name: 'Restore…' })
      .click()
    expect(await page.locator('.st-restore-what').textContent()).toContain(
      'students deleted since stay deleted',
    )
    await shot('restore-confirm')
    expect(await axe()).toEqual([])
    await page.getByRole('button', { name: 'Restore', exact: true }).click()
    await expect
      .poll(() => page.locator('.st-keeping [role=status]').first().textContent())
      .toContain('Restored')
    await expect.poll(() => page.locator('.st-restores').textContent()).toContain('1 newer deletion')
    await shot('restore-log')
    await go('#/students')
    await expect.poll(() => page.locator('#students-table tbody tr').count()).toBeGreaterThan(0)
    expect(await page.locator('#students-table').textContent()).not.toContain('Oluwaseun')
  })

  it('keeps both windows’ work when two windows edit the same student', async () => {
    const other = await page.context().newPage()
    for (const p of [page, other]) {
      await p.goto(`${harness.url}#/students/${joseId}/overview`)
      await p.waitForLoadState('networkidle')
      try {
        await p.click('text=Edit details', { timeout: 10_000 })
      } catch (e) {
        await shoot(p, 'students', 'debug-two-windows', { fullPage: true })
        console.error('URL', p.url(), await p.locator('main').textContent())
        throw e
      }
    }
    await page.fill(`#edit-${joseId}-guardian`, 'Luis Núñez (father)')
    await page.click('text=Save changes')
    await expect.poll(() => page.locator('.st-details').textContent()).toContain('Luis Núñez (father)')
    await other.fill(`#edit-${joseId}-preferred`, 'Joe')
    await other.click('text=Save changes')
    await expect
      .poll(() => other.locator('[role=alert]').textContent())
      .toContain('changed in another window')
    await shoot(other, 'students', 'conflict')
    await other.getByRole('button', { name: 'Reload', exact: true }).click()
    await expect.poll(() => other.inputValue(`#edit-${joseId}-guardian`)).toBe('Luis Núñez (father)')
    await other.fill(`#edit-${joseId}-preferred`, 'Joe')
    await other.click('text=Save changes')
    await expect.poll(() => other.locator('#student-name').textContent()).toBe('Joe (José Núñez)')
    expect(await other.locator('.st-details').textContent()).toContain('Luis Núñez (father)')
    await other.close()
  })

  it('verifies the disclosure log, then deletes a student only after the name is typed', async () => {
    await go(`#/students/${joseId}/records`)
    // A parent's inspection request: the JSON export downloads and is entered in the log.
    await page.fill('#export-to', 'Ana Núñez (mother)')
    const exportsLogged = () =>
      harness.services.ctx.clients
        .prepare(
          "SELECT count(*) FROM disclosures WHERE student_id = ? AND what LIKE 'Complete education record%'",
        )
        .pluck()
        .get(joseId)
    // The save dialog closed without saving: logged once, and the next click saves that same copy.
    await page.evaluate(() => {
      const p = window.api.platform as { saveFile: (id: string) => Promise<boolean> }
      const real = p.saveFile
      p.saveFile = async () => {
        p.saveFile = real
        return false
      }
    })
    await page.click('text=Export record (JSON, data file)')
    await expect
      .poll(() => page.locator('.st-success').first().textContent())
      .toContain('Saving was cancelled')
    expect(exportsLogged()).toBe(1)
    const download = page.waitForEvent('download')
    await page.click('text=Export record (JSON, data file)')
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^record-Jose-Nunez-.*\.json$/)
    expect(exportsLogged()).toBe(1)
    const json = JSON.parse(await readFile((await file.path()) as string, 'utf8'))
    expect(json.privateNotesIncluded).toBe(false)
    expect(JSON.stringify(json)).not.toContain('father lost his job')
    // The same record as a PDF a parent can read: sections with headings, no private note.
    const pdfDownload = page.waitForEvent('download')
    await page.click('text=Export record (PDF, to read)')
    const pdfFile = await pdfDownload
    expect(pdfFile.suggestedFilename()).toMatch(/^record-Jose-Nunez-.*\.pdf$/)
    const pdfPath = join(t.dir, 'record-export.pdf')
    await pdfFile.saveAs(pdfPath)
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
    for (const h of [
      'EDUCATION RECORD FOR INSPECTION',
      'José Núñez',
      'Sessions',
      'Saved careers',
      'Disclosure log',
    ])
      expect(pdfText).toContain(h)
    expect(pdfText).toContain('Talked about health careers')
    expect(pdfText).not.toContain('father lost his job')
    renderPdf(pdfPath, 'students', 'record-export', 50)
    await expect
      .poll(() => page.locator('.st-disclosures').textContent())
      .toContain('Complete education record')
    await page.click('text=Verify log')
    await expect.poll(() => page.locator('.st-success').first().textContent()).toContain('intact')
    await page.click('text=Delete student…')
    const del = page.locator('text=Delete permanently')
    expect(await del.isDisabled()).toBe(true)
    await page.fill('#delete-confirm', 'José Núñez')
    await shot('delete-confirm')
    await del.click()
    await page.waitForURL(/#\/students$/)
    await expect.poll(() => page.locator('#students-table tbody').textContent()).not.toContain('Núñez')
    await page.click('.st-keeping summary')
    await expect.poll(() => page.locator('.st-deletions').textContent()).toContain('1 student record deleted')
    await shot('list-keeping')
    expect(errors).toEqual([])
  })

  it('shows at once what a failed record export left in the logs: the disclosure and "nothing handed over"', async () => {
    const st = await harness.services.call('students.create', { name: 'Mai Tran', grade: 10 })
    if (!st.ok) throw new Error(st.message)
    const id = (st.value as { id: number }).id
    await go(`#/students/${id}/records`)
    await page.fill('#export-to', 'Lan Tran (mother)')
    // The folder for generated files cannot be made (a file stands in its place): no file.
    const dir = harness.services.ctx.files.dir
    rmSync(dir, { recursive: true, force: true })
    writeFileSync(dir, 'not a folder')
    try {
      await page.click('text=Export record (JSON, data file)')
      await page.getByRole('alert').filter({ hasText: 'did not finish' }).waitFor()
    } finally {
      rmSync(dir, { force: true })
    }
    // No reload: the screen shows the disclosure the request logged and why nothing left.
    await expect.poll(() => page.locator('.st-disclosures').textContent()).toContain('Lan Tran (mother)')
    const activity = page.getByRole('region', { name: 'Record activity' })
    await expect.poll(() => activity.textContent()).toContain('record export failed')
    expect(await activity.textContent()).toContain('nothing was handed over')
    await shot('export-failed')
  })
})
