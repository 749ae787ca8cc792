import type { BrowseResult } from '../../shared/domain/catalog'
import { nationalServices } from '../support/national-pack'
import { type Bench, percentile, round } from './measure'

/**
 * Browse with three filters (cluster × job zone × Bright Outlook or growth), sorted by wage,
 * through dispatch, over every combination the national pack offers. Peer: the same filter
 * and sort as one plain SQL query (EXISTS on clusters, joins to wages and projections, COUNT).
 */
const bench: Bench = async (emit) => {
  const s = await nationalServices()
  try {
    const db = s.ctx.catalog.get()
    const clusters = (
      db.prepare('SELECT DISTINCT cluster FROM clusters ORDER BY cluster').all() as { cluster: string }[]
    ).map((r) => r.cluster)
    const combos = clusters.flatMap((cluster) =>
      [1, 2, 3, 4, 5].flatMap((zone) => [
        { cluster: [cluster], jobZone: [zone], brightOutlook: true as const },
        { cluster: [cluster], jobZone: [zone], growth: ['faster' as const, 'much-faster' as const] },
      ]),
    )
    const ours = async () => {
      const times: number[] = []
      for (const filters of combos) {
        const start = process.hrtime.bigint()
        const r = await s.call('catalog.browse', { filters, sort: { by: 'wage', dir: 'desc' }, pageSize: 50 })
        times.push(Number(process.hrtime.bigint() - start) / 1e6)
        if (!r.ok) throw new Error(r.message)
        void (r.value as BrowseResult).total
      }
      return times
    }
    const sql = db.prepare(
      `SELECT o.code, o.title, o.job_zone, w.a_median, p.change_pct, p.openings, COUNT(*) OVER () AS total
       FROM occupations o LEFT JOIN wages w ON w.code = o.code LEFT JOIN projections p ON p.code = o.code
       WHERE EXISTS (SELECT 1 FROM clusters c WHERE c.code = o.code AND c.cluster = ?)
         AND o.job_zone = ? AND (? = 0 OR o.bright_outlook = 1) AND (? = 0 OR ROUND(p.change_pct) >= 5)
       ORDER BY w.a_median IS NULL, w.a_median DESC, o.title LIMIT 50`,
    )
    const peer = () =>
      combos.map((f) => {
        const start = process.hrtime.bigint()
        sql.all(f.cluster[0], f.jobZone[0], 'brightOutlook' in f ? 1 : 0, 'growth' in f ? 1 : 0)
        return Number(process.hrtime.bigint() - start) / 1e6
      })
    await ours()
    peer()
    // Median of five rounds per combination, as in the profile bench (shared, busy cores).
    const runsA: number[][] = []
    const runsB: number[][] = []
    for (let i = 0; i < 5; i++) {
      runsA.push(await ours())
      runsB.push(peer())
    }
    const median = (runs: number[][]) =>
      combos.map((_c, j) => runs.map((r) => r[j]!).sort((x, y) => x - y)[2]!).sort((x, y) => x - y)
    const a = median(runsA)
    const b = median(runsB)
    emit({
      name: 'browse.p95_ms',
      value: round(percentile(a, 95)),
      unit: 'ms',
      peer: 'plain SQL query, same filters',
      peerValue: round(percentile(b, 95)),
    })
  } finally {
    s.cleanup()
  }
}

export default bench
