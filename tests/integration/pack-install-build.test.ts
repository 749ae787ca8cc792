import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callOk } from '../support/call-ok'
import {
  catalogFingerprint,
  NATIONAL_INPUT,
  seedStudents,
  studentSnapshot,
  watchJob,
} from '../support/pack-fixtures'
import { tempServices } from '../support/tmp'

describe('building a pack from official files off the main thread', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  beforeAll(async () => {
    s = await tempServices()
    seedStudents(s.ctx.clients, [
      { student: 'José Núñez', code: '29-2072.00', title: 'Medical Records Specialists' },
    ])
  })
  afterAll(() => s.cleanup())

  it('builds the national pack in a child process with per-file progress, then installs it', async () => {
    const students = studentSnapshot(s.ctx.clients)
    const watch = watchJob(s.ctx.events)
    let ticks = 0
    const timer = setInterval(() => ticks++, 50)
    const { jobId } = await callOk(s, 'packs.build', NATIONAL_INPUT)
    // A second build while one runs is refused.
    expect(await s.call('packs.build', NATIONAL_INPUT)).toMatchObject({ ok: false, code: 'CONFLICT' })
    const done = await watch.done
    clearInterval(timer)
    expect(done).toMatchObject({ jobId, ok: true })
    expect(done.message).toMatch(/Installed “National test build” with 1,016 occupations/)
    const progress = watch.seen.filter((e) => e.type === 'pack.progress')
    expect(progress.length).toBeGreaterThan(5)
    const files = new Set(progress.map((e) => (e.type === 'pack.progress' ? e.file : '')))
    expect([...files].some((f) => /national_M2025_dl\.xlsx/.test(f))).toBe(true)
    expect(progress.some((e) => e.type === 'pack.progress' && e.rowsRead > 1000)).toBe(true)
    // The event loop kept running while the build ran (it is not on this thread).
    expect(ticks).toBeGreaterThan(20)

    const pack = await callOk(s, 'packs.current')
    expect(pack?.occupations).toBe(1016)
    const w = s.ctx.catalog
      .get()
      .prepare("SELECT a_median, a_pct10, a_pct90 FROM wages WHERE code = '29-2072.00'")
      .get()
    expect(w).toEqual({ a_median: 51140, a_pct10: 37000, a_pct90: 81150 })
    expect(studentSnapshot(s.ctx.clients)).toBe(students)
    expect(readdirSync(join(s.dataDir, 'packs')).filter((f) => f.startsWith('built-'))).toEqual([])
  })

  it('cancels a running build: the child stops, its files go, the installed pack stays', async () => {
    const before = catalogFingerprint(s.dataDir)
    const watch = watchJob(s.ctx.events)
    const { jobId } = await callOk(s, 'packs.build', { ...NATIONAL_INPUT, name: 'Never installed' })
    await new Promise<void>((r) => {
      const off = s.ctx.events.subscribe((e) => {
        if (e.type === 'pack.progress' && e.jobId === jobId) {
          off()
          r()
        }
      })
    })
    expect(await callOk(s, 'packs.cancel', { jobId })).toEqual({ cancelled: true })
    const done = await watch.done
    expect(done).toMatchObject({ jobId, ok: false })
    expect(done.message).toMatch(/cancelled.*not changed/)
    expect(catalogFingerprint(s.dataDir)).toBe(before)
    expect(readdirSync(join(s.dataDir, 'packs')).filter((f) => f.startsWith('built-'))).toEqual([])
    expect(await callOk(s, 'packs.cancel', { jobId })).toEqual({ cancelled: false })
  })
})
