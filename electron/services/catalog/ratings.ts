import type { Statement } from 'better-sqlite3'
import {
  RATING_DOMAIN_LABELS,
  RATING_DOMAINS,
  type RatedElement,
  type RatingDomain,
  type RatingSection,
} from '../../../shared/domain/catalog'
import type { DB } from '../db/open'
import type { PackMeta } from './pack-meta'

/** How many elements a profile lists per domain (the screen and PDF show the top five first). */
export const TOP_RATED = 10

type Row = { element_id: string; element_name: string; importance: number | null; level: number | null }

const stmts = new WeakMap<DB, { top: Statement<unknown[]>; total: Statement<unknown[]> }>()

function statements(db: DB) {
  let s = stmts.get(db)
  if (!s) {
    s = {
      // Importance ranks; level breaks ties so equal-importance items read from most to least demanding.
      top: db.prepare(
        `SELECT element_id, element_name, importance, level FROM ratings
         WHERE code = ? AND domain = ? AND importance IS NOT NULL
         ORDER BY importance DESC, level DESC, element_name LIMIT ${TOP_RATED}`,
      ),
      total: db.prepare(
        'SELECT COUNT(*) AS n FROM ratings WHERE code = ? AND domain = ? AND importance IS NOT NULL',
      ),
    }
    stmts.set(db, s)
  }
  return s
}

export function ratingSection(db: DB, meta: PackMeta, code: string, domain: RatingDomain): RatingSection {
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
  const s = statements(db)
  const rows = s.top.all(code, domain) as Row[]
  const items: RatedElement[] = rows.map((r) => ({
    id: r.element_id,
    name: r.element_name,
    importance: r.importance,
    level: r.level,
  }))
  const total =
    items.length < TOP_RATED ? items.length : Number((s.total.get(code, domain) as { n: number }).n)
  return {
    domain,
    label,
    status: items.length ? 'rated' : 'not-rated',
    message: items.length ? null : `O*NET has not rated this occupation for ${label.toLowerCase()}.`,
    items,
    total,
    importanceScale: info.importanceScale,
    levelScale: info.levelScale,
    source: `${info.release} (${label})`,
  }
}

export function ratingSections(db: DB, meta: PackMeta, code: string): RatingSection[] {
  return RATING_DOMAINS.map((d) => ratingSection(db, meta, code, d))
}
