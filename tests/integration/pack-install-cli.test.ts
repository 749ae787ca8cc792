import { spawnSync } from 'node:child_process'
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { makeMiniPack } from '../support/mini-pack'
import { catalogFingerprint } from '../support/pack-fixtures'
import { ROOT, tempDir } from '../support/tmp'

const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'electron/cli/pack.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAREER_ATLAS_DATA_DIR: '' },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('npm run pack (the command line)', () => {
  const t = tempDir()
  const data = join(t.dir, 'data')
  afterAll(() => t.cleanup())
  const starter = join(ROOT, 'resources/starter-pack')

  it('builds a pack from official-layout files with progress on stderr, and checks it', () => {
    const out = join(t.dir, 'starter.capack')
    const r = cli(
      'build',
      '--onet',
      join(starter, 'onet'),
      '--onet-release',
      '2026.1',
      '--oews',
      join(starter, 'bls/oews_national.csv'),
      '--ep',
      join(starter, 'bls/ep_table_1_2.csv'),
      '--clusters',
      join(starter, 'crosswalks/All_Career_Clusters.csv'),
      '--out',
      out,
    )
    expect(r.err).toMatch(/\[\s*\d+%\] .*Occupation Data/)
    expect(r.out).toMatch(/^Built .*starter\.capack: \d+ occupations/)
    expect(r.code).toBe(0)
    expect(cli('check', out)).toMatchObject({ code: 0, out: expect.stringMatching(/is a valid data pack/) })
  })

  it('installs a pack into a data folder and reports what changed', () => {
    const pack = makeMiniPack(join(t.dir, 'mini.capack'), { count: 4, name: 'CLI pack' })
    const r = cli('install', pack, '--data-dir', data)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/Installed “CLI pack”: 4 occupations/)
    expect(r.err).toContain(`Data folder: ${data}`)
  })

  it('refuses a damaged pack with the counselor message on stderr, exit code 1, nothing changed', () => {
    const before = catalogFingerprint(data)
    const bad = makeMiniPack(join(t.dir, 'cut.capack'), { count: 4 })
    truncateSync(bad, Math.floor(readFileSync(bad).length / 2))
    const r = cli('install', bad, '--data-dir', data)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/“cut.capack” cannot be installed: the file is incomplete/)
    expect(r.err).toMatch(/Copy or download the pack again/)
    expect(catalogFingerprint(data)).toBe(before)
  })

  it('names the source file when a build input is wrong, exit code 1', () => {
    const notXlsx = join(t.dir, 'national_M2025_dl.xlsx')
    writeFileSync(notXlsx, 'this is not a spreadsheet')
    const r = cli(
      'build',
      '--onet',
      join(starter, 'onet'),
      '--onet-release',
      '2026.1',
      '--oews',
      notXlsx,
      '--out',
      join(t.dir, 'x.capack'),
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('national_M2025_dl.xlsx')
  })

  it('explains its usage on a mistake, exit code 2', () => {
    const r = cli('build', '--onet', starter)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/Give --out/)
    expect(r.err).toMatch(/Usage:/)
  })
})
