import type { OnetTable } from '../readers/onet-files'
import { type OnetRelease, readOnetFile } from '../readers/onet-release'
import type { RawTable } from '../readers/table'
import { type BuildContext, type PickedTable, pickNewest } from './context'
import { writeInterests } from './interests'
import {
  writeAlternateTitles,
  writeEducation,
  writeEducationCategories,
  writeJobZoneReference,
  writeJobZones,
  writeRelated,
  writeReportedTitles,
  writeTasks,
  writeTechnology,
  writeTools,
} from './onet-core'
import { collectRatings, type DomainSpec, writeRatingDomain, writeRatings } from './ratings'
import { sha256 } from './writer'

/** O*NET tables written one-to-one: [source table, name recorded in table_sources, writer]. */
export const SIMPLE_STEPS: [OnetTable, string, (ctx: BuildContext, t: RawTable) => number][] = [
  ['job_zone_reference', 'job_zone_reference', writeJobZoneReference],
  ['job_zones', 'job_zones', writeJobZones],
  ['interests', 'interests', writeInterests],
  ['alternate_titles', 'titles', writeAlternateTitles],
  ['reported_titles', 'titles:reported', writeReportedTitles],
  ['task_statements', 'tasks', writeTasks],
  ['related_occupations', 'related_occupations', writeRelated],
  ['technology', 'technology', writeTechnology],
  ['tools', 'tools', writeTools],
  ['education', 'education_levels', writeEducation],
  ['education_categories', 'education_categories', writeEducationCategories],
]

/** Reads each chosen file once (Skills may feed two rating parts) and records it in the manifest. */
export class OnetReader {
  private cache = new Map<string, RawTable>()
  constructor(private ctx: BuildContext) {}

  async read(p: PickedTable): Promise<RawTable> {
    const key = p.file.entry.label
    const hit = this.cache.get(key)
    if (hit) return hit
    const buf = p.file.entry.read()
    const t = await readOnetFile(p.file, buf)
    this.ctx.addSource({
      kind: this.ctx.kind(p.file.kind),
      release: p.release.label,
      file: key,
      sha256: sha256(buf),
      rows: t.rows.length,
    })
    this.ctx.step(`Reading ${p.release.label}`, key, t.rows.length)
    this.cache.set(key, t)
    return t
  }

  /** Drops a table once written: releases hold tens of MB of rows. */
  forget(p: PickedTable): void {
    this.cache.delete(p.file.entry.label)
  }
}

export async function writeSimpleTables(ctx: BuildContext, releases: OnetRelease[], reader: OnetReader) {
  for (const [table, name, write] of SIMPLE_STEPS) {
    const p = pickNewest(releases, table)
    if (!p) continue
    const rows = write(ctx, await reader.read(p))
    reader.forget(p)
    ctx.addTableSource(name, p.file.kind, p.release.label, p.file.entry.label, rows)
  }
}

interface RatingPart {
  tables: OnetTable[]
  prefixes?: string[]
  label: string
}

const RATING_DOMAINS: { domain: string; parts: RatingPart[]; scales?: [string, string | null] }[] = [
  { domain: 'knowledge', parts: [{ tables: ['knowledge'], label: 'knowledge' }] },
  {
    domain: 'skills',
    // 30.3 splits Skills into essential (basic, 2.A) and transferable (cross-functional, 2.B);
    // each part comes from the newest release that has it.
    parts: [
      { tables: ['essential_skills', 'skills'], prefixes: ['2.A.'], label: 'basic skills 2.A' },
      { tables: ['transferable_skills', 'skills'], prefixes: ['2.B.'], label: 'cross-functional skills 2.B' },
    ],
  },
  { domain: 'abilities', parts: [{ tables: ['abilities'], label: 'abilities' }] },
  { domain: 'work_activities', parts: [{ tables: ['work_activities'], label: 'work activities' }] },
  { domain: 'work_styles', parts: [{ tables: ['work_styles'], label: 'work styles' }] },
  { domain: 'work_values', parts: [{ tables: ['work_values'], label: 'work values' }], scales: ['EX', null] },
]

function pickAny(releases: OnetRelease[], tables: OnetTable[]): PickedTable | null {
  for (const release of releases) {
    for (const table of tables) {
      const file = release.tables.get(table)
      if (file) return { release, file }
    }
  }
  return null
}

export async function writeAllRatings(ctx: BuildContext, releases: OnetRelease[], reader: OnetReader) {
  for (const d of RATING_DOMAINS) {
    const acc = new Map()
    const used: string[] = []
    let spec: DomainSpec = { domain: d.domain, importanceScale: 'IM', levelScale: 'LV' }
    for (const part of d.parts) {
      const p = pickAny(releases, part.tables)
      if (!p) continue
      const t = await reader.read(p)
      if (d.scales) spec = { ...spec, importanceScale: d.scales[0], levelScale: d.scales[1] }
      // 30.x Work Styles rates "impact" (WI, -3..3) instead of importance; the old layout used IM.
      if (d.domain === 'work_styles') spec = { ...spec, ...workStyleScales(t) }
      const before = acc.size
      collectRatings(ctx, t, { ...spec, prefixes: part.prefixes }, acc)
      used.push(d.parts.length > 1 ? `${p.release.label} (${part.label})` : p.release.label)
      ctx.addTableSource(
        `ratings:${d.domain}${d.parts.length > 1 ? `:${part.prefixes?.[0] ?? ''}` : ''}`,
        p.file.kind,
        p.release.label,
        p.file.entry.label,
        acc.size - before,
      )
    }
    for (const part of d.parts) {
      const p = pickAny(releases, part.tables)
      if (p) reader.forget(p)
    }
    if (acc.size === 0) continue
    writeRatings(ctx, d.domain, acc)
    writeRatingDomain(ctx, spec, used.join('; '))
  }
}

function workStyleScales(t: RawTable): { importanceScale: string; levelScale: string | null } {
  const c = t.header.indexOf('Scale ID')
  const hasWi = c >= 0 && t.rows.some((r) => r[c] === 'WI')
  return hasWi ? { importanceScale: 'WI', levelScale: null } : { importanceScale: 'IM', levelScale: null }
}
