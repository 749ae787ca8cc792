import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEvent } from '../../shared/events'
import { callOk } from '../support/call-ok'
import { type MiniOccupation, makeMiniPack } from '../support/mini-pack'
import { catalogFingerprint, seedStudents, studentSnapshot } from '../support/pack-fixtures'
import { tempServices } from '../support/tmp'

const base: MiniOccupation[] = [
  {
    code: '29-2072.00',
    title: 'Medical Records Specialists',
    jobZone: 3,
    median: 50_000,
    growth: 7.1,
    interests: [2, 3, 1, 2, 2, 6],
  },
  {
    code: '15-1252.00',
    title: 'Software Developers',
    jobZone: 4,
    median: 130_000,
    growth: 15,
    interests: [3, 6, 3, 2, 3, 4],
  },
  {
    code: '43-9022.00',
    title: 'Word Processors and Typists',
    jobZone: 2,
    median: 45_000,
    growth: -30,
    interests: [2, 1, 1, 2, 2, 6],
  },
  {
    code: '27-1024.00',
    title: 'Graphic Designers',
    jobZone: 3,
    median: 60_000,
    growth: 2,
    interests: [2, 2, 7, 3, 3, 3],
  },
  {
    code: '11-1011.00',
    title: 'Chief Executives',
    jobZone: 5,
    median: 200_000,
    growth: -1,
    interests: [1, 3, 1, 3, 7, 4],
  },
  {
    code: '51-4121.06',
    title: 'Welders, Cutters, and Welder Fitters',
    jobZone: 2,
    median: 48_000,
    growth: 2,
    interests: [6, 3, 1, 1, 2, 3],
  },
]
// The next release: wage +10% for one, zone change, a rename, a code replaced by a link, one dropped.
const next: MiniOccupation[] = [
  { ...base[0]!, median: 55_000, jobZone: 4 },
  { ...base[1]!, median: 132_000 },
  { ...base[3]!, title: 'Graphic Designers and Illustrators' },
  { ...base[4]! },
  { code: '43-9031.00', title: 'Desktop Publishers', jobZone: 3, median: 50_000, growth: -5 },
]

describe('installing, rolling back and exporting data packs', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  const events: AppEvent[] = []
  let packA: string
  let packB: string

  beforeAll(async () => {
    s = await tempServices()
    s.ctx.events.subscribe((e) => events.push(e))
    packA = makeMiniPack(join(s.dataDir, 'A.capack'), { occupations: base, name: 'District pack 2025' })
    packB = makeMiniPack(join(s.dataDir, 'B.capack'), {
      occupations: next,
      name: 'District pack 2026',
      codeLinks: [['43-9022.00', '43-9031.00']],
    })
    seedStudents(s.ctx.clients, [
      { student: 'José Núñez', code: '29-2072.00', title: 'Medical Records Specialists' },
      { student: 'José Núñez', code: '15-1252.00', title: 'Software Developers' },
      { student: 'Ana Lee', code: '43-9022.00', title: 'Word Processors and Typists' },
      { student: 'Ana Lee', code: '27-1024.00', title: 'Graphic Designers' },
      { student: 'Ana Lee', code: '51-4121.06', title: 'Welders, Cutters, and Welder Fitters' },
      { student: 'Ana Lee', code: '11-1011.00', title: 'Chief Executives' },
    ])
  })
  afterAll(() => s.cleanup())

  it('installs a pack: the catalog serves its occupations and the Data screen summary is right', async () => {
    const before = studentSnapshot(s.ctx.clients)
    const r = await callOk(s, 'packs.install', { path: packA })
    expect(r.pack.name).toBe('District pack 2025')
    expect(r.pack.occupations).toBe(6)
    expect(r.pack.counts.wages).toBe(6)
    const title = s.ctx.catalog
      .get()
      .prepare("SELECT title FROM occupations WHERE code = '29-2072.00'")
      .pluck()
      .get()
    expect(title).toBe('Medical Records Specialists')
    const current = await callOk(s, 'packs.current')
    expect(current?.contentChecksum).toBe(r.pack.contentChecksum)
    expect(current?.installedAt).not.toBeNull()
    expect(events.some((e) => e.type === 'catalog.changed')).toBe(true)
    expect(studentSnapshot(s.ctx.clients)).toBe(before)
  })

  it('installs the next pack, keeps the first for rollback, and reports what changed for saved careers', async () => {
    const version = s.ctx.catalog.version
    const r = await callOk(s, 'packs.install', { path: packB })
    expect(s.ctx.catalog.version).toBeGreaterThan(version)
    const list = await callOk(s, 'packs.list')
    expect(list.installed?.name).toBe('District pack 2026')
    expect(list.previous?.name).toBe('District pack 2025')
    expect(list.history.map((h) => [h.name, h.restorable])).toEqual([
      ['District pack 2026', false],
      ['District pack 2025', true],
    ])

    const report = r.changes
    expect(report.fromPack?.name).toBe('District pack 2025')
    expect(report.savedCareersChecked).toBe(6)
    expect(report.studentsAffected).toBe(2)
    const byCode = new Map(report.items.map((i) => [i.code, i]))
    // Wage +10% and job zone 3 → 4 are news; Software Developers' +1.5% is not.
    expect(byCode.get('29-2072.00')?.kind).toBe('changed')
    expect(byCode.get('29-2072.00')?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['job_zone', 'Job Zone 3', 'Job Zone 4'],
      ['median_wage', '$50,000', '$55,000 (+10.0%)'],
    ])
    expect(byCode.has('15-1252.00')).toBe(false)
    expect(byCode.get('43-9022.00')).toMatchObject({
      kind: 'replaced',
      savedTitle: 'Word Processors and Typists',
      replacements: [{ code: '43-9031.00', title: 'Desktop Publishers' }],
    })
    expect(byCode.get('27-1024.00')).toMatchObject({ kind: 'renamed', studentName: 'Ana Lee' })
    expect(byCode.get('51-4121.06')).toMatchObject({
      kind: 'removed',
      savedTitle: 'Welders, Cutters, and Welder Fitters',
    })
    expect(byCode.has('11-1011.00')).toBe(false)

    const stored = await callOk(s, 'packs.changes')
    expect(stored?.id).toBe(report.id)
    expect(stored?.items).toEqual(report.items)
    // The saved careers themselves keep the code and title they were saved with.
    const kept = s.ctx.clients
      .prepare("SELECT title FROM saved_careers WHERE code = '51-4121.06'")
      .pluck()
      .get()
    expect(kept).toBe('Welders, Cutters, and Welder Fitters')
  })

  it('rolls back in one step, and rolling back again returns to the newer pack', async () => {
    const r = await callOk(s, 'packs.rollback')
    expect(r.pack.name).toBe('District pack 2025')
    expect(r.changes.action).toBe('rollback')
    expect(r.changes.items.find((i) => i.code === '51-4121.06')).toBeUndefined()
    const list = await callOk(s, 'packs.list')
    expect(list.installed?.name).toBe('District pack 2025')
    expect(list.previous?.name).toBe('District pack 2026')
    const again = await callOk(s, 'packs.rollback')
    expect(again.pack.name).toBe('District pack 2026')
  })

  it('exports the installed pack as a .capack file another workstation installs unchanged', async () => {
    const file = await callOk(s, 'packs.export')
    expect(file.fileName).toBe('District-pack-2026.capack')
    const stored = s.ctx.files.get(file.fileId)
    expect(existsSync(stored.path)).toBe(true)
    const other = await tempServices()
    try {
      const r = await callOk(other, 'packs.install', { path: stored.path })
      expect(r.pack.contentChecksum).toBe((await callOk(s, 'packs.current'))?.contentChecksum)
    } finally {
      other.cleanup()
    }
  })

  it('a refused pack comes back from the install worker with the same counselor message', async () => {
    const before = catalogFingerprint(s.dataDir)
    const bad = makeMiniPack(join(s.dataDir, 'bad.capack'), {
      count: 3,
      after: (db) => db.exec("UPDATE manifest SET value = 'x' WHERE key = 'content_checksum'"),
    })
    const r = await s.call('packs.install', { path: bad })
    expect(r).toMatchObject({ ok: false, code: 'PACK_INVALID' })
    expect(r.ok ? '' : r.message).toMatch(/“bad.capack” cannot be installed: .*checksum does not match/)
    expect(r.ok ? '' : r.fix).toMatch(/installed pack was not changed/)
    expect(catalogFingerprint(s.dataDir)).toBe(before)
  })

  it('installs a pack left in WAL mode as a self-contained catalog (no -wal file beside it)', async () => {
    const wal = makeMiniPack(join(s.dataDir, 'wal.capack'), {
      count: 4,
      name: 'WAL pack',
      after: (db) => db.pragma('journal_mode = WAL'),
    })
    expect(readFileSync(wal)[18]).toBe(2)
    await callOk(s, 'packs.install', { path: wal })
    expect(readFileSync(join(s.dataDir, 'catalog.sqlite'))[18]).toBe(1)
    expect((await callOk(s, 'packs.current'))?.name).toBe('WAL pack')
    expect(existsSync(join(s.dataDir, 'catalog.sqlite-wal'))).toBe(false)
  })

  it('refuses to reinstall the pack that is already installed, changing nothing', async () => {
    await callOk(s, 'packs.install', { path: packB })
    const before = catalogFingerprint(s.dataDir)
    const r = await s.call('packs.install', { path: packB })
    expect(r).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(catalogFingerprint(s.dataDir)).toBe(before)
  })
})
