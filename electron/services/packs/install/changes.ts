import type { FieldChange, SavedCareerChange } from '../../../../shared/domain/packs'
import { formatMoney, formatPercent } from '../../../../shared/format'
import type { DB } from '../../db/open'

/** What the report compares for one occupation in one pack. */
interface OccFacts {
  title: string
  jobZone: number | null
  median: number | null
  growth: number | null
  riasec: string | null
  scores: Map<string, number>
}

/** Median wage moves smaller than this are BLS noise, not news for a student. */
const WAGE_THRESHOLD = 0.05
const INTEREST_THRESHOLD = 0.5

function factsReader(db: DB) {
  const occ = db.prepare(
    `SELECT o.title, o.job_zone AS jobZone, o.riasec_code AS riasec, w.a_median AS median, p.change_pct AS growth
       FROM occupations o LEFT JOIN wages w ON w.code = o.code LEFT JOIN projections p ON p.code = o.code
      WHERE o.code = ?`,
  )
  const interests = db.prepare('SELECT area, score FROM interests WHERE code = ?')
  const cache = new Map<string, OccFacts | null>()
  return (code: string): OccFacts | null => {
    if (cache.has(code)) return cache.get(code) ?? null
    const row = occ.get(code) as Omit<OccFacts, 'scores'> | undefined
    const facts = row
      ? {
          ...row,
          scores: new Map(
            (interests.all(code) as { area: string; score: number }[]).map((r) => [r.area, r.score]),
          ),
        }
      : null
    cache.set(code, facts)
    return facts
  }
}

export interface SavedCareer {
  studentId: number
  studentName: string
  code: string
  title: string
}

/**
 * Compares each saved career in the old and new catalog. A code the new pack drops is
 * followed through the new pack's code_links (O*NET's taxonomy crosswalk); without a link the
 * saved code and title are kept and the career is flagged "removed".
 */
export function diffSavedCareers(saved: SavedCareer[], oldDb: DB | null, newDb: DB): SavedCareerChange[] {
  const before = oldDb ? factsReader(oldDb) : () => null
  const after = factsReader(newDb)
  const links = newDb.prepare(
    'SELECT l.new_code AS code, o.title FROM code_links l JOIN occupations o ON o.code = l.new_code WHERE l.old_code = ? ORDER BY l.new_code',
  )
  const out: SavedCareerChange[] = []
  for (const s of saved) {
    const base = { studentId: s.studentId, studentName: s.studentName, code: s.code, savedTitle: s.title }
    const now = after(s.code)
    if (!now) {
      const replacements = links.all(s.code) as { code: string; title: string }[]
      out.push({ ...base, kind: replacements.length ? 'replaced' : 'removed', replacements, changes: [] })
      continue
    }
    const was = before(s.code)
    const changes = compare(was, now, s.title)
    if (!changes.length) continue
    const renamed = changes.some((c) => c.field === 'title')
    out.push({ ...base, kind: renamed ? 'renamed' : 'changed', replacements: [], changes })
  }
  return out
}

function compare(was: OccFacts | null, now: OccFacts, savedTitle: string): FieldChange[] {
  const changes: FieldChange[] = []
  const oldTitle = was?.title ?? savedTitle
  if (oldTitle !== now.title)
    changes.push({ field: 'title', label: 'Title', before: oldTitle, after: now.title })
  if (!was) return changes
  if (was.jobZone !== now.jobZone)
    changes.push({
      field: 'job_zone',
      label: 'Job zone',
      before: zone(was.jobZone),
      after: zone(now.jobZone),
    })
  if (wageMoved(was.median, now.median))
    changes.push({
      field: 'median_wage',
      label: 'Median wage',
      before: formatMoney(was.median),
      after: `${formatMoney(now.median)}${was.median && now.median ? ` (${formatPercent(((now.median - was.median) / was.median) * 100, { signed: true })})` : ''}`,
    })
  if (round1(was.growth) !== round1(now.growth))
    changes.push({
      field: 'growth',
      label: 'Projected growth',
      before: formatPercent(was.growth, { signed: true }),
      after: formatPercent(now.growth, { signed: true }),
    })
  if (interestsMoved(was, now))
    changes.push({ field: 'interests', label: 'Interest profile', before: profile(was), after: profile(now) })
  return changes
}

function wageMoved(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b
  return a === 0 ? b !== 0 : Math.abs(b - a) / a > WAGE_THRESHOLD
}

function interestsMoved(a: OccFacts, b: OccFacts): boolean {
  if ((a.riasec ?? '') !== (b.riasec ?? '')) return true
  for (const area of 'RIASEC') {
    const x = a.scores.get(area)
    const y = b.scores.get(area)
    if (x === undefined || y === undefined) {
      if (x !== y) return true
    } else if (Math.abs(x - y) >= INTEREST_THRESHOLD) return true
  }
  return false
}

const AREA_NAMES: Record<string, string> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
}

function profile(f: OccFacts): string {
  const top = [...f.scores.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3)
  if (!top.length) return 'not available'
  const code = f.riasec ?? top.map(([a]) => a).join('')
  return `${code} (${top.map(([a, s]) => `${AREA_NAMES[a] ?? a} ${s.toFixed(1)}`).join(', ')})`
}

const zone = (z: number | null) => (z === null ? 'not available' : `Job Zone ${z}`)
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)
