import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'

/**
 * Pictures for a person to look at, written only when asked: `CAREER_ATLAS_SHOTS=/tmp/shots npm test`.
 * A test run never writes outside its own temp folders otherwise.
 */
export function shotsDir(area: string): string | null {
  const root = process.env.CAREER_ATLAS_SHOTS
  if (!root) return null
  const dir = join(root, area)
  mkdirSync(dir, { recursive: true })
  return dir
}

/** A screenshot of a page or one element, when shots are asked for. */
export async function shoot(
  target: Page | Locator,
  area: string,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<void> {
  const dir = shotsDir(area)
  if (!dir) return
  const path = join(dir, `${name}.png`)
  if ('goto' in target) await target.screenshot({ path, fullPage: opts.fullPage })
  else await target.screenshot({ path })
}

/** A PDF copied beside its pages as PNG (pdftoppm), when shots are asked for. */
export function renderPdf(pdf: string, area: string, name: string, dpi = 60): void {
  const dir = shotsDir(area)
  if (!dir) return
  copyFileSync(pdf, join(dir, `${name}.pdf`))
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, join(dir, name)])
}
