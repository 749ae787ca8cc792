import type { DB } from '../../electron/services/db/open'
import { highPointCode, type Six } from '../../shared/riasec'

/**
 * Adds interest profiles to a generated caseload (tests/support/caseload.ts makes students,
 * sessions, goals and saved careers): most students get one or two profiles with a clear shape,
 * a few none. Deterministic for a seed.
 */
export function addInterestProfiles(db: DB, studentIds: number[], seed = 7): void {
  let a = seed >>> 0
  const rand = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0
    return a / 4294967296
  }
  const ins = db.prepare(
    `INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, created_at)
     VALUES (?, ?, 'profiler', ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    for (const id of studentIds) {
      const n = rand() < 0.15 ? 0 : rand() < 0.6 ? 1 : 2
      for (let k = 0; k < n; k++) {
        const scores = Array.from({ length: 6 }, () => Math.round(rand() * 40)) as Six
        const month = String(1 + Math.floor(rand() * 10)).padStart(2, '0')
        ins.run(
          id,
          `${2025 + k}-${month}-15`,
          ...scores,
          highPointCode(scores).join(''),
          '2026-01-01T00:00:00Z',
        )
      }
    }
  })()
}
