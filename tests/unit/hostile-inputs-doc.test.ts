import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const doc = readFileSync(resolve(ROOT, 'docs/hostile-inputs.md'), 'utf8')

/** Test names of one file (`it('…'`), as written. */
function testNames(file: string): string[] {
  const src = readFileSync(resolve(ROOT, file), 'utf8')
  return [...src.matchAll(/\n {2}it\((['`])(.*?)\1/gs)].map((m) => m[2] as string)
}

/** The first column of the table under `## heading`. */
function tableRows(heading: string): string[] {
  const start = doc.indexOf(`## ${heading}`)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const end = doc.indexOf('\n## ', start + 1)
  const section = doc.slice(start, end < 0 ? undefined : end)
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\| Input +\|/.test(l) && !/^\| -+/.test(l))
    .map((l) => (l.split(' | ')[0] as string).slice(2).trim())
}

describe('docs/hostile-inputs.md matches the tests', () => {
  it.each([
    ['Data packs at install', 'tests/integration/pack-hostile-install.test.ts'],
    ['Official source files at build', 'tests/integration/pack-hostile-build.test.ts'],
    ['Official downloads dropped on the Data screen', 'tests/unit/packs/official-scan.test.ts'],
  ])('%s', (heading, file) => {
    expect(tableRows(heading).sort()).toEqual(testNames(file).sort())
  })
})
