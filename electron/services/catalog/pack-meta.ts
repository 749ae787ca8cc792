import type { RatingDomain, SectionSource } from '../../../shared/domain/catalog'
import { DEFAULT_BRIGHT_OUTLOOK_RULE } from '../../../shared/outlook'
import type { DB } from '../db/open'

type Row = Record<string, unknown>

export interface DomainInfo {
  release: string
  importanceScale: string
  levelScale: string | null
  occupationsRated: number
}

export interface JobZoneRef {
  zone: number
  name: string
  experience: string
  education: string
  jobTraining: string
  examples: string
  svpRange: string
  coversZones: number[]
}

/** Everything about the installed pack that is the same for every occupation, read once per handle. */
export interface PackMeta {
  name: string
  tables: Map<string, SectionSource>
  domains: Map<RatingDomain, DomainInfo>
  educationCategories: Map<number, string>
  jobZones: JobZoneRef[]
  allGrowthPercent: number | null
  allGrowthRelease: string | null
  brightRule: string
  /** Every table name the database has (a pack may predate a table). */
  present: Set<string>
  /** hasSection answers, cached: a pack never changes under an open handle. */
  sections: Map<string, boolean>
}

const cache = new WeakMap<DB, PackMeta>()

export function packMeta(db: DB): PackMeta {
  let meta = cache.get(db)
  if (!meta) {
    meta = readMeta(db)
    cache.set(db, meta)
  }
  return meta
}

function readMeta(db: DB): PackMeta {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Row[]).map((r) =>
      String(r.name),
    ),
  )
  const all = (sql: string): Row[] => {
    try {
      return db.prepare(sql).all() as Row[]
    } catch {
      return [] // a table an older pack does not have reads as empty: "not in this pack"
    }
  }
  const manifest = new Map(
    all('SELECT key, value FROM manifest').map((r) => [String(r.key), String(r.value)]),
  )
  const tables = new Map<string, SectionSource>()
  for (const r of all('SELECT * FROM table_sources'))
    tables.set(String(r.table_name), {
      section: String(r.table_name),
      table: String(r.table_name),
      kind: String(r.source_kind),
      release: String(r.release),
      file: String(r.file),
      rows: Number(r.rows),
    })
  const domains = new Map<RatingDomain, DomainInfo>()
  for (const r of all('SELECT * FROM rating_domains'))
    domains.set(String(r.domain) as RatingDomain, {
      release: String(r.release),
      importanceScale: String(r.importance_scale),
      levelScale: (r.level_scale as string | null) ?? null,
      occupationsRated: Number(r.occupations_rated),
    })
  // O*NET names carry a definition after " - " or in parentheses; charts and tables need the name.
  const shortName = (n: string) =>
    n
      .split(' - ')[0]!
      .replace(/\s*\(.*\)\s*$/, '')
      .trim()
  const educationCategories = new Map(
    all('SELECT category, name FROM education_categories').map((r) => [
      Number(r.category),
      shortName(String(r.name)),
    ]),
  )
  const jobZones = all('SELECT * FROM job_zone_reference ORDER BY zone').map((r) => ({
    zone: Number(r.zone),
    name: String(r.name),
    experience: String(r.experience),
    education: String(r.education),
    jobTraining: String(r.job_training),
    examples: String(r.examples),
    svpRange: String(r.svp_range),
    coversZones: String(r.covers_zones ?? r.zone)
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n)),
  }))
  const totals = all('SELECT key, value, release FROM bls_totals')
  // The builder names the all-occupations growth key; accept the obvious spellings.
  const growth =
    totals.find((r) =>
      /^(all_)?(occupations_)?(change_pct|growth_pct|change_percent)$/.test(String(r.key)),
    ) ?? totals.find((r) => /change|growth/i.test(String(r.key)) && !/num|jobs|count/i.test(String(r.key)))
  return {
    name: manifest.get('name') ?? 'Installed data pack',
    tables,
    domains,
    educationCategories,
    jobZones,
    allGrowthPercent: growth ? Number(growth.value) : null,
    allGrowthRelease: growth ? String(growth.release) : null,
    brightRule: manifest.get('bright_outlook_rule') ?? DEFAULT_BRIGHT_OUTLOOK_RULE,
    present,
    sections: new Map(),
  }
}

/** The table_sources rows of a table, including its parts ("ratings:knowledge", "titles:reported"). */
function entriesOf(meta: PackMeta, table: string): SectionSource[] {
  return [...meta.tables.values()].filter((t) => t.table === table || t.table.startsWith(`${table}:`))
}

/** "O*NET 30.3, 30.3_csv/task_statements.csv" for a section, or null when the pack has no rows for it. */
export function sourceOf(meta: PackMeta, table: string): string | null {
  const parts = entriesOf(meta, table)
    .filter((t) => t.rows > 0)
    .map((t) => `${t.release}${t.file ? `, ${t.file}` : ''}`)
  return parts.length ? [...new Set(parts)].join('; ') : null
}

/** A section is in the pack when its table is listed with rows (or, for hand-built packs, has rows). */
export function hasSection(db: DB, meta: PackMeta, table: string): boolean {
  let known = meta.sections.get(table)
  if (known === undefined) {
    const listed = entriesOf(meta, table)
    known = listed.length
      ? listed.some((t) => t.rows > 0)
      : meta.present.has(table) && !!db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get()
    meta.sections.set(table, known)
  }
  return known
}
