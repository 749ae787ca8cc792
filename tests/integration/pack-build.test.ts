import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import { contentChecksum } from '../../electron/services/packs/checksum'
import { nationalPackPath, nationalServices } from '../support/national-pack'

// The national pack built from ../shared/data, checked against figures read from the source files.
let db: Database.Database

beforeAll(async () => {
  db = new Database(await nationalPackPath(), { readonly: true })
})
afterAll(() => db?.close())

const one = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as T
const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[]
const manifest = (key: string) =>
  one<{ value: string } | undefined>('SELECT value FROM manifest WHERE key = ?', key)?.value

describe('national pack from ../shared/data', () => {
  it('holds the 1,016 occupations of O*NET 30.3 with schema version and journal mode of an installable pack', () => {
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM occupations').n).toBe(1016)
    expect(db.pragma('user_version', { simple: true })).toBe(CATALOG_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(manifest('schema_version')).toBe(String(CATALOG_SCHEMA_VERSION))
  })

  it('joins Medical Records Specialists to OEWS May 2025 wages by its exact SOC', () => {
    const w = one<Record<string, number | string>>("SELECT * FROM wages WHERE code = '29-2072.00'")
    expect(w).toMatchObject({
      soc_used: '29-2072',
      basis: 'exact',
      release: 'OEWS May 2025',
      tot_emp: 194720,
    })
    expect([w.a_pct10, w.a_pct25, w.a_median, w.a_pct75, w.a_pct90]).toEqual([
      37000, 43490, 51140, 64820, 81150,
    ])
    expect(w.flags).toBe('{}')
    const topcode = one<{ value: number }>("SELECT value FROM bls_totals WHERE key = 'oews_topcode_annual'")
    expect(topcode.value).toBe(239200)
  })

  it('converts EP 2024-34 thousands into jobs and keeps the entry education', () => {
    const p = one<Record<string, number | string>>("SELECT * FROM projections WHERE code = '29-2072.00'")
    expect(p).toMatchObject({
      basis: 'exact',
      release: 'EP 2024-34',
      base_year: 2024,
      proj_year: 2034,
      emp_base: 194800,
      emp_proj: 208600,
      change_pct: 7.1,
      openings: 14200,
      entry_education: 'Postsecondary nondegree award',
      work_experience: 'None',
      job_training: 'None',
    })
    expect(one<{ value: number }>("SELECT value FROM bls_totals WHERE key = 'ep_change_pct'").value).toBe(3.1)
  })

  it('lists the related college programs and the career cluster of 29-2072.00', () => {
    const cips = all<{ cip: string }>("SELECT cip FROM programs WHERE code = '29-2072.00' ORDER BY cip").map(
      (r) => r.cip,
    )
    expect(cips).toEqual(['51.0706', '51.0707', '51.0713', '51.0721'])
    expect(all("SELECT cluster, pathway FROM clusters WHERE code = '29-2072.00'")).toEqual([
      { cluster: 'Health Science', pathway: 'Health Informatics' },
    ])
    // A code in two clusters keeps both pairs, split by position.
    expect(all("SELECT pathway FROM clusters WHERE code = '29-9021.00' ORDER BY pathway")).toEqual([
      { pathway: 'Health Informatics' },
      { pathway: 'Therapeutic Services' },
    ])
  })

  it('marks detailed .01 codes as inheriting their parent SOC figures', () => {
    const w = one<{ soc_used: string; basis: string; a_median: number }>(
      "SELECT soc_used, basis, a_median FROM wages WHERE code = '15-1299.01'",
    )
    const parent = one<{ a_median: number } | undefined>(
      "SELECT a_median FROM wages WHERE code = '15-1299.08'",
    )
    expect(w).toMatchObject({ soc_used: '15-1299', basis: 'inherited' })
    expect(parent?.a_median).toBe(w.a_median)
    expect(one<{ basis: string }>("SELECT basis FROM projections WHERE code = '15-1299.01'").basis).toBe(
      'inherited',
    )
  })

  it('reports BLS occupations that no O*NET code reaches', () => {
    const rows = all<{ source: string; soc: string }>('SELECT source, soc FROM unmatched_bls')
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) {
      expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM occupations WHERE soc = ?', r.soc).n).toBe(0)
    }
  })

  it('records the release each table came from', () => {
    const src = Object.fromEntries(
      all<{ table_name: string; release: string }>('SELECT table_name, release FROM table_sources').map(
        (r) => [r.table_name, r.release],
      ),
    )
    expect(src).toMatchObject({
      occupations: 'O*NET 30.3',
      interests: 'O*NET 30.3',
      tasks: 'O*NET 30.3',
      titles: 'O*NET 29.0',
      tools: 'O*NET 27.0',
      'ratings:knowledge': 'O*NET 29.0',
      'ratings:work_styles': 'O*NET 30.1',
      wages: 'OEWS May 2025',
      projections: 'EP 2024-34',
    })
    const sources = JSON.parse(manifest('sources')!) as { file: string; sha256: string; release: string }[]
    expect(sources.find((s) => s.file.endsWith('national_M2025_dl.xlsx'))?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('has rating domains only for the ratings the data holds (no abilities or work activities)', () => {
    const domains = all<{ domain: string }>('SELECT domain FROM rating_domains ORDER BY domain').map(
      (r) => r.domain,
    )
    expect(domains).toEqual(['knowledge', 'skills', 'work_styles', 'work_values'])
    expect(
      one<{ n: number }>(
        "SELECT COUNT(*) AS n FROM ratings WHERE code = '29-2072.00' AND domain = 'knowledge'",
      ).n,
    ).toBe(0)
    const k = one<{ importance: number; level: number }>(
      "SELECT importance, level FROM ratings WHERE code = '11-1011.00' AND domain = 'knowledge' AND element_id = '2.C.1.a'",
    )
    expect(k).toEqual({ importance: 4.78, level: expect.any(Number) })
  })

  it('takes the RIASEC code from O*NET high points and merges job zones 1-2 as 30.3 does', () => {
    expect(
      one<{ riasec_code: string }>("SELECT riasec_code FROM occupations WHERE code = '29-2072.00'")
        .riasec_code,
    ).toBe('CI')
    const z = one<{ covers_zones: string; name: string }>('SELECT * FROM job_zone_reference WHERE zone = 2')
    expect(z.covers_zones).toBe('1,2')
  })

  it('stores a content checksum that the installed file reproduces', () => {
    expect(contentChecksum(db)).toBe(manifest('content_checksum'))
    expect(manifest('bright_outlook_rule')).toMatch(/6\.2%/)
    expect(manifest('attribution')).toMatch(/CC BY 4\.0/)
    // The releases the pack was built from, named in O*NET's words for modified information.
    expect(manifest('attribution')).toContain(
      'from the O*NET 27.0, 29.0, 30.1 and 30.3 Databases by the U.S.',
    )
    expect(manifest('attribution')).toContain(
      'USDOL/ETA has not approved, endorsed, or tested these modifications.',
    )
  })

  it('gives tests services on a copy of the national pack, with no starter install', async () => {
    const s = await nationalServices()
    try {
      const n = s.ctx.catalog.get().prepare('SELECT COUNT(*) AS n FROM occupations').get() as { n: number }
      expect(n.n).toBe(1016)
      expect(s.ctx.catalog.file.startsWith(s.dataDir)).toBe(true)
    } finally {
      s.cleanup()
    }
  })
})
