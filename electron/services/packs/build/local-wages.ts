import { basename } from 'node:path'
import { WAGE_COLUMNS } from '../readers/oews'
import {
  type AreaRow,
  type IndustryRow,
  type LocalFigures,
  type LocalReadResult,
  readOewsAreas,
  readOewsIndustries,
} from '../readers/oews-local'
import type { RowFile } from '../readers/row-source'
import { joinBls } from './bls-join'
import type { BuildContext } from './context'
import { insertRows, type RowInserter } from './insert-rows'

const sortedFlags = (f: LocalFigures['flags']) => {
  const keys = Object.keys(f)
  if (keys.length === 0) return '{}'
  return JSON.stringify(Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b))))
}

/** Detailed rows win over the broad group where BLS publishes a code at both levels (13-1020). */
function keep<T extends LocalFigures>(bySoc: Map<string, T>, r: T): void {
  if (r.group === 'detailed' || (r.group === 'broad' && !bySoc.has(r.soc))) bySoc.set(r.soc, r)
}

/**
 * Area wages from state / MSA / BOS / all-data files, joined to every occupation of the pack the
 * way the national wages are. Rows are grouped by area as BLS sorts them; each area is joined and
 * written when the next begins, so only one area's rows are held at a time.
 */
export function writeAreaWages(
  ctx: BuildContext,
  paths: string[],
  nationalRelease: string | null,
  filesOf?: (path: string) => RowFile[],
): { rows: number; areas: number; release: string; rowsRead: (path: string) => number } {
  const codes = [...ctx.codes].sort()
  const areaCols = ['area', 'title', 'area_type', 'state', 'release', 'file']
  const cols = [
    'area',
    'code',
    'soc_used',
    'basis',
    'tot_emp',
    'jobs_1000',
    'loc_quotient',
    ...WAGE_COLUMNS,
    'hourly_only',
    'flags',
  ]
  let current: { area: string; bySoc: Map<string, AreaRow> } | null = null
  // One values array reused for every insert, and each BLS row's flags written out once (an
  // area row feeds every O*NET code under its SOC).
  const values: unknown[] = new Array(cols.length)
  const flagsText = new Map<AreaRow, string>()
  const flush = (ins: RowInserter) => {
    if (!current) return
    values[0] = current.area
    for (const code of codes) {
      const j = joinBls(code, current.bySoc)
      if (!j) continue
      const r = j.row
      let flags = flagsText.get(r)
      if (flags === undefined) {
        flags = sortedFlags(r.flags)
        flagsText.set(r, flags)
      }
      values[1] = code
      values[2] = j.soc
      values[3] = j.basis
      values[4] = r.totEmp
      values[5] = r.jobs1000
      values[6] = r.locQuotient
      for (let w = 0; w < WAGE_COLUMNS.length; w++) values[7 + w] = r.wages[WAGE_COLUMNS[w]!]
      values[7 + WAGE_COLUMNS.length] = r.hourlyOnly ? 1 : 0
      values[8 + WAGE_COLUMNS.length] = flags
      ins.run(values)
    }
    flagsText.clear()
    current = null
  }
  let seen = 0
  let rows = 0
  let read: LocalReadResult | undefined
  // An area is written as it begins (one row at a time, a few hundred at most): its wages
  // reference it, and foreign keys are checked as each batch of wages goes in.
  const areas = insertRows(
    ctx.db,
    'areas',
    areaCols,
    (areaIns) => {
      rows = insertRows(ctx.db, 'area_wages', cols, (ins) => {
        read = readOewsAreas(
          paths,
          (r, file) => {
            if (current?.area !== r.area) {
              flush(ins)
              current = { area: r.area, bySoc: new Map() }
              areaIns.run([r.area, r.areaTitle, r.areaType, r.state, '', basename(file)])
            }
            keep(current.bySoc, r)
            if (++seen % 50_000 === 0) ctx.step('Reading area wages', basename(file), seen)
          },
          nationalRelease,
          filesOf,
        )
        flush(ins)
      })
    },
    { batchRows: 1 },
  )
  const release = read!.release ?? nationalRelease ?? 'OEWS'
  ctx.db.prepare('UPDATE areas SET release = ?').run(release)
  return { rows, areas, release, rowsRead: rowsOf(read!) }
}

/** "Where they work": national industry rows per occupation, joined like the national wages. */
export function writeIndustryWages(
  ctx: BuildContext,
  paths: string[],
  nationalRelease: string | null,
): { rows: number; release: string; rowsRead: (path: string) => number } {
  const byIndustry = new Map<
    string,
    { naics: string; title: string; iGroup: string; bySoc: Map<string, IndustryRow> }
  >()
  const read = readOewsIndustries(
    paths,
    (r) => {
      const k = `${r.naics}/${r.iGroup}`
      let ind = byIndustry.get(k)
      if (!ind) {
        ind = { naics: r.naics, title: r.naicsTitle, iGroup: r.iGroup, bySoc: new Map() }
        byIndustry.set(k, ind)
      }
      keep(ind.bySoc, r)
    },
    nationalRelease,
  )
  const release = read.release ?? nationalRelease ?? 'OEWS'
  const cols = [
    'naics',
    'naics_title',
    'i_group',
    'code',
    'soc_used',
    'basis',
    'release',
    'tot_emp',
    'pct_total',
    'a_median',
    'h_median',
    'flags',
  ]
  const codes = [...ctx.codes].sort()
  const rows = insertRows(ctx.db, 'industry_wages', cols, (ins) => {
    for (const ind of byIndustry.values()) {
      for (const code of codes) {
        // Industry rows are shares of one occupation's employment: only its own SOC (or parent)
        // counts, never the broad group, which would mix occupations in the industry ranking.
        const j = joinBls(code, ind.bySoc)
        if (!j || j.basis === 'broad') continue
        const r = j.row
        const flags: LocalFigures['flags'] = {}
        for (const k of ['tot_emp', 'a_median', 'h_median'] as const) if (r.flags[k]) flags[k] = r.flags[k]
        ins.run([
          ind.naics,
          ind.title,
          ind.iGroup,
          code,
          j.soc,
          j.basis,
          release,
          r.totEmp,
          r.pctTotal,
          r.wages.a_median,
          r.wages.h_median,
          sortedFlags(flags),
        ])
      }
    }
  })
  return { rows, release, rowsRead: rowsOf(read) }
}

const rowsOf = (read: LocalReadResult) => (path: string) =>
  read.files.filter((f) => f.path === path).reduce((n, f) => n + f.rows, 0)
