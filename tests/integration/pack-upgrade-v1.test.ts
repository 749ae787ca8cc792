import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { industriesFor, packAreas, wagesByState } from '../../electron/services/catalog/local'
import { openCatalog } from '../../electron/services/catalog/open'
import { CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import { upgradeCatalogFile } from '../../electron/services/catalog/upgrade'
import { validatePackDb } from '../../electron/services/packs/install/validate'
import { callOk } from '../support/call-ok'
import { makeMiniPack } from '../support/mini-pack'
import { RESOURCES, ROOT, tempServices } from '../support/tmp'
import { makeV1Pack } from '../support/v1-pack'

/*
 * A counselor who upgrades Career Atlas keeps the catalog.sqlite (and .capack files) the earlier
 * version built: schema 1, without area tables and with an older search index. Both must keep
 * working: the profile reads "no area wages", search finds programs, the pack keeps its identity.
 */
const dir = mkdtempSync(join(tmpdir(), 'ca-v1-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const occupations = [
  { code: '39-5012.00', title: 'Hairdressers, Hairstylists, and Cosmetologists', median: 35_000 },
  { code: '29-2072.00', title: 'Medical Records Specialists', median: 50_000 },
]
const withProgram = {
  occupations,
  name: 'Made by the earlier version',
  before: (db: Database.Database) =>
    db
      .prepare("INSERT INTO programs VALUES ('39-5012.00', '12.0401', 'Cosmetology/Cosmetologist, General')")
      .run(),
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } finally {
    db.close()
  }
}

async function expectNoAreaWages(s: Parameters<typeof callOk>[0]): Promise<void> {
  const h = await callOk(s, 'settings.homeArea', {})
  expect(h.states).toEqual([])
  expect(h.note).toMatch(/has no state or metro wages/)
  const p = await callOk(s, 'catalog.profile', { code: '29-2072.00' })
  expect(p.wages?.annual.median.value).toBe(50_000)
  expect(p.homeArea).toBeNull()
  expect(p.wagesByState?.available).toBe(false)
  expect(p.industries?.available).toBe(false)
  // The programs field came with a later search index: rebuilt, it finds the pack's own program.
  const hits = await callOk(s, 'catalog.search', { q: 'cosmetology' })
  expect(hits.map((h) => h.code)).toContain('39-5012.00')
}

describe('a version-1 catalog left installed by the earlier app', () => {
  it('is brought up to date on first use, keeps its identity, and still validates (for a later rollback)', async () => {
    const data = join(dir, 'installed')
    mkdirSync(data)
    const catalog = join(data, 'catalog.sqlite')
    makeV1Pack(catalog, withProgram)
    const before = validatePackDb(catalog, 'old').checksum
    const s = await createServices({ dataDir: data, resourcesDir: RESOURCES, appVersion: '0.0.0-test' })
    try {
      const current = await callOk(s, 'packs.current')
      expect(current?.name).toBe('Made by the earlier version') // not replaced by the starter pack
      await expectNoAreaWages(s)
      expect(userVersion(catalog)).toBe(CATALOG_SCHEMA_VERSION)
      expect(current?.contentChecksum).toBe(before)
      expect(validatePackDb(catalog, 'upgraded').checksum).toBe(before)

      // Install a current pack, then go back to the upgraded version-1 one.
      const next = makeMiniPack(join(dir, 'next.capack'), { occupations, name: 'Current pack' })
      await callOk(s, 'packs.install', { path: next })
      const back = await callOk(s, 'packs.rollback', {})
      expect(back.pack.name).toBe('Made by the earlier version')
      await expectNoAreaWages(s)
    } finally {
      s.close()
    }
  })

  it('refuses area wages slipped into an upgraded version-1 pack (its checksum never covered them)', () => {
    const file = makeV1Pack(join(dir, 'tampered.capack'), withProgram)
    upgradeCatalogFile(file, { searchIndex: true })
    const db = new Database(file)
    db.exec(`INSERT INTO areas VALUES ('39', 'Ohio', 2, 'OH', 'OEWS May 2025', 'x.xlsx');
             INSERT INTO area_wages (area, code, soc_used, basis, a_median) VALUES ('39', '29-2072.00', '29-2072', 'exact', 999999)`)
    db.close()
    expect(() => validatePackDb(file, 'tampered.capack')).toThrow(/contents were changed/)
  })
})

describe('the local wage readers on a version-1 catalog opened as it is (the previous pack)', () => {
  it('answer "none" instead of failing', () => {
    const db = openCatalog(makeV1Pack(join(dir, 'as-is.capack'), withProgram))
    try {
      expect(industriesFor(db, '29-2072.00', 1000).available).toBe(false)
      expect(wagesByState(db, '29-2072.00', null).section.available).toBe(false)
      expect(packAreas(db)).toEqual([])
    } finally {
      db.close()
    }
  })
})

describe('a version-1 .capack file', () => {
  it('installs: the catalog gains empty area tables and a current search index, and reinstalling it is a no-op', async () => {
    const file = makeV1Pack(join(dir, 'old.capack'), withProgram)
    const s = await tempServices()
    try {
      const r = await callOk(s, 'packs.install', { path: file })
      expect(r.pack.name).toBe('Made by the earlier version')
      expect(userVersion(join(s.dataDir, 'catalog.sqlite'))).toBe(CATALOG_SCHEMA_VERSION)
      await expectNoAreaWages(s)
      const again = await s.call('packs.install', { path: file })
      expect(again.ok).toBe(false)
      if (!again.ok) expect(again.message).toMatch(/already the installed data pack/)
      expect(userVersion(file)).toBe(1) // the counselor's own file is never changed
    } finally {
      s.cleanup()
    }
  })
})

/*
 * The starter pack as the previous release's builder made it (git 57a6a0d: schema 1, no area
 * tables, a search index without programs), frozen so this test keeps meaning what it says
 * after the builder changes again. Rebuild: git archive 57a6a0d, then buildPack(starterBuildOptions).
 */
describe('the starter pack built by the previous release (tests/fixtures/catalog)', () => {
  const frozen = () => {
    const file = join(mkdtempSync(join(dir, 'frozen-')), 'v1-starter.capack')
    writeFileSync(file, gunzipSync(readFileSync(join(ROOT, 'tests/fixtures/catalog/v1-starter.capack.gz'))))
    expect(userVersion(file)).toBe(1)
    return file
  }
  const usable = async (s: Parameters<typeof callOk>[0]) => {
    const p = await callOk(s, 'catalog.profile', { code: '11-2021.00' })
    expect(p.title).toBe('Marketing Managers')
    expect(p.homeArea).toBeNull()
    expect(p.industries?.available).toBe(false)
    const hits = await callOk(s, 'catalog.search', { q: 'apparel and textile marketing' })
    expect(hits[0]?.code).toBe('11-2021.00')
  }

  it('installs', async () => {
    const s = await tempServices()
    try {
      const r = await callOk(s, 'packs.install', { path: frozen() })
      expect(r.pack.name).toMatch(/schema 1/)
      await usable(s)
    } finally {
      s.cleanup()
    }
  })

  it('left installed, opens after the upgrade', async () => {
    const data = mkdtempSync(join(dir, 'frozen-installed-'))
    copyFileSync(frozen(), join(data, 'catalog.sqlite'))
    const s = await createServices({ dataDir: data, resourcesDir: RESOURCES, appVersion: '0.0.0-test' })
    try {
      await usable(s)
      expect(userVersion(join(data, 'catalog.sqlite'))).toBe(CATALOG_SCHEMA_VERSION)
    } finally {
      s.close()
    }
  })
})
