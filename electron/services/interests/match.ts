import type { Match, MatchExplanation, MatchProfileRef, MatchResult } from '../../../shared/domain/interests'
import { UserError } from '../../../shared/errors'
import { AREA_INFO, AREAS, type Area, fitLabel, formatR, profileShape } from '../../../shared/riasec'
import { localMedians } from '../catalog/local'
import type { ServiceContext } from '../context'
import { homeAreaFor } from '../settings/home-area'
import { matchIndexFor } from './catalog-index'
import { pickProfile } from './profiles'
import { expandZones, matchAt, rankAll } from './rank'

function profileRef(ctx: ServiceContext, studentId: number, profileId?: number): MatchProfileRef | null {
  const p = pickProfile(ctx.clients, studentId, profileId)
  return p && { id: p.id, takenOn: p.takenOn, source: p.source, scores: p.scores, highPoint: p.highPoint }
}

export function matchStudent(
  ctx: ServiceContext,
  input: { studentId: number; profileId?: number; zones?: number[]; limit: number },
): MatchResult {
  const profile = profileRef(ctx, input.studentId, input.profileId)
  const index = matchIndexFor(ctx.catalog)
  const zones = index.zoneOptions
  if (!profile) {
    return {
      kind: 'no-profile',
      message:
        'No interests are recorded for this student yet. Enter Interest Profiler scores or a Holland code, or take the quick interest check.',
      zones,
    }
  }
  const shape = profileShape(profile.scores)
  if (shape.kind === 'flat') return { kind: 'flat', message: shape.message, profile, zones }
  const chosen = input.zones && input.zones.length > 0 ? [...new Set(input.zones)].sort() : []
  const ranking = rankAll(index, profile.scores, chosen.length > 0 ? expandZones(chosen, zones) : null)!
  return {
    kind: 'ranked',
    profile,
    caution: shape.kind === 'low-spread' ? shape.message : null,
    zones,
    selectedZones: chosen,
    considered: ranking.considered,
    bandCounts: ranking.bandCounts,
    matches: withLocalMedians(
      ctx,
      ranking.order.slice(0, input.limit).map((k) => matchAt(index, k, ranking.r[k]!, profile.highPoint)),
    ),
    source: index.source,
  }
}

/** The home area's median beside each match (Settings › Home area), from the installed pack. */
function withLocalMedians(ctx: ServiceContext, matches: Match[]): Match[] {
  const local = localMedians(ctx.catalog.get(), homeAreaFor(ctx))
  if (!local) return matches
  return matches.map((m) => ({
    ...m,
    localMedianWage: local.medians.get(m.code)?.value ?? null,
    localMedianWageFlag: local.medians.get(m.code)?.flag ?? null,
    localArea: local.area.title,
    localSource: local.source,
  }))
}

const names = (areas: readonly Area[]) => {
  const n = areas.map((a) => AREA_INFO[a].name)
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`
}

export function explainMatch(
  ctx: ServiceContext,
  input: { studentId: number; profileId?: number; code: string },
): MatchExplanation {
  const profile = profileRef(ctx, input.studentId, input.profileId)
  if (!profile) {
    throw new UserError(
      'NOT_FOUND',
      'No interests are recorded for this student yet.',
      'Record the student’s interests on the Interests tab first.',
    )
  }
  const shape = profileShape(profile.scores)
  if (shape.kind === 'flat') throw new UserError('VALIDATION', shape.message)
  const index = matchIndexFor(ctx.catalog)
  const ranking = rankAll(index, profile.scores, null)!
  const k = index.codes.indexOf(input.code)
  if (k < 0) {
    throw new UserError(
      'NOT_FOUND',
      `The installed data pack has no interest ratings for ${input.code}, so its fit cannot be worked out.`,
      'Choose another career, or install a newer data pack.',
    )
  }
  const match = matchAt(index, k, ranking.r[k]!, profile.highPoint)
  const rank = ranking.order.indexOf(k) + 1
  const r = formatR(match.r)
  const sentences = [
    `The correlation is ${r} (${fitLabel(match.band)}). It measures how closely the ups and downs of the student’s six scores follow this career’s six interest ratings; 1.00 would be the same shape.`,
    match.shared.length > 0
      ? `Shared high points: ${names(match.shared)}. These are among the student’s top areas and this career’s main interest areas.`
      : `No high-point areas in common: the student’s top areas are ${names(profile.highPoint)}, this career’s are ${names(match.occupationHighPoint)}.`,
    `Out of ${index.size} careers with interest ratings, this one ranks ${rank}.`,
  ]
  const gap = biggestGap(profile.scores, match.ratings)
  if (gap) sentences.push(gap)
  return { profile, match, rank, of: index.size, sentences, source: index.source }
}

/** Names the area where the two shapes differ most, each measured against its own average. */
function biggestGap(student: readonly number[], occupation: readonly number[]): string | null {
  const rel = (v: readonly number[]) => {
    const mean = v.reduce((s, x) => s + x, 0) / v.length
    const spread = Math.max(...v) - Math.min(...v) || 1
    return v.map((x) => (x - mean) / spread)
  }
  const s = rel(student)
  const o = rel(occupation)
  let best = -1
  let size = 0
  for (let j = 0; j < 6; j++) {
    const d = Math.abs(s[j]! - o[j]!)
    if (d > size) [best, size] = [j, d]
  }
  if (best < 0 || size < 0.35) return null
  const a = AREAS[best]!
  return s[best]! > o[best]!
    ? `Biggest difference: ${AREA_INFO[a].name} matters more to the student than this career calls for.`
    : `Biggest difference: this career leans on ${AREA_INFO[a].name} more than the student’s interests do.`
}

export interface ZoneGroup {
  /** The zone number stored on occupations (2 for the merged 1–2 row of 30.2+ packs). */
  zone: number
  covers: number[]
  matches: Match[]
}

/**
 * The best few matches at each level of preparation (job zone), least preparation first: a
 * student sees careers reachable after high school beside the ones that need a degree, instead
 * of whichever zone happens to fit the profile best. `zones` (chosen levels) keeps only those.
 */
export function matchStudentByZone(
  ctx: ServiceContext,
  input: { studentId: number; zones?: number[]; perZone: number },
):
  | Exclude<MatchResult, { kind: 'ranked' }>
  | (Extract<MatchResult, { kind: 'ranked' }> & { groups: ZoneGroup[] }) {
  const all = matchStudent(ctx, { studentId: input.studentId, zones: input.zones, limit: 0 })
  if (all.kind !== 'ranked') return all
  const index = matchIndexFor(ctx.catalog)
  const ranking = rankAll(index, all.profile.scores, null)!
  const chosen = all.selectedZones.length ? expandZones(all.selectedZones, index.zoneOptions) : null
  const groups: ZoneGroup[] = index.zoneOptions
    .filter((o) => o.occupations > 0 && (!chosen || chosen.has(o.zone)))
    .map((o) => ({ zone: o.zone, covers: o.covers, matches: [] }))
  const byZone = new Map(groups.map((g) => [g.zone, g]))
  let left = groups.length
  for (const k of ranking.order) {
    const g = byZone.get(index.jobZones[k]!)
    if (!g || g.matches.length >= input.perZone) continue
    g.matches.push(matchAt(index, k, ranking.r[k]!, all.profile.highPoint))
    if (g.matches.length === input.perZone && --left === 0) break
  }
  for (const g of groups) g.matches = withLocalMedians(ctx, g.matches)
  return { ...all, matches: groups.flatMap((g) => g.matches), groups: groups.filter((g) => g.matches.length) }
}
