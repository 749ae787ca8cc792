/**
 * The side-by-side comparison, built from profiles with no database access, so the reports work
 * can print exactly what the Compare screen shows: `buildComparison(profiles)`.
 */
import { barChart, interestsChart, joinSources, wageRangeChart } from '../../../shared/charts/occupation'
import type {
  CompareColumn,
  CompareRow,
  Comparison,
  ComparisonOverlap,
  OccupationProfile,
} from '../../../shared/domain/catalog'
import { formatEmployment, formatFigure, formatPercent } from '../../../shared/format'
import { jobZoneTitle } from '../../../shared/jobzone'
import { comparedHomeAreas, homeAreaMedianCell } from '../../../shared/local-wages'
import { growthBand } from '../../../shared/outlook'
import type { RatingLookup } from './ratings'

function column(p: OccupationProfile): CompareColumn {
  const w = p.wages
  const j = p.projections
  return {
    code: p.code,
    title: p.title,
    jobZone: p.jobZone?.zone ?? null,
    medianWage: w ? (w.hourlyOnly ? w.hourly.median : w.annual.median) : { value: null },
    wageRange: { p10: w?.annual.p10 ?? { value: null }, p90: w?.annual.p90 ?? { value: null } },
    employment: j?.employmentBase ?? null,
    growthPercent: j?.changePercent ?? null,
    outlookPhrase: growthBand(j?.changePercent)?.label ?? null,
    openings: j?.openingsPerYear ?? null,
    brightOutlook: p.outlook.brightOutlook,
    entryEducation: j?.entryEducation ?? null,
    riasecCode: p.riasecCode,
    wageSource: w?.source ?? null,
    projectionSource: j?.source ?? null,
  }
}

const sourcesOf = joinSources

function rows(profiles: OccupationProfile[], cols: CompareColumn[]): CompareRow[] {
  const wageSrc = sourcesOf(cols.map((c) => c.wageSource))
  const projSrc = sourcesOf(cols.map((c) => c.projectionSource))
  const row = (
    id: string,
    label: string,
    cell: (c: CompareColumn, p: OccupationProfile) => string,
    source: string,
  ) => ({
    id,
    label,
    cells: cols.map((c, i) => cell(c, profiles[i]!)),
    source,
  })
  const year = profiles.find((p) => p.projections)?.projections
  const home = homeAreaRows(profiles, row)
  // Beside "Median wage in Ohio", a bare "Median wage" leaves the counselor asking "where?".
  const us = home.length ? ' (U.S.)' : ''
  return [
    row(
      'median-wage',
      `Median wage${us}`,
      (_c, p) => {
        const w = p.wages
        if (!w) return formatFigure(null, 'annual')
        return w.hourlyOnly
          ? `${formatFigure(w.hourly.median, 'hourly')} an hour`
          : `${formatFigure(w.annual.median, 'annual')} a year`
      },
      wageSrc,
    ),
    row(
      'wage-range',
      `Wage range${us} (10th–90th percentile)`,
      (_c, p) => {
        const w = p.wages
        if (!w || w.hourlyOnly) return formatFigure(null, 'annual')
        return `${formatFigure(w.annual.p10, 'annual')} – ${formatFigure(w.annual.p90, 'annual')}`
      },
      wageSrc,
    ),
    ...home,
    row(
      'hourly',
      `Median hourly wage${us}`,
      (_c, p) => formatFigure(p.wages?.hourly.median, 'hourly'),
      wageSrc,
    ),
    row(
      'employment',
      `Employment${year ? `, ${year.baseYear}` : ''}`,
      (c) => formatEmployment(c.employment),
      projSrc,
    ),
    row(
      'growth',
      `Projected growth${year ? `, ${year.baseYear}–${year.projYear}` : ''}`,
      (c) =>
        c.growthPercent === null
          ? formatPercent(null)
          : `${formatPercent(c.growthPercent, { signed: true })} (${c.outlookPhrase?.toLowerCase()})`,
      projSrc,
    ),
    row('openings', 'Job openings a year', (c) => formatEmployment(c.openings), projSrc),
    row(
      'bright',
      'Bright Outlook',
      (c) => (c.brightOutlook ? 'Yes' : 'No'),
      profiles[0]?.outlook.brightRule ?? '',
    ),
    row('education', 'Typical entry education', (c) => c.entryEducation ?? 'not available', projSrc),
    row(
      'job-zone',
      'Job zone',
      (_c, p) => (p.jobZone ? `${p.jobZone.label}: ${jobZoneTitle(p.jobZone.name)}` : 'not available'),
      sourcesOf(profiles.map((p) => p.jobZone?.source)),
    ),
    row(
      'interests',
      'Interest code',
      (c) => c.riasecCode ?? 'not available',
      sourcesOf(profiles.map((p) => p.interests.source)),
    ),
    row(
      'cluster',
      'Career cluster',
      (_c, p) =>
        p.clusters.items
          .map((x) => x.cluster)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join('; ') || 'not available',
      sourcesOf(profiles.map((p) => p.clusters.source)),
    ),
  ]
}

/**
 * "Median wage in Ohio" (and in the home metro area) beside the national median, one row per
 * home area. Where BLS published nothing for the area the cell says so and gives the national
 * median: never an estimate.
 */
function homeAreaRows(
  profiles: OccupationProfile[],
  row: (
    id: string,
    label: string,
    cell: (c: CompareColumn, p: OccupationProfile) => string,
    source: string,
  ) => CompareRow,
): CompareRow[] {
  return comparedHomeAreas(profiles).map(({ area, of }) =>
    row(
      `median-wage-${area.code}`,
      `Median wage in ${area.title}`,
      (_c, p) => homeAreaMedianCell(of(p), p.wages),
      sourcesOf(profiles.map((p) => of(p)?.source)),
    ),
  )
}

const OVERLAP_TOP = 10
const CHART_SHARED = 8

function overlap(
  profiles: OccupationProfile[],
  domain: 'skills' | 'knowledge',
  lookup: RatingLookup,
): ComparisonOverlap {
  const sections = profiles.map((p) => p.ratings.find((r) => r.domain === domain))
  const label = domain === 'skills' ? 'skills' : 'knowledge'
  if (sections.every((s) => !s || s.status === 'not-in-pack'))
    return {
      domain,
      shared: [],
      distinct: profiles.map(() => []),
      message: `${domain === 'skills' ? 'Skills' : 'Knowledge'} ratings are not in this data pack.`,
    }
  const tops = sections.map((s) => (s?.items ?? []).slice(0, OVERLAP_TOP))
  const unrated = profiles.filter((_p, i) => sections[i]?.status !== 'rated').map((p) => p.title)
  const counts = new Map<string, number>()
  for (const t of tops) for (const e of t) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  const sharedNames = [...counts].filter(([, n]) => n >= 2).map(([name]) => name)
  const idOf = new Map(tops.flat().map((e) => [e.name, e.id]))
  // Each career's own rating, read from its whole list: an element outside one career's top ten
  // is still rated, and only an element the pack has no rating for is "not available".
  const full = profiles.map((p) => lookup(p.code, domain))
  const importanceOf = (i: number, name: string) =>
    full[i]!.get(idOf.get(name)!) ?? sections[i]?.items.find((e) => e.name === name)?.importance ?? null
  const shared = sharedNames
    .map((name) => ({ name, importance: profiles.map((_p, i) => importanceOf(i, name)) }))
    .sort((a, b) => mean(b.importance) - mean(a.importance))
  return {
    domain,
    shared,
    distinct: tops.map((t) =>
      t
        .filter((e) => !sharedNames.includes(e.name))
        .map((e) => e.name)
        .slice(0, 5),
    ),
    message: unrated.length ? `O*NET has not rated ${label} for: ${unrated.join(', ')}.` : null,
  }
}

function mean(xs: (number | null)[]): number {
  const v = xs.filter((x): x is number => x !== null)
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0
}

/** `lookup` gives each career's whole rating list (`ratingLookup(db)`), not just its top ten. */
export function buildComparison(profiles: OccupationProfile[], lookup: RatingLookup): Comparison {
  const cols = profiles.map(column)
  const series = profiles.map((p, i) => ({ key: `c${i}`, label: p.title }))
  const projSrc = sourcesOf(cols.map((c) => c.projectionSource))
  const overlaps = [overlap(profiles, 'skills', lookup), overlap(profiles, 'knowledge', lookup)]
  const overlapChart = (o: ComparisonOverlap) => {
    if (o.shared.length === 0) return null
    const top = o.shared.slice(0, CHART_SHARED)
    const src = sourcesOf(profiles.map((p) => p.ratings.find((r) => r.domain === o.domain)?.source))
    return barChart({
      id: `overlap-${o.domain}`,
      title: `${o.domain === 'skills' ? 'Skills' : 'Knowledge'} the careers share (importance, 1–5)`,
      source: src,
      categories: top.map((s) => s.name),
      series,
      values: profiles.map((_p, i) => top.map((s) => s.importance[i] ?? null)),
      format: 'score',
      fixedMax: 5,
      axisLabel: 'Importance',
    })
  }
  const eduCats = [
    ...new Set(
      profiles.flatMap((p) => p.education.items.filter((e) => e.percent > 0).map((e) => e.category)),
    ),
  ].sort((a, b) => a - b)
  const eduName = (c: number) =>
    profiles.flatMap((p) => p.education.items).find((e) => e.category === c)?.name ?? String(c)
  return {
    columns: cols,
    rows: rows(profiles, cols),
    charts: {
      wages: wageRangeChart(
        profiles.map((p) => ({ label: p.title, wages: p.wages })),
        'annual',
        'compare-wages',
      ) ?? {
        kind: 'range',
        id: 'compare-wages',
        title: 'Annual wages (10th to 90th percentile)',
        source: '',
        alt: 'No wage figures for these careers.',
        rows: [],
        axis: { min: 0, max: 1, ticks: [0, 1], format: 'currency' },
      },
      growth: barChart({
        id: 'compare-growth',
        title: 'Projected employment growth',
        source: projSrc,
        categories: profiles.map((p) => p.title),
        series: [{ key: 'growth', label: 'Projected growth' }],
        values: [cols.map((c) => c.growthPercent)],
        format: 'percent',
        axisLabel: 'Percent change',
      }),
      openings: barChart({
        id: 'compare-openings',
        title: 'Job openings a year',
        source: projSrc,
        categories: profiles.map((p) => p.title),
        series: [{ key: 'openings', label: 'Openings a year' }],
        values: [cols.map((c) => c.openings)],
        format: 'number',
        axisLabel: 'Openings',
      }),
      interests: interestsChart(
        profiles.map((p) => ({
          label: p.title,
          scores: Object.fromEntries(p.interests.items.map((i) => [i.area, i.score])),
        })),
        sourcesOf(profiles.map((p) => p.interests.source)),
      ),
      skills: overlapChart(overlaps[0]!),
      knowledge: overlapChart(overlaps[1]!),
      education: eduCats.length
        ? barChart({
            id: 'compare-education',
            title: 'Education level workers say the job needs',
            source: sourcesOf(profiles.map((p) => p.education.source)),
            categories: eduCats.map(eduName),
            series,
            values: profiles.map((p) =>
              eduCats.map((c) => p.education.items.find((e) => e.category === c)?.percent ?? null),
            ),
            format: 'percent',
            axisLabel: 'Share of workers',
          })
        : null,
    },
    overlap: overlaps,
    packName: profiles[0]?.packName ?? '',
  }
}
