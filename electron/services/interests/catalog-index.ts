import type { JobZoneOption } from '../../../shared/domain/interests'
import { UserError } from '../../../shared/errors'
import { jobZoneLabel } from '../../../shared/jobzone'
import { AREAS, type Six } from '../../../shared/riasec'
import type { CatalogHolder } from '../catalog/holder'
import type { DB } from '../db/open'
import { buildMatchIndex, type MatchIndex, type RatedOccupation } from './rank'

// One index per installed catalog; a pack swap bumps the holder's version and the next call rebuilds.
const cache = new WeakMap<CatalogHolder, { version: number; index: MatchIndex }>()

export function matchIndexFor(holder: CatalogHolder): MatchIndex {
  const hit = cache.get(holder)
  if (hit && hit.version === holder.version) return hit.index
  const index = loadMatchIndex(holder.get())
  cache.set(holder, { version: holder.version, index })
  return index
}

export function loadMatchIndex(db: DB): MatchIndex {
  const rows = db
    .prepare(
      `SELECT o.code, o.title, o.job_zone AS jobZone, o.riasec_code AS highPoint, o.bright_outlook AS bright,
              w.a_median AS medianWage, i.area, i.score
         FROM interests i JOIN occupations o ON o.code = i.code LEFT JOIN wages w ON w.code = o.code
        ORDER BY o.code`,
    )
    .all() as {
    code: string
    title: string
    jobZone: number | null
    highPoint: string | null
    bright: number
    medianWage: number | null
    area: string
    score: number
  }[]
  const byCode = new Map<string, RatedOccupation & { seen: number }>()
  for (const row of rows) {
    let o = byCode.get(row.code)
    if (!o) {
      o = {
        code: row.code,
        title: row.title,
        jobZone: row.jobZone,
        highPoint: row.highPoint,
        medianWage: row.medianWage,
        brightOutlook: row.bright === 1,
        ratings: [0, 0, 0, 0, 0, 0],
        seen: 0,
      }
      byCode.set(row.code, o)
    }
    const j = AREAS.indexOf(row.area as (typeof AREAS)[number])
    if (j >= 0) {
      o.ratings[j] = row.score
      o.seen |= 1 << j
    }
  }
  // An occupation missing any of the six ratings cannot be correlated fairly, so it is left out.
  const rated = [...byCode.values()].filter((o) => o.seen === 0b111111)
  if (rated.length === 0) {
    throw new UserError(
      'NOT_FOUND',
      'The installed data pack has no interest ratings, so careers cannot be matched to interests.',
      'Import a data pack built from an O*NET release that includes the Interests file (Data & About screen).',
    )
  }
  const release = (
    db.prepare("SELECT release FROM table_sources WHERE table_name = 'interests'").get() as
      | { release: string }
      | undefined
  )?.release
  return buildMatchIndex(
    rated.map(({ seen: _seen, ...o }) => ({ ...o, ratings: o.ratings as Six })),
    zoneOptions(db, rated),
    release ? `${release} interest ratings` : 'O*NET interest ratings',
  )
}

function zoneOptions(db: DB, rated: RatedOccupation[]): JobZoneOption[] {
  const counts = new Map<number, number>()
  for (const o of rated) if (o.jobZone) counts.set(o.jobZone, (counts.get(o.jobZone) ?? 0) + 1)
  const ref = db.prepare('SELECT zone, name, covers_zones FROM job_zone_reference ORDER BY zone').all() as {
    zone: number
    name: string
    covers_zones: string
  }[]
  const options: JobZoneOption[] = ref.map((z) => ({
    zone: z.zone,
    label: z.name,
    covers: z.covers_zones
      .split(',')
      .map((x) => Number(x.trim()))
      .filter((x) => Number.isInteger(x) && x > 0),
    occupations: counts.get(z.zone) ?? 0,
  }))
  // Zones used by occupations but missing from the reference still need a choice.
  for (const [zone, n] of counts) {
    if (!options.some((o) => o.zone === zone))
      options.push({ zone, label: `Job Zone ${zone}`, covers: [zone], occupations: n })
  }
  for (const o of options) {
    if (o.covers.length === 0) o.covers = [o.zone]
    o.label = jobZoneLabel(o.zone, o.covers)
  }
  return options.sort((a, b) => a.zone - b.zone)
}
