import type { OccupationProfile } from '../../../../shared/domain/catalog'
import type { Match } from '../../../../shared/domain/interests'
import { jobZoneLabel, jobZoneTitle } from '../../../../shared/jobzone'
import type { ServiceContext } from '../../context'
import { matchStudentByZone } from '../../interests/match'
import { chainHead } from '../../students/disclosures'
import { profileOrNull } from '../output'
import { loadStudent, type StudentFacts } from './student'

export interface CareerEntry {
  title: string
  code: string
  status: string
  profile: OccupationProfile | null
}

/** Everything the career report prints, gathered before any drawing starts. */
export interface StudentReportData {
  student: StudentFacts
  careers: CareerEntry[]
  matches: {
    /** The best few per job zone, least preparation first (only the chosen zones, if any). */
    groups: MatchGroup[]
    /** Job zones chosen for this print; empty: every zone. */
    zones: number[]
    note: string | null
    source: string
  } | null
  recipient: string
  purpose: string
  counselor: string | null
  /** The newest link of the student's disclosure chain when printed: a paper anchor for the log. */
  chainHead: { seq: number; hash: string } | null
}

export interface MatchGroup {
  zone: number
  /** As every screen names the zone: "Job Zone 3: Medium Preparation Needed". */
  name: string
  items: (Match & { medianWage: number | null })[]
}

/** Matches per job zone: a few at every level; more when the counselor chose one or two levels. */
const PER_ZONE = 3
const MATCHES = 6

export function gatherStudentReport(
  ctx: ServiceContext,
  input: {
    studentId: number
    recipient: string
    purpose: string
    zones?: number[]
    counselor?: string | null
  },
  profiles = new Map<string, OccupationProfile | null>(),
): StudentReportData {
  const student = loadStudent(ctx.clients, input.studentId)
  // Profiles are cached per run: a batch of a class prints the same careers many times.
  const profile = (code: string) => {
    if (!profiles.has(code)) profiles.set(code, profileOrNull(ctx, code))
    return profiles.get(code) ?? null
  }
  const careers = student.saved
    .filter((s) => s.status !== 'set_aside')
    .map((s) => ({ title: s.title, code: s.code, status: s.status, profile: profile(s.code) }))
  let matches: StudentReportData['matches'] = null
  if (student.interests) {
    const zones = [...new Set(input.zones ?? [])]
    const perZone = zones.length ? Math.max(PER_ZONE, Math.ceil(MATCHES / zones.length)) : PER_ZONE
    const r = matchStudentByZone(ctx, { studentId: student.id, zones, perZone })
    if (r.kind === 'ranked')
      matches = {
        groups: r.groups.map((g) => ({
          zone: g.zone,
          name: zoneName(ctx, g.zone, g.covers),
          items: g.matches.map((m) => ({ ...m, medianWage: medianWage(ctx, m.code) })),
        })),
        zones: r.selectedZones,
        note: r.caution,
        source: r.source,
      }
    else matches = { groups: [], zones: [], note: r.message, source: '' }
  }
  return {
    student,
    careers,
    matches,
    recipient: input.recipient,
    purpose: input.purpose,
    counselor: input.counselor ?? null,
    chainHead: chainHead(ctx.clients, input.studentId),
  }
}

function zoneName(ctx: ServiceContext, zone: number, covers: number[]): string {
  const r = ctx.catalog.get().prepare('SELECT name FROM job_zone_reference WHERE zone = ?').get(zone) as
    | { name: string }
    | undefined
  const title = r ? jobZoneTitle(r.name) : ''
  return title ? `${jobZoneLabel(zone, covers)}: ${title}` : jobZoneLabel(zone, covers)
}

/** Just the median for a match row: a whole profile per match would double the report's cost. */
function medianWage(ctx: ServiceContext, code: string): number | null {
  const r = ctx.catalog.get().prepare('SELECT a_median, flags FROM wages WHERE code = ?').get(code) as
    | { a_median: number | null; flags: string | null }
    | undefined
  // A median BLS suppressed is "not available", whatever number the row may still carry.
  if (!r || /"a_median"\s*:\s*"suppressed"/.test(r.flags ?? '')) return null
  return r.a_median
}
