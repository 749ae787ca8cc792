import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '../../electron/services'
import { RESOURCES, tempDir, tempServices } from '../support/tmp'

describe('starter catalog on first start', () => {
  it('builds catalog.sqlite from resources/starter-pack with the official-release builder', async () => {
    const s = await tempServices()
    try {
      const db = s.ctx.catalog.get()
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
      expect(n('SELECT COUNT(*) AS n FROM occupations')).toBeGreaterThanOrEqual(40)
      const w = db.prepare("SELECT a_median, basis FROM wages WHERE code = '29-2072.00'").get()
      expect(w).toEqual({ a_median: 51140, basis: 'exact' })
      // Medical Records Specialists has no Knowledge ratings in any release: none are invented.
      expect(n("SELECT COUNT(*) AS n FROM ratings WHERE code = '29-2072.00' AND domain = 'knowledge'")).toBe(
        0,
      )
      expect(n("SELECT COUNT(*) AS n FROM table_sources WHERE source_kind <> 'starter'")).toBe(0)
      const name = db.prepare("SELECT value FROM manifest WHERE key = 'name'").get() as { value: string }
      expect(name.value).toMatch(/Starter Pack/)
      // Only the finished catalog is left behind: no temp build files.
      expect(readdirSync(s.dataDir).filter((f) => f.includes('building'))).toEqual([])
    } finally {
      s.cleanup()
    }
  })

  it('keeps an existing catalog on later starts instead of rebuilding it', async () => {
    const { dir, cleanup } = tempDir()
    try {
      const first = await createServices({ dataDir: dir, resourcesDir: RESOURCES, appVersion: 't' })
      first.close()
      const before = statSync(join(dir, 'catalog.sqlite')).mtimeMs
      const second = await createServices({ dataDir: dir, resourcesDir: RESOURCES, appVersion: 't' })
      second.close()
      expect(statSync(join(dir, 'catalog.sqlite')).mtimeMs).toBe(before)
    } finally {
      cleanup()
    }
  })

  it('starts without a catalog when the app has no starter pack folder', async () => {
    const { dir, cleanup } = tempDir()
    const empty = tempDir()
    try {
      const s = await createServices({ dataDir: dir, resourcesDir: empty.dir, appVersion: 't' })
      expect(s.ctx.catalog.exists()).toBe(false)
      s.close()
    } finally {
      cleanup()
      empty.cleanup()
    }
  })
})
