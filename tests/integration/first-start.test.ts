import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createServices } from '../../electron/services'
import { chooseFirstPack } from '../../electron/services/packs/first-start'
import type { PackList } from '../../shared/domain/packs'
import { nationalPackPath } from '../support/national-pack'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

const t = tempDir('ca-first-')
afterAll(() => t.cleanup())

/** A resources folder as an installation has it: starter pack and fonts, plus `extra` files. */
function resources(name: string, bundled?: (dir: string) => void): string {
  const dir = join(t.dir, name)
  mkdirSync(dir, { recursive: true })
  symlinkSync(join(RESOURCES, 'starter-pack'), join(dir, 'starter-pack'))
  symlinkSync(join(RESOURCES, 'fonts'), join(dir, 'fonts'))
  if (bundled) {
    mkdirSync(join(dir, 'bundled-pack'))
    bundled(join(dir, 'bundled-pack'))
  }
  return dir
}

async function firstStart(resourcesDir: string, steps: string[] = []) {
  const dataDir = join(t.dir, `data-${Math.random().toString(36).slice(2)}`)
  const s = await createServices({
    dataDir,
    resourcesDir,
    appVersion: '0.0.0-test',
    onFirstStart: (p) => steps.push(p.step),
  })
  try {
    const list = await s.call('packs.list', {})
    if (!list.ok) throw new Error(list.message)
    return list.value as import('../../shared/domain/packs').PackList
  } finally {
    s.close()
  }
}

describe('first start: the bundled national pack, else the starter pack', () => {
  it('chooses the bundled pack only when the resources folder holds one', () => {
    expect(chooseFirstPack(RESOURCES).origin).toBe('starter')
    const dir = resources('choice', (b) => writeFileSync(join(b, 'national.capack'), ''))
    expect(chooseFirstPack(dir)).toEqual({
      origin: 'bundled',
      file: join(dir, 'bundled-pack/national.capack'),
    })
  })

  it('installs the bundled national pack on first start: 1,016 occupations, and says so', async () => {
    const pack = await nationalPackPath()
    const dir = resources('bundled', (b) => copyFileSync(pack, join(b, 'national.capack')))
    const steps: string[] = []
    const list = await firstStart(dir, steps)
    expect(list.installed?.occupations).toBe(1016)
    expect(list.firstStart).toMatchObject({ origin: 'bundled', current: true })
    expect(list.firstStart?.fallback).toBeUndefined()
    // The shell's setup window opens at the first step and shows each one as the pack worker reaches it.
    expect(steps).toEqual([
      'Copying the national career data',
      'Checking every table of the national career data',
      'Building the search index, so any job title finds its career',
    ])
  })

  it('installs the bundled national pack even when the setup window cannot show a step', async () => {
    const pack = await nationalPackPath()
    const dir = resources('no-window', (b) => copyFileSync(pack, join(b, 'national.capack')))
    const dataDir = join(t.dir, 'data-no-window')
    const shown = vi.spyOn(console, 'error').mockImplementation(() => {})
    const s = await createServices({
      dataDir,
      resourcesDir: dir,
      appVersion: '0.0.0-test',
      onFirstStart: () => {
        throw new Error('Object has been destroyed')
      },
    })
    try {
      const list = (await s.call('packs.list', {})) as { ok: true; value: PackList }
      expect(list.value.installed?.occupations).toBe(1016)
      expect(list.value.firstStart).toMatchObject({ origin: 'bundled', current: true })
      expect(shown).toHaveBeenCalledWith('[first start] a setup step could not be shown', expect.any(Error))
    } finally {
      shown.mockRestore()
      s.close()
    }
  })

  it('installs the starter pack when nothing is bundled (development, npm start)', async () => {
    const steps: string[] = []
    const list = await firstStart(resources('plain'), steps)
    expect(list.installed?.occupations).toBe(53)
    // Quick: no setup window for the embedded starter pack.
    expect(steps).toEqual([])
    expect(list.firstStart).toMatchObject({ origin: 'starter', current: true })
  })

  it('falls back to the starter pack, keeping the reason, when the bundled pack is damaged', async () => {
    const dir = resources('damaged', (b) => writeFileSync(join(b, 'national.capack'), 'not a pack'))
    const steps: string[] = []
    const list = await firstStart(dir, steps)
    expect(steps.at(-1)).toBe('Setting up the starter career data instead')
    expect(list.installed?.occupations).toBe(53)
    expect(list.firstStart).toMatchObject({ origin: 'starter', fallback: expect.any(String) })
  })

  it('after a fallback, installs the bundled pack when the counselor asks again: 1,016 occupations', async () => {
    const dir = resources('retry', (b) => writeFileSync(join(b, 'national.capack'), 'not a pack'))
    const dataDir = join(t.dir, 'data-retry')
    const start = () => createServices({ dataDir, resourcesDir: dir, appVersion: '0.0.0-test' })
    let s = await start()
    try {
      const list = (await s.call('packs.list', {})) as { ok: true; value: PackList }
      expect(list.value.firstStart).toMatchObject({ origin: 'starter', bundledAvailable: true })
    } finally {
      s.close()
    }
    // What failed the first time is gone (here: the file is whole again).
    copyFileSync(await nationalPackPath(), join(dir, 'bundled-pack/national.capack'))
    s = await start()
    try {
      const r = await s.call('packs.installBundled', {})
      expect(r.ok).toBe(true)
      const list = (await s.call('packs.list', {})) as { ok: true; value: PackList }
      expect(list.value.installed?.occupations).toBe(1016)
      expect(list.value.firstStart).toMatchObject({ origin: 'bundled', current: true })
      expect(list.value.firstStart?.fallback).toBeUndefined()
    } finally {
      s.close()
    }
  })

  it('says there is no bundled pack to install when none came with the installation', async () => {
    const s = await createServices({
      dataDir: join(t.dir, 'data-none'),
      resourcesDir: resources('none'),
      appVersion: '0.0.0-test',
    })
    try {
      expect(await s.call('packs.installBundled', {})).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
        message: expect.stringMatching(/No national data pack came with this installation/),
      })
    } finally {
      s.close()
    }
  })
})

describe('npm run dist -- --pack <file>', () => {
  const staged = join(ROOT, '.dist/bundled-pack/national.capack')
  const dist = (...a: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/dist.mjs'), ...a, '--stage-only'], { encoding: 'utf8' })
  afterAll(() => rmSync(join(ROOT, '.dist'), { recursive: true, force: true }))

  it('checks the pack and stages it where electron-builder.yml ships it from; refuses a bad one', async () => {
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(
      /- from: \.dist\/bundled-pack\n\s+to: resources\/bundled-pack/,
    )
    const ok = dist('--pack', await nationalPackPath())
    expect(ok.status).toBe(0)
    expect(existsSync(staged)).toBe(true)
    const bad = join(t.dir, 'bad.capack')
    writeFileSync(bad, 'nope')
    const r = dist('--pack', bad)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/not a Career Atlas data pack/)
    // A refused or absent pack never leaves an earlier one to be shipped.
    expect(existsSync(staged)).toBe(false)
  })
})
