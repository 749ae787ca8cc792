import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { callOk } from '../support/call-ok'
import { makeMiniPack } from '../support/mini-pack'
import { catalogFingerprint, seedStudents, studentSnapshot } from '../support/pack-fixtures'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

const tsx = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href
const child = join(ROOT, 'tests/support/pack-install-child.ts')

/** Runs an install in a child process, pauses it at `stage`, kills it with SIGKILL. */
async function killInstallAt(dataDir: string, pack: string, stage: string): Promise<void> {
  const marker = join(dataDir, `paused-${stage}`)
  const p = spawn(process.execPath, ['--import', tsx, child, dataDir, pack, stage, marker], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  p.stderr.on('data', (d) => {
    err += d
  })
  const exited = new Promise<number | null>((ok) => p.on('exit', (code) => ok(code)))
  const deadline = Date.now() + 60_000
  while (!existsSync(marker)) {
    if (p.exitCode !== null) throw new Error(`the install finished before reaching ${stage}: ${err}`)
    if (Date.now() > deadline) throw new Error(`the install never reached ${stage}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  p.kill('SIGKILL')
  await exited
}

describe('kill -9 during an install', () => {
  const t = tempDir()
  let oldPack: string
  let newPack: string
  let oldPrint: string
  let newPrint: string
  let students: string

  beforeAll(async () => {
    // Big enough (several MB) that the copy is caught half-written.
    oldPack = makeMiniPack(join(t.dir, 'old.capack'), { count: 6000, name: 'Old pack' })
    newPack = makeMiniPack(join(t.dir, 'new.capack'), { count: 7000, name: 'New pack' })
  })
  afterAll(() => t.cleanup())

  const stages: [string, 'old' | 'new'][] = [
    ['copying', 'old'],
    ['validated', 'old'],
    ['previous-saved', 'old'],
    ['swapped', 'new'],
    ['reported', 'new'],
  ]

  for (const [stage, expected] of stages) {
    it(`killed at "${stage}": the app starts with the ${expected} pack whole and every student record intact`, async () => {
      const dataDir = join(t.dir, stage)
      const first = await createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 't' })
      await callOk(first, 'packs.install', { path: oldPack })
      seedStudents(first.ctx.clients, [
        { student: 'José Núñez', code: '15-1201.00', title: 'Test Occupation 2' },
        { student: 'Ana Lee', code: '15-1205.00', title: 'Test Occupation 6' },
      ])
      students = studentSnapshot(first.ctx.clients)
      oldPrint = catalogFingerprint(dataDir)
      first.close()
      if (!newPrint) {
        const probe = await createServices({
          dataDir: join(t.dir, 'probe'),
          resourcesDir: RESOURCES,
          appVersion: 't',
        })
        await callOk(probe, 'packs.install', { path: newPack })
        newPrint = catalogFingerprint(join(t.dir, 'probe'))
        probe.close()
      }

      await killInstallAt(dataDir, newPack, stage)

      const after = await createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 't' })
      try {
        expect(catalogFingerprint(dataDir)).toBe(expected === 'old' ? oldPrint : newPrint)
        const current = await callOk(after, 'packs.current')
        expect(current?.name).toBe(expected === 'old' ? 'Old pack' : 'New pack')
        const n = after.ctx.catalog.get().prepare('SELECT COUNT(*) FROM occupations').pluck().get()
        expect(n).toBe(expected === 'old' ? 6000 : 7000)
        expect(studentSnapshot(after.ctx.clients)).toBe(students)
        // The next install works and sweeps what the killed one left behind.
        if (expected === 'old') await callOk(after, 'packs.install', { path: newPack })
        else await callOk(after, 'packs.rollback')
        expect(readdirSync(dataDir).filter((f) => f.startsWith('.catalog-incoming-'))).toEqual([])
      } finally {
        after.close()
      }
    })
  }
})
