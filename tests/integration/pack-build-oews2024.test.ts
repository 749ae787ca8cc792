import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { SHARED_DATA, tempDir } from '../support/tmp'

// OEWS May 2024 top-codes the highest wages (#: at or above $239,200 a year); May 2025 has none,
// so this pack pairs O*NET 30.3 with the 2024 file to check that they are flagged, never 0.
describe('pack with OEWS May 2024', () => {
  it('flags top-coded wages and keeps the published percentiles', async () => {
    const t = tempDir()
    try {
      const out = join(t.dir, 'p.sqlite')
      await buildPack({
        out,
        onet: [join(SHARED_DATA, 'onet/30.3_csv')],
        oews: join(SHARED_DATA, 'bls/oews/national_M2024_dl.xlsx'),
      })
      const db = new Database(out, { readonly: true })
      const ceo = db.prepare("SELECT * FROM wages WHERE code = '11-1011.00'").get() as Record<string, unknown>
      expect(ceo).toMatchObject({ release: 'OEWS May 2024', a_median: 206420, a_pct75: null, a_pct90: null })
      expect(JSON.parse(ceo.flags as string)).toEqual({
        a_pct75: 'topcoded',
        a_pct90: 'topcoded',
        h_pct75: 'topcoded',
        h_pct90: 'topcoded',
      })
      const zeros = db
        .prepare('SELECT COUNT(*) AS n FROM wages WHERE a_median = 0 OR a_pct90 = 0 OR h_pct90 = 0')
        .get()
      expect(zeros).toEqual({ n: 0 })
      // Hourly-only occupations (actors) carry no annual figures and say so.
      const actors = db
        .prepare("SELECT hourly_only, a_median, h_median FROM wages WHERE code = '27-2011.00'")
        .get()
      expect(actors).toMatchObject({ hourly_only: 1, a_median: null })
      db.close()
    } finally {
      t.cleanup()
    }
  })
})
