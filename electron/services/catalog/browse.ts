import { type BrowseFilters, WAGE_BUCKETS } from '../../../shared/api/catalog'
import { RIASEC_NAMES } from '../../../shared/charts/occupation'
import type {
  BrowseFacets,
  BrowseResult,
  BrowseRow,
  BrowseSort,
  FacetValue,
} from '../../../shared/domain/catalog'
import { jobZoneLabel } from '../../../shared/jobzone'
import { GROWTH_BANDS } from '../../../shared/outlook'
import type { DB } from '../db/open'
import { type BrowseEntry, browseIndex } from './browse-index'
import { type HomeArea, type LocalMedians, localMedians } from './local'
import { packMeta } from './pack-meta'
import { majorGroupTitle } from './soc-groups'

type FacetKey =
  | 'q'
  | 'cluster'
  | 'pathway'
  | 'majorGroup'
  | 'jobZone'
  | 'education'
  | 'wage'
  | 'growth'
  | 'bright'
  | 'interest'
  | 'localWage'
type Test = (e: BrowseEntry) => boolean

/** One predicate per facet, so a facet's counts can leave its own selection out. */
function predicates(f: BrowseFilters, local: LocalMedians | null = null): Partial<Record<FacetKey, Test>> {
  const p: Partial<Record<FacetKey, Test>> = {}
  const q = f.q?.trim().toLowerCase()
  if (q) p.q = (e) => e.titleLower.includes(q) || e.code.startsWith(q)
  if (f.cluster?.length) p.cluster = (e) => e.clusters.some((c) => f.cluster!.includes(c))
  if (f.pathway?.length) p.pathway = (e) => e.pathways.some((c) => f.pathway!.includes(c))
  if (f.majorGroup?.length) p.majorGroup = (e) => f.majorGroup!.includes(e.majorGroup)
  if (f.jobZone?.length) p.jobZone = (e) => e.jobZone !== null && f.jobZone!.includes(e.jobZone)
  if (f.education?.length) p.education = (e) => e.education !== null && f.education!.includes(e.education)
  const buckets = WAGE_BUCKETS.filter((b) => f.wage?.includes(b.id))
  if (buckets.length || f.wageMin !== undefined || f.wageMax !== undefined)
    p.wage = (e) =>
      e.medianWage !== null &&
      (buckets.length === 0 || buckets.some((b) => e.medianWage! >= b.min && e.medianWage! < b.max)) &&
      (f.wageMin === undefined || e.medianWage >= f.wageMin) &&
      (f.wageMax === undefined || e.medianWage <= f.wageMax)
  if (f.growth?.length) p.growth = (e) => e.band !== null && f.growth!.includes(e.band)
  if (f.brightOutlook) p.bright = (e) => e.bright
  if (f.interest?.length) p.interest = (e) => !!e.riasec && f.interest!.includes(e.riasec[0] as 'R')
  if (f.localWageMin !== undefined && local)
    p.localWage = (e) => {
      const v = local.medians.get(e.code)?.value
      return v !== undefined && v !== null && v >= f.localWageMin!
    }
  return p
}

function matching(
  rows: BrowseEntry[],
  tests: Partial<Record<FacetKey, Test>>,
  except?: FacetKey,
): BrowseEntry[] {
  const active = Object.entries(tests)
    .filter(([k]) => k !== except)
    .map(([, t]) => t as Test)
  return active.length ? rows.filter((e) => active.every((t) => t(e))) : rows
}

const SORTERS: Record<Exclude<BrowseSort, 'localWage'>, (e: BrowseEntry) => number | string | null> = {
  title: (e) => e.titleLower,
  wage: (e) => e.medianWage,
  growth: (e) => e.growth,
  openings: (e) => e.openings,
}

export function browse(
  db: DB,
  input: {
    filters: BrowseFilters
    sort: { by: BrowseSort; dir: 'asc' | 'desc' }
    page: number
    pageSize: number
  },
  home: HomeArea | null = null,
): BrowseResult {
  const local = localMedians(db, home)
  const rows = matching(browseIndex(db), predicates(input.filters, local))
  const key =
    input.sort.by === 'localWage'
      ? (e: BrowseEntry) => local?.medians.get(e.code)?.value ?? null
      : SORTERS[input.sort.by]
  const dir = input.sort.dir === 'asc' ? 1 : -1
  // Missing figures sort last either way: "highest wage" should not open on "not available".
  const sorted = [...rows].sort((a, b) => {
    const x = key(a)
    const y = key(b)
    if (x === null || y === null)
      return x === y ? a.titleLower.localeCompare(b.titleLower) : x === null ? 1 : -1
    if (x < y) return -dir
    if (x > y) return dir
    return a.titleLower.localeCompare(b.titleLower)
  })
  const start = (input.page - 1) * input.pageSize
  return {
    localArea: local?.area ?? null,
    localSource: local?.source ?? null,
    rows: sorted.slice(start, start + input.pageSize).map((e) => {
      const row = toRow(e)
      if (!local) return row
      const m = local.medians.get(e.code)
      return { ...row, localMedianWage: m?.value ?? null, localMedianWageFlag: m?.flag ?? null }
    }),
    total: rows.length,
    page: input.page,
    pageSize: input.pageSize,
  }
}

function toRow(e: BrowseEntry): BrowseRow {
  return {
    code: e.code,
    title: e.title,
    jobZone: e.jobZone,
    medianWage: e.medianWage,
    medianWageFlag: e.medianWageFlag,
    growthPercent: e.growth,
    openings: e.openings,
    brightOutlook: e.bright,
    riasecCode: e.riasec,
    entryEducation: e.education,
  }
}

function tally(
  rows: BrowseEntry[],
  valuesOf: (e: BrowseEntry) => (string | null)[],
  label: (v: string) => string = (v) => v,
): Map<string, FacetValue> {
  const out = new Map<string, FacetValue>()
  for (const e of rows)
    for (const v of valuesOf(e)) {
      if (v === null) continue
      const f = out.get(v) ?? { value: v, label: label(v), count: 0 }
      f.count++
      out.set(v, f)
    }
  return out
}

const byLabel = (m: Map<string, FacetValue>) => [...m.values()].sort((a, b) => a.label.localeCompare(b.label))
const inOrder = (m: Map<string, FacetValue>, order: readonly string[]) =>
  order.map((v) => m.get(v)).filter((v): v is FacetValue => !!v)

/** Counts per facet value, each facet counted with every other selected filter applied. */
export function facets(db: DB, filters: BrowseFilters, home: HomeArea | null = null): BrowseFacets {
  const all = browseIndex(db)
  const zoneRef = packMeta(db).jobZones
  const t = predicates(filters, localMedians(db, home))
  const rest = (k: FacetKey) => matching(all, t, k)
  const wage = tally(rest('wage'), (e) => {
    if (e.medianWage === null) return []
    return [WAGE_BUCKETS.find((b) => e.medianWage! >= b.min && e.medianWage! < b.max)?.id ?? null]
  })
  return {
    cluster: byLabel(tally(rest('cluster'), (e) => e.clusters)),
    pathway: byLabel(tally(rest('pathway'), (e) => e.pathways)),
    majorGroup: [
      ...tally(
        rest('majorGroup'),
        (e) => [e.majorGroup],
        (v) => `${v} ${majorGroupTitle(v)}`,
      ).values(),
    ].sort((a, b) => a.value.localeCompare(b.value)),
    jobZone: inOrder(
      tally(
        rest('jobZone'),
        (e) => [e.jobZone === null ? null : String(e.jobZone)],
        (v) => jobZoneLabel(Number(v), zoneRef.find((z) => z.zone === Number(v))?.coversZones),
      ),
      ['1', '2', '3', '4', '5'],
    ),
    education: [...tally(rest('education'), (e) => [e.education]).values()].sort((a, b) => b.count - a.count),
    growth: inOrder(
      tally(
        rest('growth'),
        (e) => [e.band],
        (v) => GROWTH_BANDS.find((b) => b.id === v)?.label ?? v,
      ),
      GROWTH_BANDS.map((b) => b.id),
    ),
    interest: inOrder(
      tally(
        rest('interest'),
        (e) => [e.riasec?.[0] ?? null],
        (v) => RIASEC_NAMES[v as 'R'] ?? v,
      ),
      ['R', 'I', 'A', 'S', 'E', 'C'],
    ),
    wage: WAGE_BUCKETS.map((b) => ({ value: b.id, label: b.label, count: wage.get(b.id)?.count ?? 0 })),
    brightOutlook: rest('bright').filter((e) => e.bright).length,
  }
}
