import { FIX_OFFICIAL, packInvalid } from '../readers/problem'
import { column, type RawTable } from '../readers/table'
import type { BuildContext } from './context'
import { insertRows } from './insert-rows'
import { inRange } from './onet-core'
import { getOrInit } from './writer'

const AREAS = ['R', 'I', 'A', 'S', 'E', 'C'] as const
const AREA_BY_ELEMENT: Record<string, string> = {
  '1.B.1.a': 'R',
  '1.B.1.b': 'I',
  '1.B.1.c': 'A',
  '1.B.1.d': 'S',
  '1.B.1.e': 'E',
  '1.B.1.f': 'C',
}
const HIGH_POINT_ELEMENTS = ['1.B.1.g', '1.B.1.h', '1.B.1.i']

/**
 * The RIASEC high-point code of an occupation.
 * 1. Where the release publishes O*NET's own high points (scale IH: first, second, third, with 0
 *    meaning "none"), they are used as published.
 * 2. Otherwise (older text releases without IH rows) the OI scores are ranked and the code keeps
 *    the top area, then the second and third while each scores at least 3.5 on the 1-7 scale
 *    (the midpoint of "somewhat" interest). On O*NET 30.3 this reproduces the published codes
 *    for 80% of occupations; the rest differ only in whether a weak third letter is shown.
 */
export const RIASEC_RULE =
  "O*NET's published interest high points (scale IH) where present; otherwise OI scores ranked, keeping the top area and the next two while each is at least 3.5."

export function highPointsFromScores(scores: Map<string, number>): string {
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1] - a[1] || AREAS.indexOf(a[0] as never) - AREAS.indexOf(b[0] as never),
  )
  let code = ranked[0]?.[0] ?? ''
  for (const [area, score] of ranked.slice(1, 3)) {
    if (score < 3.5) break
    code += area
  }
  return code
}

export function writeInterests(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, ['O*NET-SOC Code'])
  const cEl = column(t, ['Element ID'])
  const cScale = column(t, ['Scale ID'])
  const cVal = column(t, ['Data Value'])
  const scores = new Map<string, Map<string, number>>()
  const published = new Map<string, string[]>()
  const written = insertRows(ctx.db, 'interests', ['code', 'area', 'score'], (ins) =>
    t.rows.forEach((r, i) => {
      const code = ctx.code(t, cCode, i)
      const el = (r[cEl] ?? '').trim()
      const scale = (r[cScale] ?? '').trim()
      if (scale === 'OI') {
        const area = AREA_BY_ELEMENT[el]
        if (!area)
          throw packInvalid(t.file, t.where(i), `"${el}" is not one of the six interest areas.`, FIX_OFFICIAL)
        const score = inRange(t, i, cVal, 1, 7)
        if (score === null) return
        ins.run([code, area, score], { t, i })
        getOrInit(scores, code, () => new Map<string, number>()).set(area, score)
      } else if (scale === 'IH') {
        const slot = HIGH_POINT_ELEMENTS.indexOf(el)
        const v = inRange(t, i, cVal, 0, 6)
        if (slot < 0 || !v) return
        getOrInit(published, code, () => [] as string[])[slot] = AREAS[v - 1]!
      }
    }),
  )
  const upd = ctx.db.prepare('UPDATE occupations SET riasec_code = ? WHERE code = ?')
  for (const [code, m] of scores) {
    const hp = published.get(code)?.filter(Boolean).join('')
    upd.run(hp || highPointsFromScores(m), code)
  }
  return written
}
