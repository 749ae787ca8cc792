import { attributionText } from '../../../../shared/attribution'
import type { PackSource, PackSummary, PackTableSource } from '../../../../shared/domain/packs'
import type { DB } from '../../db/open'
import { quoteIdent } from '../checksum'

export function readManifest(db: DB): Map<string, string> {
  const rows = db.prepare('SELECT key, value FROM manifest').all() as { key: string; value: string }[]
  return new Map(rows.map((r) => [r.key, r.value]))
}

/** Rows in every catalog table the pack has (as counted, not as claimed). */
export function countTables(db: DB, tables: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of tables) {
    counts[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(t)}`).get() as { n: number }).n
  }
  return counts
}

/** What the Data screen shows about a pack, read from its manifest and table_sources. */
export function summarize(
  db: DB,
  counts: Record<string, number>,
  extra: { installedAt: string | null; byteLength: number },
): PackSummary {
  const m = readManifest(db)
  const sources = parseSources(m.get('sources'))
  const tables = (
    db
      .prepare('SELECT table_name, source_kind, release, file, rows FROM table_sources ORDER BY table_name')
      .all() as { table_name: string; source_kind: string; release: string; file: string; rows: number }[]
  ).map<PackTableSource>((r) => ({
    table: r.table_name,
    kind: r.source_kind,
    release: r.release,
    file: r.file,
    rows: r.rows,
  }))
  const ratingDomains = (
    db.prepare('SELECT domain, release, occupations_rated FROM rating_domains ORDER BY domain').all() as {
      domain: string
      release: string
      occupations_rated: number
    }[]
  ).map((r) => ({ domain: r.domain, release: r.release, occupationsRated: r.occupations_rated }))
  return {
    name: m.get('name') ?? 'Unnamed pack',
    builtAt: m.get('built_at') ?? '',
    schemaVersion: Number(m.get('schema_version') ?? 0),
    occupations: counts.occupations ?? 0,
    sources,
    contentChecksum: m.get('content_checksum') ?? '',
    counts,
    tables,
    ratingDomains,
    // Today's wording for the releases the pack holds, not the text stored when it was built: a
    // pack built by an earlier version lacks the modification notice O*NET asks for.
    attribution: attributionText(sources.map((s) => s.release)),
    installedAt: extra.installedAt,
    byteLength: extra.byteLength,
    releaseDates: parseDates(m.get('release_dates')),
  }
}

function parseDates(text: string | undefined): Record<string, string> {
  if (!text) return {}
  try {
    const v = JSON.parse(text) as unknown
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {}
    return Object.fromEntries(
      Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
    )
  } catch {
    return {}
  }
}

function parseSources(text: string | undefined): PackSource[] {
  if (!text) return []
  try {
    const list = JSON.parse(text) as unknown
    if (!Array.isArray(list)) return []
    return list
      .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
      .map((s) => ({
        kind: String(s.kind ?? ''),
        release: String(s.release ?? ''),
        file: String(s.file ?? ''),
        sha256: String(s.sha256 ?? ''),
        rows: Number(s.rows ?? 0),
      }))
  } catch {
    return []
  }
}
