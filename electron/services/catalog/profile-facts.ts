import type {
  JobZoneInfo,
  KeyFact,
  OutlookSummary,
  OverviewFigure,
  ProjectionFigures,
  WageFigures,
} from '../../../shared/domain/catalog'
import { formatEmployment, formatFigure, formatPercent } from '../../../shared/format'
import { jobZoneLabel, jobZoneTitle } from '../../../shared/jobzone'
import { brightOutlookReasons, growthBand, outlookSentence } from '../../../shared/outlook'
import type { JobZoneRef, PackMeta } from './pack-meta'

/** Lower-cases a BLS category for use mid-sentence, leaving acronyms ("GED") alone. */
function midSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s
}

export function outlookSummary(meta: PackMeta, p: ProjectionFigures | null, bright: boolean): OutlookSummary {
  return {
    changePercent: p?.changePercent ?? null,
    allOccupationsPercent: meta.allGrowthPercent,
    phrase: growthBand(p?.changePercent)?.label.toLowerCase() ?? null,
    brightOutlook: bright,
    brightReasons: bright
      ? brightOutlookReasons(
          p?.changePercent,
          p?.openingsPerYear,
          p ? p.projYear - p.baseYear : 10,
          meta.brightRule,
        )
      : [],
    brightRule: meta.brightRule,
  }
}

export function keyFacts(
  meta: PackMeta,
  w: WageFigures | null,
  p: ProjectionFigures | null,
  outlook: OutlookSummary,
  jz: JobZoneInfo | null,
): KeyFact[] {
  const facts: KeyFact[] = []
  const growth = outlookSentence(
    p?.changePercent,
    meta.allGrowthPercent,
    p ? { from: p.baseYear, to: p.projYear } : undefined,
  )
  if (growth && p)
    facts.push({
      id: 'outlook',
      text: growth,
      source:
        meta.allGrowthRelease && meta.allGrowthPercent !== null
          ? `${p.source}; all occupations: ${meta.allGrowthRelease}`
          : p.source,
    })
  if (p?.entryEducation)
    facts.push({
      id: 'entry-education',
      text: `Typical entry education: ${midSentence(p.entryEducation)}.`,
      source: p.source,
    })
  if (outlook.brightOutlook) {
    const why = outlook.brightReasons.length
      ? `: ${outlook.brightReasons.join('; ').replace(/^./, (c) => c.toLowerCase())}`
      : ''
    facts.push({
      id: 'bright-outlook',
      text: `Bright Outlook occupation${why}. Rule: ${outlook.brightRule.replace(/^Bright Outlook \(O\*NET\): /, '')}`,
      source: p?.source ?? meta.name,
    })
  }
  if (w && w.annual.median.flag !== 'suppressed' && w.annual.median.value !== null && !w.hourlyOnly)
    facts.push({
      id: 'wage',
      text: `Half of workers earned more than ${formatFigure(w.annual.median, 'annual')} a year (${w.release} median).`,
      source: w.source,
    })
  if (jz) facts.push({ id: 'job-zone', text: `${jz.label}: ${jobZoneTitle(jz.name)}.`, source: jz.source })
  return facts
}

export function overviewFigures(w: WageFigures | null, p: ProjectionFigures | null): OverviewFigure[] {
  const out: OverviewFigure[] = []
  if (w) {
    const hourly = w.hourlyOnly
    const median = hourly ? w.hourly.median : w.annual.median
    out.push({
      id: 'median-wage',
      label: hourly ? 'Median hourly wage' : 'Median annual wage',
      value: median.value,
      text: formatFigure(median, hourly ? 'hourly' : 'annual'),
      source: w.source,
    })
  }
  if (p) {
    out.push(
      {
        id: 'employment',
        label: `Employment, ${p.baseYear}`,
        value: p.employmentBase,
        text: formatEmployment(p.employmentBase),
        source: p.source,
      },
      {
        id: 'employment-projected',
        label: `Projected employment, ${p.projYear}`,
        value: p.employmentProjected,
        text: formatEmployment(p.employmentProjected),
        source: p.source,
      },
      {
        id: 'growth',
        label: `Projected growth, ${p.baseYear}–${p.projYear}`,
        value: p.changePercent,
        text: formatPercent(p.changePercent, { signed: true }),
        source: p.source,
      },
      {
        id: 'openings',
        label: 'Job openings a year',
        value: p.openingsPerYear,
        text: formatEmployment(p.openingsPerYear),
        source: p.source,
      },
    )
  }
  return out
}

export function jobZoneInfo(meta: PackMeta, zone: number | null, source: string | null): JobZoneInfo | null {
  if (zone === null) return null
  const ref: JobZoneRef | undefined =
    meta.jobZones.find((z) => z.zone === zone) ?? meta.jobZones.find((z) => z.coversZones.includes(zone))
  if (!ref) return null
  const merged = ref.coversZones.length > 1
  return {
    zone,
    name: ref.name,
    education: ref.education,
    experience: ref.experience,
    training: ref.jobTraining,
    examples: ref.examples,
    svpRange: ref.svpRange,
    coversZones: ref.coversZones,
    label: jobZoneLabel(zone, ref.coversZones),
    mergedNote: merged
      ? `This occupation is in ${jobZoneLabel(zone, ref.coversZones)}: the pack's job zone reference describes zones ${ref.coversZones.join(' and ')} together.`
      : null,
    source: source ?? meta.name,
  }
}
