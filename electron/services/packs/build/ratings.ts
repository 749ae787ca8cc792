import { column, optionalColumn, type RawTable } from '../readers/table'
import type { BuildContext } from './context'
import { insertRows } from './insert-rows'
import { inRange } from './onet-core'
import { getOrInit } from './writer'

/** Scale ranges from O*NET's Scales Reference; a value outside is refused, never clamped. */
const SCALES: Record<string, [number, number]> = { IM: [1, 5], LV: [0, 7], EX: [1, 7], WI: [-3, 3] }

export interface DomainSpec {
  domain: string
  importanceScale: string
  levelScale: string | null
  /** Element ID prefixes kept (e.g. '2.A.' for basic skills). */
  prefixes?: string[]
}

interface Acc {
  code: string
  id: string
  name: string
  importance: number | null
  level: number | null
}

/**
 * Collects one ratings file into (code, element) rows: importance from `importanceScale`, level
 * from `levelScale`. Values O*NET flags "Recommend Suppress = Y" (low precision) are stored as
 * missing, as O*NET OnLine hides them; a level flagged "Not Relevant = Y" is likewise missing.
 */
export function collectRatings(
  ctx: BuildContext,
  t: RawTable,
  spec: DomainSpec,
  into: Map<string, Acc>,
): void {
  const cCode = column(t, ['O*NET-SOC Code'])
  const cEl = column(t, ['Element ID'])
  const cName = column(t, ['Element Name'])
  const cScale = column(t, ['Scale ID'])
  const cVal = column(t, ['Data Value'])
  const cSup = optionalColumn(t, ['Recommend Suppress'])
  const cNr = optionalColumn(t, ['Not Relevant'])
  t.rows.forEach((r, i) => {
    const scale = (r[cScale] ?? '').trim()
    const isImp = scale === spec.importanceScale
    if (!isImp && scale !== spec.levelScale) return
    const id = (r[cEl] ?? '').trim()
    if (spec.prefixes && !spec.prefixes.some((p) => id.startsWith(p))) return
    const code = ctx.code(t, cCode, i)
    const [min, max] = SCALES[scale] ?? [-1e9, 1e9]
    let v = inRange(t, i, cVal, min, max)
    if (cSup >= 0 && (r[cSup] ?? '').trim() === 'Y') v = null
    if (!isImp && cNr >= 0 && (r[cNr] ?? '').trim() === 'Y') v = null
    const key = `${code}\t${id}`
    const a = getOrInit(into, key, () => ({
      code,
      id,
      name: (r[cName] ?? '').trim(),
      importance: null,
      level: null,
    }))
    if (isImp) a.importance = v
    else a.level = v
  })
}

export function writeRatings(ctx: BuildContext, domain: string, rows: Map<string, Acc>): number {
  const cols = ['code', 'domain', 'element_id', 'element_name', 'importance', 'level']
  return insertRows(ctx.db, 'ratings', cols, (ins) => {
    for (const a of rows.values()) ins.run([a.code, domain, a.id, a.name, a.importance, a.level])
  })
}

export function writeRatingDomain(ctx: BuildContext, spec: DomainSpec, release: string): void {
  const rated = ctx.db
    .prepare('SELECT COUNT(DISTINCT code) AS n FROM ratings WHERE domain = ?')
    .get(spec.domain) as { n: number }
  if (rated.n === 0) return
  ctx.db
    .prepare(
      'INSERT INTO rating_domains (domain, release, importance_scale, level_scale, occupations_rated) VALUES (?,?,?,?,?)',
    )
    .run(spec.domain, release, spec.importanceScale, spec.levelScale, rated.n)
}
