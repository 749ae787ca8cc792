import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { seriousViolations } from '../support/axe'
import { generateCaseload } from '../support/caseload'
import { addInterestProfiles } from '../support/caseload-gen'

// Axe on the Interests tab, the Caseload screen, a student's report actions and the lock screen,
// in each state a counselor meets them: empty, filled, with a panel or a dialog open, with a
// message shown. Starter pack (its careers are enough for matches); 0 serious/critical findings.
describe('accessibility of interests, caseload, report actions and the lock screen', () => {
  let app: AppInBrowser
  let page: Page
  let studentId = 0
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await app.harness.services.call(method, input)
    if (!r.ok) throw new Error(`${method}: ${r.message}`)
    return r.value as T
  }
  const go = async (hash: string) => {
    await page.goto(`${app.harness.url}${hash}`)
    await page.reload()
  }

  beforeAll(async () => {
    app = await startAppInBrowser()
    studentId = (await call<{ id: number }>('students.create', { name: 'Ada Lovelace-Axe', grade: 10 })).id
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('interests tab with nothing recorded', async () => {
    await go(`#/students/${studentId}/interests`)
    await page.getByRole('heading', { name: 'No interests recorded yet' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('interests tab with a profile and its matches', async () => {
    await call('interests.add', {
      studentId,
      takenOn: '2026-09-14',
      source: 'profiler',
      scores: { R: 8, I: 30, A: 12, S: 34, E: 10, C: 14 },
    })
    await go(`#/students/${studentId}/interests`)
    await page.getByRole('heading', { name: 'Careers that fit these interests' }).waitFor()
    await page.locator('.in-match-list li').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('interests tab with a match explained', async () => {
    await page.locator('.in-match-title').first().click()
    await page.getByRole('complementary').locator('.in-sentences li').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('interests tab asking to delete a profile', async () => {
    await page
      .getByRole('button', { name: /^Delete the profile of/ })
      .first()
      .click()
    await page.getByRole('alertdialog', { name: 'Delete this interest profile?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0)
  })

  it('caseload screen with no students in the selection', async () => {
    await go('#/caseload?school=No+Such+School')
    await page.getByRole('heading', { name: 'No students in this selection' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('caseload screen with a caseload', async () => {
    const { studentIds } = generateCaseload(app.harness.services.ctx.clients, {
      students: 60,
      sessionsPerStudent: 4,
      careers: [{ code: '29-2072.00', title: 'Medical Records Specialists' }],
      until: new Date().toISOString().slice(0, 10),
    })
    addInterestProfiles(app.harness.services.ctx.clients, studentIds)
    await go('#/caseload')
    await page.locator('.ch-title', { hasText: 'Sessions per month' }).waitFor()
    await page.locator('.recharts-surface').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('caseload screen filtered by school and dates, small counts hidden', async () => {
    await page.getByLabel('School').selectOption('Valley Early College')
    await page.getByRole('button', { name: 'This school year' }).click()
    await page.getByLabel('Hide counts under 5, as on printed reports').check()
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('small=hide')
    await page.locator('.ch-title', { hasText: 'Sessions per month' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('a student’s report actions with a field left empty', async () => {
    await go(`#/students/${studentId}/reports`)
    await page.getByLabel('Recipient').fill('The student')
    await page.getByLabel('Recipient').fill('')
    await page.getByLabel('Purpose').focus()
    await page.getByText('Recipient is required.').waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('the lock screen saying the passcode is wrong', async () => {
    await call('settings.setPasscode', { next: 'maple-leaf-7' })
    await call('settings.lock', {})
    await page.getByRole('heading', { name: 'Career Atlas is locked' }).waitFor()
    await page.getByLabel('Passcode').fill('not-it')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('alert').getByText('That passcode is not right.').waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })
})
