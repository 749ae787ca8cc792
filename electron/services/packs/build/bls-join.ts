import type { EpData, EpRow } from '../readers/ep'
import { type OewsData, type OewsRow, WAGE_COLUMNS } from '../readers/oews'
import type { BuildContext } from './context'
import { insertRows } from './insert-rows'

export type Basis = 'exact' | 'inherited' | 'broad'

/**
 * The explicit O*NET-SOC → SOC join. `29-2072.00` takes SOC `29-2072` ('exact'); a detailed
 * O*NET code such as `15-1299.08` takes its parent SOC `15-1299` ('inherited'); when BLS has no
 * row for the SOC, the broad group (`29-2070`) is used if BLS publishes one ('broad').
 */
export function joinBls<T>(
  code: string,
  bySoc: Map<string, T>,
): { row: T; soc: string; basis: Basis } | null {
  const soc = code.slice(0, 7)
  const own = bySoc.get(soc)
  if (own) return { row: own, soc, basis: code.endsWith('.00') ? 'exact' : 'inherited' }
  const broad = `${soc.slice(0, 6)}0`
  const group = bySoc.get(broad)
  return group ? { row: group, soc: broad, basis: 'broad' } : null
}

function occupationCodes(ctx: BuildContext): string[] {
  return [...ctx.codes].sort()
}

/** Detailed BLS occupations that no O*NET code reaches, listed for the manifest and the Data screen. */
function writeUnmatched(
  ctx: BuildContext,
  source: string,
  rows: { soc: string; title: string }[],
  used: Set<string>,
) {
  return insertRows(ctx.db, 'unmatched_bls', ['source', 'soc', 'title'], (ins) => {
    for (const r of rows) if (!used.has(r.soc)) ins.run([source, r.soc, r.title])
  })
}

export function writeWages(ctx: BuildContext, oews: OewsData): { rows: number; unmatched: number } {
  const bySoc = new Map<string, OewsRow>()
  for (const r of oews.rows) {
    // Prefer the detailed row where BLS publishes a code both as a broad group and as detailed.
    if (r.group === 'detailed' || (r.group === 'broad' && !bySoc.has(r.soc))) bySoc.set(r.soc, r)
  }
  const cols = ['code', 'soc_used', 'basis', 'release', 'tot_emp', ...WAGE_COLUMNS, 'hourly_only', 'flags']
  const used = new Set<string>()
  const rows = insertRows(ctx.db, 'wages', cols, (ins) => {
    for (const code of occupationCodes(ctx)) {
      const j = joinBls(code, bySoc)
      if (!j) continue
      used.add(j.soc)
      const r = j.row
      const flags = Object.fromEntries(Object.entries(r.flags).sort(([a], [b]) => a.localeCompare(b)))
      const wages = WAGE_COLUMNS.map((w) => r.wages[w])
      ins.run([
        code,
        j.soc,
        j.basis,
        oews.release,
        r.totEmp,
        ...wages,
        r.hourlyOnly ? 1 : 0,
        JSON.stringify(flags),
      ])
    }
  })
  const detailed = oews.rows.filter((r) => r.group === 'detailed')
  const unmatched = writeUnmatched(ctx, 'oews', detailed, used)
  const total = oews.rows.find((r) => r.soc === '00-0000')
  if (total) {
    const put = ctx.db.prepare('INSERT OR REPLACE INTO bls_totals (key, value, release) VALUES (?,?,?)')
    if (total.totEmp !== null) put.run('oews_tot_emp', total.totEmp, oews.release)
    for (const w of ['a_mean', 'a_median', 'h_mean', 'h_median'] as const) {
      const v = total.wages[w]
      if (v !== null) put.run(`oews_${w}`, v, oews.release)
    }
  }
  if (oews.topcode) {
    const put = ctx.db.prepare('INSERT OR REPLACE INTO bls_totals (key, value, release) VALUES (?,?,?)')
    put.run('oews_topcode_annual', oews.topcode.annual, oews.release)
    put.run('oews_topcode_hourly', oews.topcode.hourly, oews.release)
  }
  return { rows, unmatched }
}

export function writeProjections(ctx: BuildContext, ep: EpData): { rows: number; unmatched: number } {
  const bySoc = new Map<string, EpRow>(ep.rows.map((r) => [r.soc, r]))
  const cols = [
    'code',
    'soc_used',
    'basis',
    'release',
    'base_year',
    'proj_year',
    'emp_base',
    'emp_proj',
    'change_pct',
    'openings',
    'median_wage',
    'entry_education',
    'work_experience',
    'job_training',
  ]
  const used = new Set<string>()
  const rows = insertRows(ctx.db, 'projections', cols, (ins) => {
    for (const code of occupationCodes(ctx)) {
      const j = joinBls(code, bySoc)
      if (!j) continue
      used.add(j.soc)
      const r = j.row
      ins.run([
        code,
        j.soc,
        j.basis,
        ep.release,
        ep.baseYear,
        ep.projYear,
        r.empBase,
        r.empProj,
        r.changePct,
        r.openings,
        r.medianWage,
        r.education,
        r.experience,
        r.training,
      ])
    }
  })
  const unmatched = writeUnmatched(
    ctx,
    'ep',
    ep.rows.filter((r) => /line item/i.test(r.type)),
    used,
  )
  const total = ep.rows.find((r) => r.soc === '00-0000')
  if (total) {
    const put = ctx.db.prepare('INSERT OR REPLACE INTO bls_totals (key, value, release) VALUES (?,?,?)')
    const vals: [string, number | null][] = [
      ['ep_base_year', ep.baseYear],
      ['ep_proj_year', ep.projYear],
      ['ep_emp_base', total.empBase],
      ['ep_emp_proj', total.empProj],
      ['ep_change_pct', total.changePct],
      ['ep_openings', total.openings],
      ['ep_median_wage', total.medianWage],
    ]
    for (const [k, v] of vals) if (v !== null) put.run(k, v, ep.release)
  }
  return { rows, unmatched }
}

/**
 * O*NET's Bright Outlook criteria, applied to the pack's own projections: projected growth
 * "much faster than average" (here: at least twice the all-occupations rate) or at least
 * 100,000 openings over the projection decade (10,000 a year on average).
 */
export function brightOutlookRule(allGrowthPct: number | null): {
  text: string
  sql: string
  params: number[]
} {
  const growthMin = allGrowthPct !== null && allGrowthPct > 0 ? Math.round(allGrowthPct * 2 * 10) / 10 : null
  const text =
    growthMin !== null
      ? `Projected employment growth of at least ${growthMin}% (twice the ${allGrowthPct}% average for all occupations) or at least 100,000 job openings over the projection period (10,000 a year), after O*NET's Bright Outlook criteria.`
      : "At least 100,000 job openings over the projection period (10,000 a year), after O*NET's Bright Outlook criteria; the all-occupations growth rate was not available."
  const sql =
    growthMin !== null
      ? 'UPDATE occupations SET bright_outlook = 1 WHERE code IN (SELECT code FROM projections WHERE change_pct >= ? OR openings * 10 >= ?)'
      : 'UPDATE occupations SET bright_outlook = 1 WHERE code IN (SELECT code FROM projections WHERE openings * 10 >= ?)'
  return { text, sql, params: growthMin !== null ? [growthMin, 100_000] : [100_000] }
}

export function applyBrightOutlook(ctx: BuildContext): string | null {
  const has = ctx.db.prepare('SELECT COUNT(*) AS n FROM projections').get() as { n: number }
  if (has.n === 0) return null
  const total = ctx.db.prepare("SELECT value FROM bls_totals WHERE key = 'ep_change_pct'").get() as
    | { value: number }
    | undefined
  const rule = brightOutlookRule(total?.value ?? null)
  ctx.db.prepare(rule.sql).run(...rule.params)
  return rule.text
}
