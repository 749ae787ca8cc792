import type { WageColumn, WageFlag } from './oews'
import { oewsFigure, WAGE_COLUMNS } from './oews'
import { FIX_OFFICIAL, packInvalid } from './problem'

/*
 * The cells of the OEWS area and industry files (oews-local.ts reads the files): their columns,
 * the figures and BLS markers, and the codes and titles that name an area or an industry, each
 * refused with file, row and column when it is not what BLS publishes.
 */

/** BLS AREA_TYPE codes (Field Descriptions: 1 U.S., 2 State, 3 Territory, 4 MSA, 6 Nonmetro). */
export const AREA_TYPES: Record<number, string> = {
  1: 'U.S.',
  2: 'State',
  3: 'U.S. territory',
  4: 'Metropolitan area',
  6: 'Nonmetropolitan area',
}

export interface LocalFigures {
  soc: string
  title: string
  group: string
  totEmp: number | null
  wages: Record<WageColumn, number | null>
  flags: Partial<Record<WageColumn | 'tot_emp' | 'jobs_1000' | 'loc_quotient', WageFlag>>
  hourlyOnly: boolean
}

export interface AreaRow extends LocalFigures {
  area: string
  areaTitle: string
  areaType: number
  state: string
  jobs1000: number | null
  locQuotient: number | null
}

export interface IndustryRow extends LocalFigures {
  naics: string
  naicsTitle: string
  iGroup: string
  pctTotal: number | null
}

const up = (h: string[]) => h.map((c) => c.trim().toUpperCase())

/** "May 2025 OEWS Estimates" on the Field Descriptions sheet, else M2025 / M_2025 in the file name. */
export function localRelease(notes: string, name: string): string | null {
  const m = /(May\s+\d{4})\s+OEWS/i.exec(notes)
  if (m) return `OEWS ${m[1]!.replace(/\s+/g, ' ')}`
  const f = /M_?(\d{4})/i.exec(name)
  return f ? `OEWS May ${f[1]}` : null
}

export interface Columns {
  at: (name: string) => number
  need: (name: string) => number
}

export function columns(label: string, header: string[]): Columns {
  const h = up(header)
  const at = (name: string) => h.indexOf(name)
  return {
    at,
    need: (name) => {
      const i = at(name)
      if (i < 0)
        throw packInvalid(
          label,
          'header',
          `the column "${name}" is missing (found: ${header.slice(0, 12).join(', ')}).`,
          `Check that this is an OEWS file from bls.gov/oes. ${FIX_OFFICIAL}`,
        )
      return i
    },
  }
}

export interface FigureColumns {
  wages: [WageColumn, number][]
  soc: number
  title: number
  group: number
  emp: number
  hourly: number
}

export function figureColumns(c: Columns): FigureColumns {
  return {
    wages: WAGE_COLUMNS.map((w) => [w, c.need(w.toUpperCase())]),
    soc: c.need('OCC_CODE'),
    title: c.need('OCC_TITLE'),
    group: c.need('O_GROUP'),
    emp: c.need('TOT_EMP'),
    hourly: c.at('HOURLY'),
  }
}

export type Flags = LocalFigures['flags']

/** One figure cell (see oewsFigure), its marker kept in `flags`; anything else is refused by name. */
export function cellValue(
  cells: string[],
  i: number,
  col: keyof Flags,
  flags: Flags,
  label: string,
  where: string,
  header: string[],
): number | null {
  const v = oewsFigure(cells[i])
  if (typeof v === 'number' || v === null) return v
  if (v === undefined)
    throw packInvalid(
      label,
      `${where}, column ${header[i]}`,
      `"${(cells[i] ?? '').trim().slice(0, 40)}" is not a wage or count.`,
      FIX_OFFICIAL,
    )
  flags[col] = v
  return null
}

/** Longest area or industry title kept; BLS's longest are under 100 characters. */
const MAX_TITLE = 200
/** BLS area codes by type, zero-padded: Excel drops the leading zero of '01' (Alabama) in a CSV. */
const AREA_CODE_LENGTH: Record<number, number> = { 2: 2, 3: 2, 4: 5, 6: 7 }

/** A title cell (area or industry): present, of plausible length, without control characters. */
export function titleCell(cells: string[], i: number, label: string, where: string, column: string): string {
  const t = (cells[i] ?? '').trim()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (!t || t.length > MAX_TITLE || /[\u0000-\u001f]/.test(t))
    throw packInvalid(
      label,
      `${where}, column ${column}`,
      t ? `"${t.slice(0, 40)}…" is not a title BLS publishes.` : 'the title is empty.',
      FIX_OFFICIAL,
    )
  return t
}

/** AREA as BLS codes it, digits only, zero-padded to its type's length. */
export function areaCode(raw: string, type: number, label: string, where: string): string {
  const len = AREA_CODE_LENGTH[type] ?? 7
  if (!/^\d+$/.test(raw) || raw.length > len)
    throw packInvalid(
      label,
      `${where}, column AREA`,
      `"${raw.slice(0, 40)}" is not a BLS area code (${len} digits for a ${AREA_TYPES[type]?.toLowerCase()}).`,
      FIX_OFFICIAL,
    )
  return raw.padStart(len, '0')
}

/** The figures every OEWS row carries, markers kept as flags. */
export function figures(
  label: string,
  where: string,
  cells: string[],
  header: string[],
  fc: FigureColumns,
): LocalFigures {
  const flags: Flags = {}
  const wages = {} as Record<WageColumn, number | null>
  for (const [w, i] of fc.wages) wages[w] = cellValue(cells, i, w, flags, label, where, header)
  const soc = (cells[fc.soc] ?? '').trim()
  if (!/^\d\d-\d{4}$/.test(soc))
    throw packInvalid(
      label,
      `${where}, column OCC_CODE`,
      `"${soc}" is not a SOC code like 29-2072.`,
      FIX_OFFICIAL,
    )
  return {
    soc,
    title: (cells[fc.title] ?? '').trim(),
    group: (cells[fc.group] ?? '').trim().toLowerCase(),
    totEmp: cellValue(cells, fc.emp, 'tot_emp', flags, label, where, header),
    wages,
    flags,
    hourlyOnly: fc.hourly >= 0 && /^true$/i.test((cells[fc.hourly] ?? '').trim()),
  }
}

export const isHeader = (cells: string[]) => cells.some((c) => c.trim().toUpperCase() === 'OCC_CODE')
export const crossIndustry = (naics: string) => naics === '' || /^0+$/.test(naics)
