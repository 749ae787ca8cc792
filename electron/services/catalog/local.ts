import { stateWagesChart } from '../../../shared/charts/local'
import type { BarChartModel } from '../../../shared/charts/model'
import type {
  AreaOption,
  AreaType,
  AreaWageFigures,
  HomeAreaWages,
  IndustryEmployment,
  Section,
  StateWageRow,
  WageFigures,
} from '../../../shared/domain/catalog'
import type { DB, Statement } from '../db/open'
import { statements } from '../db/statements'
import { wageFigures } from './bls'
import { packMeta } from './pack-meta'

type Row = Record<string, unknown>
type Stmt = Statement<unknown[]>

/** The home area as Settings stores it: AREA codes of a state and, optionally, a metro area. */
export interface HomeArea {
  state: string | null
  metro: string | null
}

const TYPE: Record<number, AreaType> = { 2: 'state', 3: 'territory', 4: 'metro', 6: 'nonmetro' }

export function areaOption(r: Row): AreaOption {
  return {
    code: String(r.area),
    title: String(r.title ?? r.area_title),
    type: TYPE[Number(r.area_type)] ?? 'state',
    state: String(r.state),
  }
}

interface LocalStatements extends LocalFacts {
  area: Stmt
  areaWage: Stmt
  byState: Stmt
  industries: Stmt
  allAreas: Stmt
}

/** What the pack holds for local wages: read once per catalog handle (a pack never changes under it). */
interface LocalFacts {
  areaTables: boolean
  industryTable: boolean
  hasAreas: boolean
  hasIndustries: boolean
  topcodes: { annual: number | null; hourly: number | null }
}

const facts = new WeakMap<DB, LocalFacts>()

function factsOf(db: DB): LocalFacts {
  let f = facts.get(db)
  if (f) return f
  const tables = packMeta(db).present
  const areaTables = tables.has('area_wages') && tables.has('areas')
  const industryTable = tables.has('industry_wages')
  f = {
    areaTables,
    industryTable,
    hasAreas: areaTables && (db.prepare('SELECT COUNT(*) AS n FROM areas').get() as { n: number }).n > 0,
    hasIndustries:
      industryTable && (db.prepare('SELECT 1 FROM industry_wages LIMIT 1').get() ?? null) !== null,
    topcodes: readTopcodes(db, tables.has('bls_totals')),
  }
  facts.set(db, f)
  return f
}

/** The local-wage queries, from the handle's statement cache; a pack built without area files answers "none". */
function statementsOf(db: DB): LocalStatements {
  const f = factsOf(db)
  const prepare = statements(db)
  const none = prepare('SELECT NULL AS none WHERE 0 AND ?')
  const none2 = prepare('SELECT NULL AS none WHERE 0 AND ? AND ?')
  return {
    ...f,
    area: f.areaTables ? prepare('SELECT * FROM areas WHERE area = ?') : none,
    areaWage: f.areaTables
      ? prepare(
          'SELECT w.*, a.release FROM area_wages w JOIN areas a USING (area) WHERE w.area = ? AND w.code = ?',
        )
      : none2,
    byState: f.areaTables
      ? prepare(
          // Every state of the pack, those without a row for the occupation as "not published".
          `SELECT a.area, a.title, a.area_type, a.state, w.a_median, w.h_median, w.tot_emp, w.hourly_only, w.flags
           FROM areas a LEFT JOIN area_wages w ON w.area = a.area AND w.code = ?
           WHERE a.area_type IN (2, 3) ORDER BY a.title`,
        )
      : none,
    industries: f.industryTable
      ? prepare(
          `SELECT naics, naics_title, i_group, tot_emp, a_median, h_median, flags, release FROM industry_wages
           WHERE code = ? AND i_group = (SELECT i_group FROM industry_wages WHERE code = ?
                                         GROUP BY i_group ORDER BY COUNT(*) DESC, i_group LIMIT 1)
           ORDER BY tot_emp IS NULL, tot_emp DESC, naics LIMIT 10`,
        )
      : none2,
    allAreas: f.areaTables
      ? prepare('SELECT * FROM areas ORDER BY area_type, title')
      : prepare('SELECT NULL AS none WHERE 0'),
  }
}

function readTopcodes(db: DB, has: boolean) {
  const get = (k: string) =>
    has
      ? ((db.prepare('SELECT value FROM bls_totals WHERE key = ?').get(k) as { value: number } | undefined)
          ?.value ?? null)
      : null
  return { annual: get('oews_topcode_annual'), hourly: get('oews_topcode_hourly') }
}

/**
 * BLS `#` means "at least the top-code" ($239,200 a year / $115.00 an hour in 2024-25); the
 * pack stores the top-code the release's own notes state, so a `#` figure reads "at least $X".
 */
export function fillTopcodes(db: DB, w: WageFigures | null): WageFigures | null {
  if (!w) return w
  const t = factsOf(db).topcodes
  for (const [set, top] of [
    [w.annual, t.annual],
    [w.hourly, t.hourly],
  ] as const) {
    for (const f of Object.values(set))
      if (f.flag === 'topcoded' && f.value === null && top !== null) f.value = top
  }
  return w
}

export function packAreas(db: DB): AreaOption[] {
  return (statementsOf(db).allAreas.all() as Row[]).map(areaOption)
}

export function findArea(db: DB, code: string | null): { option: AreaOption; release: string } | null {
  if (!code) return null
  const r = statementsOf(db).area.get(code) as Row | undefined
  return r ? { option: areaOption(r), release: String(r.release) } : null
}

const flagsOf = (raw: unknown): Record<string, string> => {
  try {
    return JSON.parse(String(raw ?? '{}')) as Record<string, string>
  } catch {
    return {}
  }
}
const fig = (v: unknown, flag: string | undefined) =>
  flag === 'suppressed'
    ? { value: null, flag: 'suppressed' as const }
    : {
        value: typeof v === 'number' ? v : null,
        ...(flag === 'topcoded' ? { flag: 'topcoded' as const } : {}),
      }

/** One area's figures for the occupation, or why there are none. */
export function areaWages(
  db: DB,
  areaCode: string,
  code: string,
  soc: string,
  title: string,
): AreaWageFigures | null {
  const area = findArea(db, areaCode)
  if (!area) return null
  const row = statementsOf(db).areaWage.get(areaCode, code) as Row | undefined
  const wages = row ? fillTopcodes(db, wageFigures(row, soc)) : null
  if (wages) wages.source = `BLS ${area.release}, ${area.option.title}, SOC ${wages.socUsed}`
  return {
    area: area.option,
    release: area.release,
    published: wages !== null,
    wages,
    source: wages?.source ?? `BLS ${area.release}, ${area.option.title}`,
    message: wages ? null : `BLS published no wages for ${title} in ${area.option.title} (${area.release}).`,
  }
}

export function homeAreaWages(
  db: DB,
  home: HomeArea | null,
  code: string,
  soc: string,
  title: string,
): HomeAreaWages | null {
  if (!home?.state || !factsOf(db).hasAreas) return null
  const state = areaWages(db, home.state, code, soc, title)
  if (!state) return null
  return { state, metro: home.metro ? areaWages(db, home.metro, code, soc, title) : null }
}

export function wagesByState(
  db: DB,
  code: string,
  home: HomeArea | null,
): { section: Section<StateWageRow>; chart: BarChartModel | null } {
  const s = statementsOf(db)
  // BLS's `#` has no number: it stands for "at least" the national workbook's top code.
  const top = factsOf(db).topcodes
  const rows = (s.byState.all(code) as Row[]).map((r) => {
    const f = flagsOf(r.flags)
    return {
      area: areaOption(r),
      medianAnnual: fig(r.a_median ?? (f.a_median === 'topcoded' ? top.annual : null), f.a_median),
      medianHourly: fig(r.h_median ?? (f.h_median === 'topcoded' ? top.hourly : null), f.h_median),
      employment: fig(r.tot_emp, f.tot_emp),
      hourlyOnly: r.hourly_only === 1,
    }
  })
  const release = rows.length ? findArea(db, rows[0]!.area.code)?.release : null
  const source = release ? `BLS ${release}, state estimates` : null
  return {
    section: { available: s.hasAreas && rows.length > 0, source, items: rows },
    chart: source ? stateWagesChart(rows, source, { highlight: home?.state ?? null }) : null,
  }
}

export function industriesFor(
  db: DB,
  code: string,
  nationalEmployment: number | null,
): Section<IndustryEmployment> {
  const s = statementsOf(db)
  const rows = s.industries.all(code, code) as Row[]
  const release = rows.length ? String(rows[0]!.release) : null
  return {
    available: s.hasIndustries,
    source: release ? `BLS ${release}, national industry-specific estimates` : null,
    items: rows.map((r) => {
      const f = flagsOf(r.flags)
      const emp = typeof r.tot_emp === 'number' ? r.tot_emp : null
      return {
        naics: String(r.naics),
        title: String(r.naics_title),
        employment: fig(r.tot_emp, f.tot_emp),
        sharePercent:
          emp !== null && nationalEmployment ? Math.round((emp / nationalEmployment) * 1000) / 10 : null,
        medianAnnual: fig(r.a_median, f.a_median),
        medianHourly: fig(r.h_median, f.h_median),
      }
    }),
  }
}

export interface LocalMedians {
  area: AreaOption
  /** Release and area for a footnote: "BLS OEWS May 2025, Columbus, OH". */
  source: string
  medians: Map<string, { value: number | null; flag: 'suppressed' | 'topcoded' | null }>
}

const mediansCache = new WeakMap<DB, Map<string, LocalMedians>>()

/**
 * Every occupation's annual median in the home area (the metro area when one is chosen, else the
 * state), for browse and interest matches: one query per pack and area, then kept.
 */
export function localMedians(db: DB, home: HomeArea | null): LocalMedians | null {
  // As on the profile: no home state in the pack, no home-area figures; a metro area a newer
  // pack dropped falls back to the state, as Settings says.
  if (!home?.state || !factsOf(db).hasAreas || !findArea(db, home.state)) return null
  const code = home.metro && findArea(db, home.metro) ? home.metro : home.state
  let byArea = mediansCache.get(db)
  if (!byArea) {
    byArea = new Map()
    mediansCache.set(db, byArea)
  }
  const hit = byArea.get(code)
  if (hit) return hit
  const area = findArea(db, code)
  if (!area) return null
  const medians: LocalMedians['medians'] = new Map()
  for (const r of db
    .prepare('SELECT code, a_median, flags FROM area_wages WHERE area = ?')
    .all(code) as Row[]) {
    const f = flagsOf(r.flags).a_median
    const flag = f === 'suppressed' || f === 'topcoded' ? f : null
    const top = factsOf(db).topcodes.annual
    medians.set(String(r.code), {
      value:
        flag === 'suppressed'
          ? null
          : typeof r.a_median === 'number'
            ? r.a_median
            : flag === 'topcoded'
              ? top
              : null,
      flag,
    })
  }
  const out = { area: area.option, source: `BLS ${area.release}, ${area.option.title}`, medians }
  byArea.set(code, out)
  return out
}
