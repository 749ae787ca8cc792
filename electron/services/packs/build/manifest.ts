import { attributionText } from '../../../../shared/attribution'
import { CATALOG_SCHEMA_VERSION } from '../../catalog/schema'
import { CONTENT_TABLES, contentChecksum } from '../checksum'
import type { BuildContext } from './context'

/** Row counts of every catalog table (the search index the search work adds is not counted). */
export function tableCounts(ctx: BuildContext): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of CONTENT_TABLES) {
    counts[t] = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
  }
  return counts
}

export function writeTableSources(ctx: BuildContext): void {
  const ins = ctx.db.prepare(
    'INSERT OR REPLACE INTO table_sources (table_name, source_kind, release, file, rows) VALUES (?,?,?,?,?)',
  )
  for (const s of ctx.tableSources) ins.run(s.table, s.kind, s.release, s.file, s.rows)
}

/** Writes the manifest last, after the search index, so its checksum covers the final content. */
export function writeManifest(
  ctx: BuildContext,
  meta: { name: string; builtAt: string; extra: Record<string, string> },
): { counts: Record<string, number>; checksum: string } {
  const counts = tableCounts(ctx)
  const checksum = contentChecksum(ctx.db)
  const entries: Record<string, string> = {
    name: meta.name,
    built_at: meta.builtAt,
    schema_version: String(CATALOG_SCHEMA_VERSION),
    sources: JSON.stringify(ctx.sources),
    counts: JSON.stringify(counts),
    content_checksum: checksum,
    // Not part of content_checksum (the manifest is not content): rewording it leaves checksums alone.
    attribution: attributionText(ctx.sources.map((s) => s.release)),
    ...meta.extra,
  }
  const ins = ctx.db.prepare('INSERT INTO manifest (key, value) VALUES (?, ?)')
  for (const [k, v] of Object.entries(entries)) ins.run(k, v)
  return { counts, checksum }
}
