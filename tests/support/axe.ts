import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/**
 * Serious and critical axe-core findings on the page (or inside `within`), as "rule: target"
 * lines so a failure says what and where. Every `<details>` is opened first, so tables behind
 * "Show the figures" are checked too.
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''))
  let axe = new AxeBuilder({ page })
  if (within) axe = axe.include(within)
  const r = await axe.analyze()
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}
