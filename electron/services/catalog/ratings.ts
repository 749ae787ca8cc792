import {
  RATING_DOMAIN_LABELS,
  RATING_DOMAINS,
  type RatedElement,
  type RatingDomain,
  type RatingSection,
} from '../../../shared/domain/catalog'
import type { DB } from '../db/open'
import { statements } from '../db/statements'
import { type PackMeta, packMeta } from './pack-meta'

/** How many elements a profile lists per domain (the screen and PDF show the top five first). */
export const TOP_RATED = 10

type Row = {
  domain: string
  element_id: string
  element_name: string
  importance: number | null
  level: number | null
  total: number
}

/**
 * One query for all six domains: each domain's top elements and its rated count. Importance
 * ranks; level breaks ties so equal-importance items read from most to least demanding.
 */
const TOP_SQL = `SELECT domain, element_id, element_name, importance, level, total FROM (
     SELECT domain, element_id, element_name, importance, level,
       COUNT(*) OVER (PARTITION BY domain) AS total,
       ROW_NUMBER() OVER (PARTITION BY domain ORDER BY importance DESC, level DESC, element_name) AS n
     FROM ratings WHERE code = ? AND importance IS NOT NULL)
   WHERE n <= ${TOP_RATED} ORDER BY domain, n`

function section(meta: PackMeta, domain: RatingDomain, rows: Row[]): RatingSection {
  const label = RATING_DOMAIN_LABELS[domain]
  const info = meta.domains.get(domain)
  if (!info || !meta.present.has('ratings')) {
    return {
      domain,
      label,
      status: 'not-in-pack',
      message: `${label} ratings are not in this data pack.`,
      items: [],
      total: 0,
      importanceScale: null,
      levelScale: null,
      source: null,
    }
  }
  const items: RatedElement[] = rows.map((r) => ({
    id: r.element_id,
    name: r.element_name,
    importance: r.importance,
    level: r.level,
  }))
  return {
    domain,
    label,
    status: items.length ? 'rated' : 'not-rated',
    message: items.length ? null : `O*NET has not rated this occupation for ${label.toLowerCase()}.`,
    items,
    total: rows[0]?.total ?? 0,
    importanceScale: info.importanceScale,
    levelScale: info.levelScale,
    source: `${info.release} (${label})`,
  }
}

export function ratingSections(db: DB, meta: PackMeta, code: string): RatingSection[] {
  const rows =
    meta.present.has('ratings') && meta.domains.size ? (statements(db)(TOP_SQL).all(code) as Row[]) : []
  return RATING_DOMAINS.map((d) =>
    section(
      meta,
      d,
      rows.filter((r) => r.domain === d),
    ),
  )
}

/** Every rated element's importance for one occupation and domain, keyed by element id. */
export type RatingLookup = (code: string, domain: RatingDomain) => ReadonlyMap<string, number>

/**
 * The whole rating list (not just a profile's top ten), so a comparison can show each career's own
 * importance for an element that sits outside its top ten instead of calling it missing.
 */
export function ratingLookup(db: DB): RatingLookup {
  const meta = packMeta(db)
  if (!meta.present.has('ratings') || meta.domains.size === 0) return () => new Map()
  const stmt = statements(db)(
    'SELECT element_id, importance FROM ratings WHERE code = ? AND domain = ? AND importance IS NOT NULL',
  )
  return (code, domain) =>
    new Map(
      (stmt.all(code, domain) as { element_id: string; importance: number }[]).map((r) => [
        r.element_id,
        r.importance,
      ]),
    )
}
