/** One benchmark line: `npm run bench` prints one JSON object per measure. */
export interface Measure {
  name: string
  value: number
  unit: string
  /** What the measure is compared with in the same run (another engine, a goal, the sqlite3 shell). */
  peer: string | null
  peerValue: number | null
}

export type Emit = (m: Measure) => void

/** A bench module: tests/bench/<area>.bench.ts default-exports one of these. */
export type Bench = (emit: Emit) => Promise<void>

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))
  return sortedMs[i]!
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
