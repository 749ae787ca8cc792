import Database from 'better-sqlite3'
import { CATALOG_SCHEMA, CATALOG_SCHEMA_VERSION } from '../../electron/services/catalog/schema'
import type { DB } from '../../electron/services/db/open'
import { contentChecksum } from '../../electron/services/packs/checksum'
import { buildSearchIndex } from '../../electron/services/search/build-index'

export interface MiniOccupation {
  code: string
  title: string
  jobZone?: number | null
  median?: number | null
  growth?: number | null
  /** Six OI scores in RIASEC order. */
  interests?: [number, number, number, number, number, number]
}

export interface MiniPackOptions {
  /** How many generated occupations (ignored when `occupations` is given). */
  count?: number
  occupations?: MiniOccupation[]
  name?: string
  builtAt?: string
  /** Old code → new code links the pack records (taxonomy crosswalk). */
  codeLinks?: [string, string][]
  /** Runs after the tables are filled and before the manifest and checksum are written. */
  before?: (db: DB) => void
  /** Runs after the manifest is written (to tamper with a finished pack). */
  after?: (db: DB) => void
}

/** Generated occupations with plausible, distinct figures. */
export function miniOccupations(count: number): MiniOccupation[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `15-${String(1200 + i).padStart(4, '0')}.00`,
    title: `Test Occupation ${i + 1}`,
    jobZone: (i % 5) + 1,
    median: 40_000 + i * 1_000,
    growth: (i % 7) - 2,
    interests: [2, 3 + (i % 3), 1.5, 2.5, 3, 4],
  }))
}

/** Writes a small, valid pack (schema, manifest, counts, checksum) to `file`. */
export function makeMiniPack(file: string, opts: MiniPackOptions = {}): string {
  const occupations = opts.occupations ?? miniOccupations(opts.count ?? 5)
  const db = new Database(file)
  db.pragma('journal_mode = DELETE')
  // Test packs need no durability; without fsyncs they take milliseconds.
  db.pragma('synchronous = OFF')
  db.transaction(() => db.exec(CATALOG_SCHEMA))()
  db.pragma(`user_version = ${CATALOG_SCHEMA_VERSION}`)
  db.transaction(() => {
    const occ = db.prepare(
      'INSERT INTO occupations (code, soc, title, description, major_group, job_zone, riasec_code) VALUES (?,?,?,?,?,?,?)',
    )
    const wage = db.prepare(
      "INSERT INTO wages (code, soc_used, basis, release, a_median) VALUES (?, ?, 'exact', 'OEWS test', ?)",
    )
    const proj = db.prepare(
      "INSERT INTO projections (code, soc_used, basis, release, base_year, proj_year, change_pct) VALUES (?, ?, 'exact', 'EP test', 2024, 2034, ?)",
    )
    const interest = db.prepare('INSERT INTO interests (code, area, score) VALUES (?,?,?)')
    for (const o of occupations) {
      const soc = o.code.slice(0, 7)
      const scores = o.interests
      const riasec = scores ? highPoint(scores) : null
      occ.run(o.code, soc, o.title, `What a ${o.title} does.`, o.code.slice(0, 2), o.jobZone ?? null, riasec)
      if (o.median !== undefined) wage.run(o.code, soc, o.median)
      if (o.growth !== undefined) proj.run(o.code, soc, o.growth)
      if (scores) for (const [i, s] of scores.entries()) interest.run(o.code, 'RIASEC'[i], s)
    }
    const zone = db.prepare(
      "INSERT INTO job_zone_reference VALUES (?, ?, 'exp', 'edu', 'training', 'examples', 'svp', ?)",
    )
    for (let z = 1; z <= 5; z++) zone.run(z, `Job Zone ${z}`, String(z))
    const link = db.prepare('INSERT INTO code_links VALUES (?, ?)')
    for (const [a, b] of opts.codeLinks ?? []) link.run(a, b)
    db.prepare("INSERT INTO table_sources VALUES ('occupations', 'starter', 'Test 1.0', 'test.txt', ?)").run(
      occupations.length,
    )
  })()
  opts.before?.(db)
  // As the builder does: the search index is part of every pack (and rebuilt at install).
  buildSearchIndex(db)
  const counts: Record<string, number> = {}
  for (const t of ['occupations', 'job_zone_reference', 'wages', 'projections', 'interests']) {
    counts[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
  }
  const manifest = db.prepare('INSERT INTO manifest (key, value) VALUES (?, ?)')
  manifest.run('name', opts.name ?? `Mini pack (${occupations.length})`)
  manifest.run('built_at', opts.builtAt ?? '2026-05-01T12:00:00.000Z')
  manifest.run('schema_version', String(CATALOG_SCHEMA_VERSION))
  manifest.run(
    'sources',
    JSON.stringify([
      { kind: 'starter', release: 'Test 1.0', file: 'test.txt', sha256: '0'.repeat(64), rows: 1 },
    ]),
  )
  manifest.run('counts', JSON.stringify(counts))
  manifest.run('attribution', 'Test data')
  manifest.run('content_checksum', contentChecksum(db))
  opts.after?.(db)
  db.close()
  return file
}

function highPoint(scores: number[]): string {
  const max = Math.max(...scores)
  return [...'RIASEC'].filter((_, i) => (scores[i] ?? 0) >= max - 0.5).join('')
}
