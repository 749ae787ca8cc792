import { attribution } from '../../../../shared/attribution'
import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { formatFigure, formatNumber, formatPercent, NOT_AVAILABLE } from '../../../../shared/format'
import type { Paper } from '../kit/doc'
import type { Flow } from '../kit/flow'
import type { Cell } from '../kit/table'
import { accent, faint, muted, size } from '../kit/theme'

export interface ReportEnv {
  paper: Paper
  fontsDir: string
  now: Date
  /** A preview is marked on every page; it is not a copy to hand out (nothing is logged). */
  preview?: boolean
  /** Tagged PDF (default); false only for the benchmark's untagged peer. */
  tagged?: boolean
}

/** The big title at the top of a report's first page. */
export function titleBlock(flow: Flow, kicker: string, title: string, lines: string[]): void {
  const doc = flow.doc
  flow.artifact(() => doc.rect(0, 0, doc.page.width, 8).fill(accent))
  flow.y = doc.page.margins.top - 20
  flow.y += flow.textAt(kicker.toUpperCase(), flow.left, flow.y, flow.width, {
    size: size.small,
    bold: true,
    color: accent,
  })
  flow.y += 2
  flow.y += flow.tag('H1', () =>
    flow.textAt(title, flow.left, flow.y, flow.width, { size: size.title, bold: true, lineGap: 0 }),
  )
  flow.y += 2
  for (const l of lines)
    flow.y += flow.textAt(l, flow.left, flow.y, flow.width, { size: size.body + 0.5, color: muted })
  flow.y += 8
  flow.hr()
  flow.y += 4
}

const zoneShort = (p: OccupationProfile) => p.jobZone?.label ?? NOT_AVAILABLE

/** "Job Zone Three: Medium Preparation Needed" → "Medium preparation needed". */
export function zoneName(p: OccupationProfile): string {
  const n = p.jobZone?.name.replace(/^Job Zone [^:]*:\s*/, '') ?? ''
  return n ? n[0]! + n.slice(1).toLowerCase() : ''
}

export function wageRangeText(p: OccupationProfile): string {
  const a = p.wages?.annual
  if (!a || p.wages?.hourlyOnly) return p.wages?.hourlyOnly ? 'hourly wages only' : ''
  return `${formatFigure(a.p10, 'annual')} – ${formatFigure(a.p90, 'annual')}`
}

/** Median pay as BLS publishes it: yearly, or hourly where BLS gives hourly wages only. */
export function medianText(p: OccupationProfile): string {
  if (!p.wages) return NOT_AVAILABLE
  return p.wages.hourlyOnly
    ? `${formatFigure(p.wages.hourly.median, 'hourly')}/hr`
    : formatFigure(p.wages.annual.median, 'annual')
}

export const KEY_COLUMNS = [
  { header: 'Career', width: 2.5 },
  { header: 'Median yearly pay', width: 1.5, align: 'right' as const },
  { header: 'Job growth', width: 1.25, align: 'right' as const },
  { header: 'Openings / year', width: 1, align: 'right' as const },
  { header: 'Typical entry education', width: 1.6 },
  { header: 'Job zone', width: 1.2 },
]

/** One row of key facts per career; a code missing from the pack says so instead of guessing. */
export function keyRow(title: string, code: string, p: OccupationProfile | null): Cell[] {
  if (!p)
    return [
      { text: title, sub: `${code} · not in the installed data pack`, bold: true },
      '',
      '',
      '',
      '',
      '',
    ].map((c) => (typeof c === 'string' ? { text: c } : c))
  const pr = p.projections
  return [
    { text: p.title, sub: p.code, bold: true },
    { text: medianText(p), sub: wageRangeText(p), bold: true },
    { text: formatPercent(pr?.changePercent, { signed: true }), sub: p.outlook.phrase ?? '' },
    { text: formatNumber(pr?.openingsPerYear) },
    { text: pr?.entryEducation ?? NOT_AVAILABLE },
    { text: zoneShort(p), sub: zoneName(p) },
  ]
}

/** The O*NET and BLS credits every report ends with; the release lines beside them name the versions. */
const credits = attribution([], 'report')
export const ATTRIBUTION = `${credits.onet} ${credits.bls}`

/** Releases the printed figures came from: one line per release, naming what it supplied. */
export function sourceLines(profiles: OccupationProfile[]): string[] {
  const byRelease = new Map<string, Set<string>>()
  const add = (release: string, what: string) => {
    const set = byRelease.get(release) ?? new Set<string>()
    set.add(what)
    byRelease.set(release, set)
  }
  for (const p of profiles) {
    if (p.wages) add(`BLS ${p.wages.release.replace(/^BLS /, '')}`, 'wages')
    if (p.projections)
      add(`BLS ${p.projections.release.replace(/^BLS /, '')}`, 'employment, growth and openings')
    for (const s of p.sources)
      if (!/^(wages|projections|bls_totals)$/.test(s.table)) add(s.release, s.section.toLowerCase())
  }
  return [...byRelease].map(([release, what]) => `${release}: ${[...what].join(', ')}`)
}

/** The one-line version for a page footnote: just the releases. */
export function releaseLine(profiles: OccupationProfile[]): string {
  return `Sources: ${sourceLines(profiles)
    .map((l) => l.slice(0, l.indexOf(':')))
    .join('; ')}.`
}

export function smallPrint(flow: Flow, text: string): void {
  flow.ensure(flow.measure(text, flow.width, { size: size.tiny }) + 4)
  flow.y += flow.textAt(text, flow.left, flow.y, flow.width, { size: size.tiny, color: faint })
  flow.y += 4
}
