import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { summarize } from '../../electron/services/packs/install/summary'
import { ATTRIBUTION } from '../../electron/services/reports/docs/common'
import { attribution, attributionText } from '../../shared/attribution'
import { makeMiniPack } from '../support/mini-pack'
import { tempDir } from '../support/tmp'

describe('the data attribution', () => {
  const { onet, bls, programs } = attribution()

  it('gives O*NET’s CC BY 4.0 credit in the words O*NET asks for when its information is modified', () => {
    expect(onet).toBe(
      'This product includes information from the O*NET Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Career Atlas has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    )
  })

  it('credits the BLS wage and projection programs and the NCES crosswalk', () => {
    expect(bls).toMatch(/U\.S\. Bureau of Labor Statistics, Occupational Employment and Wage Statistics/)
    expect(bls).toMatch(/Employment Projections/)
    expect(programs).toMatch(/National Center for Education Statistics.*CIP 2020 to SOC 2018 Crosswalk/)
  })

  it('names the O*NET releases a pack was built from, oldest first, and ignores the other sources', () => {
    expect(
      attribution(['O*NET 30.3', 'OEWS May 2025', 'O*NET 27.0', 'O*NET Career Clusters', 'O*NET 29.0']).onet,
    ).toMatch(
      /^This product includes information from the O\*NET 27\.0, 29\.0 and 30\.3 Databases by the U\.S\. Department of Labor/,
    )
    expect(attribution(['30.1', 'O*NET 30.1']).onet).toMatch(/from the O\*NET 30\.1 Database by/)
    expect(attribution(['30.10', '30.2']).onet).toMatch(/O\*NET 30\.2 and 30\.10 Databases/)
  })

  it('is the text the reports print', () => {
    const report = attribution([], 'report')
    expect(ATTRIBUTION).toBe(`${report.onet} ${report.bls}`)
    expect(ATTRIBUTION).toMatch(/^This report includes information from the O\*NET Database/)
  })

  it('is what a pack summary shows, for the releases the pack names, even when the pack stored other words', () => {
    const t = tempDir()
    try {
      const file = `${t.dir}/pack.sqlite`
      makeMiniPack(file, {
        occupations: [{ code: '29-2072.00', title: 'Medical Records Specialists', jobZone: 3 }],
      })
      const db = new Database(file)
      db.prepare("UPDATE manifest SET value = 'Old wording' WHERE key = 'attribution'").run()
      db.prepare(
        `INSERT OR REPLACE INTO manifest (key, value) VALUES ('sources', '[{"kind":"onet-text","release":"O*NET 30.1","file":"a","sha256":"","rows":1}]')`,
      ).run()
      const summary = summarize(db, {}, { installedAt: null, byteLength: 0 })
      db.close()
      expect(summary.attribution).toBe(attributionText(['O*NET 30.1']))
      expect(summary.attribution).toContain('from the O*NET 30.1 Database')
    } finally {
      t.cleanup()
    }
  })
})
