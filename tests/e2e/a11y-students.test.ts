import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInBrowser, startAppInBrowser } from '../support/app-in-browser'
import { seriousViolations } from '../support/axe'
import { shoot } from '../support/shots'
import { seedStudents } from './students-seed'

// Every students screen and state a counselor meets, checked by axe (serious and critical
// findings), on the starter pack with a small seeded caseload. Screenshots when CAREER_ATLAS_SHOTS is set.
describe('accessibility of the students screens', () => {
  let app: AppInBrowser
  let page: Page
  let joseId = 0

  beforeAll(async () => {
    app = await startAppInBrowser()
    joseId = (await seedStudents(app.harness.services)).joseId
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  })
  afterAll(async () => {
    await app?.close()
  })

  const open = async (hash: string) => {
    await page.goto(`${app.harness.url}${hash}`)
    await page.reload()
  }
  const check = async (name: string) => {
    await shoot(page, 'a11y-students', name, { fullPage: true })
    expect(await seriousViolations(page), name).toEqual([])
  }

  it('the list of students', async () => {
    await open('#/students')
    await page.getByRole('table', { name: 'Students' }).getByRole('row').nth(6).waitFor()
    await check('list')
  })

  it('the new-student form with a field error shown', async () => {
    await open('#/students')
    await page.getByRole('button', { name: 'New student' }).click()
    await page.getByRole('button', { name: 'Create student' }).click()
    const name = page.getByLabel('Legal name')
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#new-name-error').textContent()).toBe('Name is required.')
    await check('new-student-error')
  })

  const tabs: [string, (p: Page) => Promise<unknown>][] = [
    ['overview', (p) => p.getByRole('heading', { name: 'Details' }).waitFor()],
    [
      'sessions',
      async (p) => {
        await p.getByRole('button', { name: 'New session' }).click()
        await p.getByRole('form', { name: 'New session' }).waitFor()
      },
    ],
    ['goals', (p) => p.getByRole('checkbox', { name: /Shadow the records office/ }).waitFor()],
    ['saved', (p) => p.locator('.st-saved-row').first().waitFor()],
    ['interests', (p) => p.getByRole('heading', { name: 'Interests', level: 2 }).waitFor()],
    ['records', (p) => p.getByRole('heading', { name: 'Disclosure log' }).waitFor()],
  ]
  for (const [tab, ready] of tabs)
    it(`the ${tab} tab`, async () => {
      await open(`#/students/${joseId}/${tab}`)
      await page.getByRole('tab', { selected: true }).waitFor()
      await ready(page)
      await check(`tab-${tab}`)
    })

  it('a confirmation dialog open', async () => {
    await open(`#/students/${joseId}/sessions`)
    await page
      .getByRole('button', { name: /^Delete session of / })
      .first()
      .click()
    await page.getByRole('alertdialog', { name: 'Delete this session?' }).waitFor()
    await check('confirm-delete-session')
    await page.keyboard.press('Escape')
  })

  it('the import mapping step', async () => {
    await open('#/students')
    await page.getByRole('button', { name: 'Import list (CSV)' }).click()
    await page.setInputFiles('#import-file', {
      name: 'sis.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Student ID,Last Name,First Name,Grade Level,Homeroom\n300001,Hernández,Lucía,09,B12\n',
      ),
    })
    await page.getByLabel('Import column Homeroom as').waitFor()
    await check('import-mapping')
  })
})
