import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../support/browser'
import { nationalPackPath } from '../support/national-pack'
import { install, launch } from './launch'

// Screenshots of the desktop app under the stand-in, for a person to look at: tsx tests/desktop/shoot.script.ts <dir>
async function main() {
  const out = process.argv[2] ?? '/tmp'
  const inst = install()
  const browser = await launchChromium()
  const app = await launch(inst, browser, { userData: join(inst.root, 'Counselor Ñ') })
  const page = app.page!
  await page.getByRole('combobox').waitFor()
  await page.screenshot({ path: join(out, 'desktop-start.png') })
  app.standIn.press('CmdOrCtrl+,')
  await page.getByRole('heading', { name: 'Settings' }).waitFor()
  await page.screenshot({ path: join(out, 'desktop-settings.png') })
  app.standIn.clickMenu('Help', 'About Career Atlas and its data')
  await page.getByText('About this copy of Career Atlas').waitFor()
  await page.getByText('About this copy of Career Atlas').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(out, 'desktop-about.png') })
  await app.quit()
  // No keychain (Linux basic_text): the passcode prompt.
  const prompt = await launch(inst, browser, {
    userData: join(inst.root, 'No Keyring'),
    safeStorage: { backend: 'basic_text' },
    dialogs: { message: (o) => (o.buttons ?? []).indexOf('Protect with a passcode') },
  })
  await prompt.page!.setViewportSize({ width: 520, height: 460 })
  await prompt.page!.getByLabel('Passcode', { exact: true }).fill('short')
  await prompt.page!.getByRole('button', { name: 'Continue' }).click()
  await prompt.page!.getByRole('alert').filter({ hasText: '8 characters' }).waitFor()
  await prompt.page!.screenshot({ path: join(out, 'desktop-passcode.png') })
  await prompt.quit()
  // First start of a packaged copy that ships the national pack: the setup window, then the app.
  const bundled = join(inst.resourcesPath, 'resources', 'bundled-pack')
  mkdirSync(bundled, { recursive: true })
  copyFileSync(await nationalPackPath(), join(bundled, 'national.capack'))
  const first = await launch(inst, browser, { userData: join(inst.root, 'First Start'), isPackaged: true })
  await first
    .page!.getByRole('status')
    .filter({ hasText: /^(Copying|Checking|Building) .*…$/ })
    .waitFor()
  await first.page!.screenshot({ path: join(out, 'desktop-setup.png') })
  await first.page!.getByRole('combobox').waitFor()
  await first.page!.screenshot({ path: join(out, 'desktop-after-setup.png') })
  await first.quit()
  // A damaged bundled pack: the starter pack, and the Data screen says why.
  writeFileSync(join(bundled, 'national.capack'), 'not a pack')
  const fallback = await launch(inst, browser, { userData: join(inst.root, 'Fallback'), isPackaged: true })
  await fallback.page!.getByRole('link', { name: 'Data & About' }).click()
  await fallback.page!.getByText('could not be used').scrollIntoViewIfNeeded()
  await fallback.page!.screenshot({ path: join(out, 'desktop-setup-fallback.png') })
  await fallback.quit()
  await browser.close()
  inst.cleanup()
}

void main()
