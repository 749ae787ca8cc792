import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'
import { forEachXlsxRow, xlsxSheetText } from '../../electron/services/packs/readers/xlsx-stream.mjs'
import { SHARED_DATA } from './tmp'

/**
 * OEWS state / MSA / BOS / all-data and industry workbooks in the official layout, generated at
 * test time (BLS's area files are not in ../shared/data and nothing from there is committed):
 * the real national rows of national_M20YY_dl.xlsx, relabelled as areas or industries, with
 * figures changed by a per-area factor and BLS's `*`, `**` and `#` markers placed where a test
 * can look for them. The "Field Descriptions" sheet is the national workbook's own text.
 */

export const NATIONAL_2025 = join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx')

export interface FixtureArea {
  area: string
  title: string
  type: 2 | 3 | 4 | 6
  state: string
  /** Multiplies every wage (e.g. 0.9: a state paying 10% under the nation). */
  factor: number
  /** Share of national employment. */
  share: number
}

/** Ohio (with markers on 29-2072), West Virginia (no 29-2072 rows at all), and others. */
export const FIXTURE_STATES: FixtureArea[] = [
  { area: '39', title: 'Ohio', type: 2, state: 'OH', factor: 0.93, share: 0.035 },
  { area: '54', title: 'West Virginia', type: 2, state: 'WV', factor: 0.82, share: 0.004 },
  { area: '06', title: 'California', type: 2, state: 'CA', factor: 1.21, share: 0.11 },
  { area: '48', title: 'Texas', type: 2, state: 'TX', factor: 0.97, share: 0.09 },
  { area: '72', title: 'Puerto Rico', type: 3, state: 'PR', factor: 0.55, share: 0.005 },
]

export const FIXTURE_METROS: FixtureArea[] = [
  { area: '18140', title: 'Columbus, OH', type: 4, state: 'OH', factor: 1.01, share: 0.007 },
  { area: '17460', title: 'Cleveland-Elyria, OH', type: 4, state: 'OH', factor: 0.98, share: 0.006 },
  {
    area: '3900002',
    title: 'Southeast Ohio nonmetropolitan area',
    type: 6,
    state: 'OH',
    factor: 0.8,
    share: 0.001,
  },
]

/** Every state and DC plus PR, for the benchmark's all-states workbook. */
export function allStates(): FixtureArea[] {
  const list =
    'AL01 AK02 AZ04 AR05 CA06 CO08 CT09 DE10 DC11 FL12 GA13 HI15 ID16 IL17 IN18 IA19 KS20 KY21 LA22 ME23 MD24 MA25 MI26 MN27 MS28 MO29 MT30 NE31 NV32 NH33 NJ34 NM35 NY36 NC37 ND38 OH39 OK40 OR41 PA42 RI44 SC45 SD46 TN47 TX48 UT49 VT50 VA51 WA53 WV54 WI55 WY56 PR72'
  return list.split(' ').map((s, i) => ({
    area: s.slice(2),
    title: `State ${s.slice(0, 2)}`,
    type: s.startsWith('PR') ? 3 : 2,
    state: s.slice(0, 2),
    factor: 0.8 + (i % 9) * 0.05,
    share: 0.004 + (i % 7) * 0.004,
  }))
}

interface National {
  header: string[]
  rows: string[][]
  notes: string[]
}

let national: National | null = null
export function nationalRows(file = NATIONAL_2025): National {
  if (national && file === NATIONAL_2025) return national
  const buf = readFileSync(file)
  const rows: string[][] = []
  forEachXlsxRow(buf, undefined, (cells) => rows.push(cells))
  const n = {
    header: rows[0]!,
    rows: rows.slice(1),
    notes: xlsxSheetText(buf, 'Field Descriptions').split('\n'),
  }
  if (file === NATIONAL_2025) national = n
  return n
}

const WAGE = /^(H|A)_(MEAN|PCT10|PCT25|MEDIAN|PCT75|PCT90)$/

/** One area's copy of a national row: relabelled, wages × factor, employment × share. */
function areaRow(h: string[], row: string[], a: FixtureArea): (string | number)[] {
  const out: (string | number)[] = [...row]
  const set = (name: string, v: string | number) => {
    out[h.indexOf(name)] = v
  }
  set('AREA', a.area)
  set('AREA_TITLE', a.title)
  set('AREA_TYPE', String(a.type))
  set('PRIM_STATE', a.state)
  const firstFigure = h.indexOf('TOT_EMP')
  h.forEach((name, i) => {
    const raw = row[i] ?? ''
    if (i < firstFigure) return
    const n = Number(raw)
    if (raw === '' || Number.isNaN(n)) return
    const m = WAGE.exec(name)
    if (m) out[i] = m[1] === 'H' ? Math.round(n * a.factor * 100) / 100 : Math.round((n * a.factor) / 10) * 10
    else if (name === 'TOT_EMP') out[i] = Math.max(30, Math.round((n * a.share) / 10) * 10)
    else if (typeof out[i] === 'string' && raw !== '') out[i] = n
  })
  set('JOBS_1000', 1.5)
  set('LOC_QUOTIENT', 0.97)
  return out
}

/** Markers the tests look for: Ohio 29-2072 is top-coded at p90, its p10 and employment unpublished. */
function mark(h: string[], out: (string | number)[], a: FixtureArea, soc: string, i: number) {
  const set = (name: string, v: string) => {
    out[h.indexOf(name)] = v
  }
  if (a.area === '39' && soc === '29-2072') {
    set('A_PCT90', '#')
    set('H_PCT90', '#')
    set('A_PCT10', '*')
    set('H_PCT10', '*')
    set('TOT_EMP', '**')
    set('JOBS_1000', '**')
  } else if (i % 41 === 7) {
    set('A_MEAN', '*')
    set('H_MEAN', '*')
  } else if (i % 53 === 11) set('TOT_EMP', '**')
}

export interface AreaWorkbook {
  areas: FixtureArea[]
  /** Also the national (type 1) rows and a few industry rows, as all_data_M_2025.xlsx has them. */
  allData?: boolean
  /** Occupations left out per area (West Virginia publishes no 29-2072, nor its broad group, here). */
  omit?: (a: FixtureArea, soc: string) => boolean
  sheet?: string
  notesFirstLine?: string
}

export function areaTable(spec: AreaWorkbook): {
  header: string[]
  rows: (string | number)[][]
  notes: string[]
} {
  const n = nationalRows()
  const h = n.header
  const soc = h.indexOf('OCC_CODE')
  const omit = spec.omit ?? ((a, s) => a.area === '54' && (s === '29-2072' || s === '29-2070'))
  const rows: (string | number)[][] = []
  if (spec.allData) {
    for (const r of n.rows)
      rows.push(r.map((c, i) => (c !== '' && !Number.isNaN(Number(c)) && i > 11 ? Number(c) : c)))
  }
  for (const a of spec.areas) {
    n.rows.forEach((r, i) => {
      if (omit(a, r[soc]!)) return
      const out = areaRow(h, r, a)
      mark(h, out, a, r[soc]!, i)
      rows.push(out)
    })
  }
  if (spec.allData) rows.push(...industryTable().rows.slice(0, 50))
  const notes = [...n.notes]
  if (spec.notesFirstLine) notes[0] = spec.notesFirstLine
  return { header: h, rows, notes }
}

/** NAICS industries each national row is split across (shares of its employment). */
const INDUSTRIES = [
  { naics: '622000', title: 'Hospitals', share: 0.38 },
  { naics: '621000', title: 'Ambulatory Health Care Services', share: 0.27 },
  { naics: '524000', title: 'Insurance Carriers and Related Activities', share: 0.09 },
  {
    naics: '999300',
    title: 'Local Government, excluding Schools and Hospitals (OEWS Designation)',
    share: 0.05,
  },
  { naics: '561000', title: 'Administrative and Support Services', share: 0.04 },
]

export function industryTable(iGroup = '3-digit'): {
  header: string[]
  rows: (string | number)[][]
  notes: string[]
} {
  const n = nationalRows()
  const h = n.header
  const at = (name: string) => h.indexOf(name)
  const rows: (string | number)[][] = []
  INDUSTRIES.forEach((ind, k) => {
    n.rows.forEach((r, i) => {
      const out = areaRow(h, r, {
        area: '99',
        title: 'U.S.',
        type: 2,
        state: 'US',
        factor: 0.9 + k * 0.05,
        share: ind.share,
      })
      out[at('AREA_TYPE')] = '1'
      out[at('NAICS')] = ind.naics
      out[at('NAICS_TITLE')] = ind.title
      out[at('I_GROUP')] = iGroup
      out[at('OWN_CODE')] = '5'
      out[at('JOBS_1000')] = ''
      out[at('LOC_QUOTIENT')] = ''
      out[at('PCT_TOTAL')] = 0.4
      out[at('PCT_RPT')] = 12
      if (k === 4 && i % 5 === 0) out[at('A_MEDIAN')] = '*'
      rows.push(out)
    })
  })
  return { header: h, rows, notes: n.notes }
}

/** Writes the table as an .xlsx in the official layout (data sheet, then "Field Descriptions"). */
export async function writeOewsWorkbook(
  file: string,
  sheet: string,
  t: { header: string[]; rows: (string | number)[][]; notes: string[] },
): Promise<string> {
  mkdirSync(dirname(file), { recursive: true })
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true })
  const ws = wb.addWorksheet(sheet)
  ws.addRow(t.header).commit()
  for (const r of t.rows) ws.addRow(r).commit()
  ws.commit()
  const fd = wb.addWorksheet('Field Descriptions')
  for (const line of t.notes) fd.addRow(line ? [line] : []).commit()
  fd.commit()
  await wb.commit()
  return file
}

export function writeOewsCsv(file: string, t: { header: string[]; rows: (string | number)[][] }): string {
  const q = (v: string | number) => {
    const s = String(v)
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  writeFileSync(file, `${[t.header, ...t.rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`)
  return file
}

/** Packs files into a zip the way BLS ships them (a folder inside the zip). */
export function zipAs(zipFile: string, folder: string, files: string[]): string {
  const entries: Record<string, Uint8Array> = {}
  for (const f of files) entries[`${folder}/${f.split('/').pop()}`] = readFileSync(f)
  writeFileSync(zipFile, zipSync(entries))
  return zipFile
}

/** The national row of `soc` (cells by header name), for expected values. */
export function nationalRow(soc: string): Record<string, string> {
  const n = nationalRows()
  const r = n.rows.find(
    (x) => x[n.header.indexOf('OCC_CODE')] === soc && x[n.header.indexOf('O_GROUP')] === 'detailed',
  )
  if (!r) throw new Error(`no national row ${soc}`)
  return Object.fromEntries(n.header.map((h, i) => [h, r[i] ?? '']))
}
