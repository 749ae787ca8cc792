import { basename } from 'node:path'
import { FIX_OFFICIAL, num, packInvalid } from './problem'
import { column, optionalColumn } from './table'
import { readTabular } from './tabular'

export const WAGE_COLUMNS = [
  'a_mean',
  'a_pct10',
  'a_pct25',
  'a_median',
  'a_pct75',
  'a_pct90',
  'h_mean',
  'h_pct10',
  'h_pct25',
  'h_median',
  'h_pct75',
  'h_pct90',
] as const
export type WageColumn = (typeof WAGE_COLUMNS)[number]
export type WageFlag = 'suppressed' | 'topcoded'

/** Far above any U.S. employment count or wage: a larger figure is not BLS's. */
export const MAX_FIGURE = 1e9

/**
 * One OEWS figure cell, for the national, area and industry files alike: its number (null when
 * empty), BLS's marker as a flag (`#` at or above the top-code; `*`, `**`, `~` not published), or
 * undefined when it is neither (the caller names the file, row and column).
 */
export function oewsFigure(raw: string | undefined): number | null | WageFlag | undefined {
  if (raw === undefined || raw === '') return null
  // Plain numbers are by far the most common cell (400,000 rows in the all-data workbook).
  const quick = +raw
  if (quick >= 0 && quick <= MAX_FIGURE && raw.charCodeAt(0) > 32) return quick
  const s = raw.trim()
  if (s === '') return null
  if (s === '#') return 'topcoded'
  if (s === '*' || s === '**' || s === '~') return 'suppressed'
  const n = num(s)
  return n === null || Number.isNaN(n) || n < 0 || n > MAX_FIGURE ? undefined : n
}

export interface OewsRow {
  soc: string
  title: string
  group: string
  totEmp: number | null
  wages: Record<WageColumn, number | null>
  /** BLS `*`/`**` (not available) and `#` (at or above the top-code) per column; never stored as 0. */
  flags: Partial<Record<WageColumn | 'tot_emp', WageFlag>>
  hourlyOnly: boolean
  annualOnly: boolean
}

export interface OewsData {
  file: string
  release: string
  rows: OewsRow[]
  /** The top-code the workbook's notes state ("# = ... $115.00 per hour or $239,200 per year"). */
  topcode: { hourly: number; annual: number } | null
}

/**
 * BLS OEWS national file (`national_M2025_dl.xlsx`, or a CSV with the same header). Only the
 * national cross-industry rows are kept; a state or industry file is refused.
 */
export async function readOews(file: string, release?: string): Promise<OewsData> {
  const t = await readTabular(file, (cells) => cells.some((c) => c.trim().toUpperCase() === 'OCC_CODE'), {
    notes: 'Field Descriptions',
  })
  const up = (n: string) => [n, n.toLowerCase()]
  const cCode = column(t, up('OCC_CODE'))
  const cTitle = column(t, up('OCC_TITLE'))
  const cGroup = column(t, up('O_GROUP'))
  const cEmp = column(t, up('TOT_EMP'))
  const cArea = optionalColumn(t, up('AREA_TYPE'))
  const cNaics = optionalColumn(t, up('NAICS'))
  const cHourly = optionalColumn(t, up('HOURLY'))
  const cAnnual = optionalColumn(t, up('ANNUAL'))
  const wageCols = WAGE_COLUMNS.map((w) => [w, column(t, up(w.toUpperCase()))] as const)
  const rows: OewsRow[] = []
  const seen = new Set<string>()
  t.rows.forEach((cells, i) => {
    const soc = (cells[cCode] ?? '').trim()
    if (!soc) return
    if (!/^\d\d-\d{4}$/.test(soc)) {
      throw packInvalid(
        file,
        `${t.where(i)}, column OCC_CODE`,
        `"${soc}" is not a SOC code like 29-2072.`,
        FIX_OFFICIAL,
      )
    }
    if (cArea >= 0 && cells[cArea] && cells[cArea].trim() !== '1') {
      throw packInvalid(
        file,
        t.where(i),
        `this is not the national file: from this row on it holds area wages (AREA_TYPE ${cells[cArea].trim().slice(0, 4)}), as the state, metropolitan and all-data files do.`,
        // The all-data file starts with the national rows, so this is often the first sign of it.
        'Use the national file, national_M20YY_dl.xlsx, from bls.gov/oes; add area files (all_data_M_20YY, state_M20YY_dl …) as area wages.',
      )
    }
    if (cNaics >= 0 && cells[cNaics] && !/^0+$/.test(cells[cNaics].trim())) return
    // A code may appear once as a broad group and once as a detailed occupation (13-1020).
    const group = (cells[cGroup] ?? '').trim().toLowerCase()
    if (seen.has(`${soc}/${group}`)) {
      throw packInvalid(file, t.where(i), `the occupation ${soc} (${group}) appears twice.`, FIX_OFFICIAL)
    }
    seen.add(`${soc}/${group}`)
    const flags: OewsRow['flags'] = {}
    const value = (col: WageColumn | 'tot_emp', raw: string | undefined, c: number): number | null => {
      const v = oewsFigure(raw)
      if (v === undefined)
        throw packInvalid(
          file,
          `${t.where(i)}, column ${t.header[c]}`,
          `"${(raw ?? '').trim().slice(0, 40)}" is not a wage or count.`,
          FIX_OFFICIAL,
        )
      if (typeof v !== 'string') return v
      flags[col] = v
      return null
    }
    const wages = {} as Record<WageColumn, number | null>
    for (const [w, c] of wageCols) wages[w] = value(w, cells[c], c)
    rows.push({
      soc,
      title: (cells[cTitle] ?? '').trim(),
      group,
      totEmp: value('tot_emp', cells[cEmp], cEmp),
      wages,
      flags,
      hourlyOnly: cHourly >= 0 && /^true$/i.test((cells[cHourly] ?? '').trim()),
      annualOnly: cAnnual >= 0 && /^true$/i.test((cells[cAnnual] ?? '').trim()),
    })
  })
  if (rows.length === 0) throw packInvalid(file, null, 'the file holds no occupations.', FIX_OFFICIAL)
  const topcode = parseTopcode(t.sheetRows?.notesText ?? '')
  return { file, release: release ?? oewsRelease(file), rows, topcode }
}

export function oewsRelease(file: string): string {
  const m = /M(\d{4})/i.exec(basename(file))
  return m ? `OEWS May ${m[1]}` : 'OEWS'
}

/** Reads BLS's note on `#`, so a profile can say "$239,200 or more" instead of a blank. */
export function parseTopcode(notes: string): { hourly: number; annual: number } | null {
  const m = /#\s*=.*?\$([\d,.]+)\s*per hour.*?\$([\d,.]+)\s*per year/i.exec(notes)
  if (!m) return null
  return { hourly: Number(m[1]!.replace(/,/g, '')), annual: Number(m[2]!.replace(/,/g, '')) }
}
