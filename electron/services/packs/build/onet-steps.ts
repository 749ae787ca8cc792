import type { OnetTable } from '../readers/onet-files'
import { type OnetRelease, startOnetFile } from '../readers/onet-release'
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

/**
 * Reads each chosen file once (Skills may feed two rating parts) and records it in the manifest.
 * Workbooks are requested up front: a worker thread reads them while text tables are written.
 */
export class OnetReader {
  private pending = new Map<string, Promise<{ table: () => RawTable; sha: string }>>()
  private tables = new Map<string, RawTable>()
  constructor(private ctx: BuildContext) {}

  prefetch(p: PickedTable | null): void {
    if (!p || this.pending.has(p.file.entry.label)) return
    const job = startOnetFile(p.file).then(({ table, sha256 }) => ({ table, sha: sha256 }))
    // Awaited later in read(); a failure surfaces there, not as an unhandled rejection now.
    job.catch(() => {})
    this.pending.set(p.file.entry.label, job)
  }

  async read(p: PickedTable): Promise<RawTable> {
    const key = p.file.entry.label
    this.prefetch(p)
    const { table, sha } = await this.pending.get(key)!
    let t = this.tables.get(key)
    if (!t) {
      t = table()
      this.tables.set(key, t)
      this.ctx.addSource({
        kind: this.ctx.kind(p.file.kind),
        release: p.release.label,
        file: key,
        sha256: sha,
        rows: t.rows.length,
      })
      this.ctx.step(`Reading ${p.release.label}`, key, t.rows.length)
    }
    return t
  }

  /** Settles when every read asked for so far has finished (whether or not it failed). */
  settled(): Promise<unknown> {
    return Promise.allSettled([...this.pending.values()])
  }

  /** Drops a table once written: releases hold tens of MB of rows. */
  forget(p: PickedTable): void {
    this.pending.delete(p.file.entry.label)
    this.tables.delete(p.file.entry.label)
  }
}

/** Every O*NET file the build will read, in the order it is consumed; workbooks last. */
export function plannedReads(releases: OnetRelease[]): PickedTable[] {
  const simple = simpleOrder(releases).map((x) => x.p)
  const ratings = ratingOrder(releases).flatMap((d) => d.parts.map((part) => pickAny(releases, part.tables)))
  return [...simple, ...ratings].filter((p): p is PickedTable => p !== null)
}

const isExcel = (p: PickedTable | null) => p?.file.kind === 'onet-excel'

/** Text tables first, so the worker has time to read the workbooks. */
function simpleOrder(releases: OnetRelease[]) {
  const steps = SIMPLE_STEPS.map((s) => ({ s, p: pickNewest(releases, s[0]) }))
  return steps.sort((a, b) => Number(isExcel(a.p)) - Number(isExcel(b.p)))
}

function ratingOrder(releases: OnetRelease[]) {
  const excel = (d: (typeof RATING_DOMAINS)[number]) =>
    d.parts.some((part) => isExcel(pickAny(releases, part.tables)))
  return [...RATING_DOMAINS].sort((a, b) => Number(excel(a)) - Number(excel(b)))
}

export async function writeSimpleTables(ctx: BuildContext, releases: OnetRelease[], reader: OnetReader) {
  for (const { s, p } of simpleOrder(releases)) {
    const [, name, write] = s
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
  for (const d of ratingOrder(releases)) {
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
