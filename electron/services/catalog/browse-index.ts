import type { GrowthBandId } from '../../../shared/outlook'
import { growthBand } from '../../../shared/outlook'
import type { DB } from '../db/open'

/** One occupation as browse filters and sorts it. */
export interface BrowseEntry {
  code: string
  title: string
  titleLower: string
  majorGroup: string
  jobZone: number | null
  riasec: string | null
  bright: boolean
  medianWage: number | null
  medianWageFlag: 'suppressed' | 'topcoded' | null
  growth: number | null
  band: GrowthBandId | null
  openings: number | null
  education: string | null
  clusters: string[]
  pathways: string[]
}

const cache = new WeakMap<DB, BrowseEntry[]>()

/**
 * The whole catalog as a small in-memory table (about a thousand rows), built once per pack
 * handle. Filtering and counting facets in memory keeps browse well under a millisecond and
 * lets each facet count "everything else selected" without a query per facet.
 */
export function browseIndex(db: DB): BrowseEntry[] {
  let rows = cache.get(db)
  if (!rows) {
    rows = load(db)
    cache.set(db, rows)
  }
  return rows
}

function has(db: DB, table: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
}

function load(db: DB): BrowseEntry[] {
  const wages = has(db, 'wages')
  const proj = has(db, 'projections')
  const sql = `SELECT o.code, o.title, o.major_group, o.job_zone, o.riasec_code, o.bright_outlook,
      ${wages ? 'w.a_median, w.flags' : 'NULL AS a_median, NULL AS flags'},
      ${proj ? 'p.change_pct, p.openings, p.entry_education' : 'NULL AS change_pct, NULL AS openings, NULL AS entry_education'}
    FROM occupations o
    ${wages ? 'LEFT JOIN wages w ON w.code = o.code' : ''}
    ${proj ? 'LEFT JOIN projections p ON p.code = o.code' : ''}
    ORDER BY o.title COLLATE NOCASE`
  const clusters = new Map<string, { c: string[]; p: string[] }>()
  if (has(db, 'clusters')) {
    for (const r of db.prepare('SELECT code, cluster, pathway FROM clusters').all() as Record<
      string,
      string
    >[]) {
      const e = clusters.get(r.code!) ?? { c: [], p: [] }
      if (!e.c.includes(r.cluster!)) e.c.push(r.cluster!)
      if (!e.p.includes(r.pathway!)) e.p.push(r.pathway!)
      clusters.set(r.code!, e)
    }
  }
  return (db.prepare(sql).all() as Record<string, unknown>[]).map((r) => {
    const flags = parseFlags(r.flags)
    const flag = flags.a_median ?? flags.A_MEDIAN ?? null
    const growth = typeof r.change_pct === 'number' ? r.change_pct : null
    const c = clusters.get(String(r.code))
    return {
      code: String(r.code),
      title: String(r.title),
      titleLower: String(r.title).toLowerCase(),
      majorGroup: String(r.major_group),
      jobZone: (r.job_zone as number | null) ?? null,
      riasec: (r.riasec_code as string | null) ?? null,
      bright: r.bright_outlook === 1,
      medianWage: flag === 'suppressed' ? null : ((r.a_median as number | null) ?? null),
      medianWageFlag: flag === 'suppressed' || flag === 'topcoded' ? flag : null,
      growth,
      band: growthBand(growth)?.id ?? null,
      openings: (r.openings as number | null) ?? null,
      education: (r.entry_education as string | null) ?? null,
      clusters: c?.c ?? [],
      pathways: c?.p ?? [],
    }
  })
}

function parseFlags(raw: unknown): Record<string, string> {
  try {
    return JSON.parse(typeof raw === 'string' ? raw : '{}') as Record<string, string>
  } catch {
    return {}
  }
}
