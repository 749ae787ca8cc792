import { WAGE_COLUMNS } from '../readers/oews'
import type { OnetKind, OnetTable } from '../readers/onet-files'
import { readMeDate } from '../readers/onet-release'

/** What the start of one file looks like: its format, header row and first data row. */
export interface FileHead {
  format: 'xlsx' | 'csv' | 'text'
  /** The header row (trimmed) of the first sheet or of the delimited text. */
  header: string[]
  firstRow: string[]
  /** Workbooks: every sheet's name and its first rows, for files whose table is not the first sheet. */
  sheets?: string[]
  sheetRows?: (sheet: string) => string[][]
  /** Plain text files: the first lines as text (Read Me files). */
  text?: string
}

export type OfficialKind =
  | 'onet'
  | 'onet-readme'
  | 'oews'
  | 'oews-area'
  | 'oews-industry'
  | 'ep'
  | 'cip'
  | 'cip-codes'
  | 'clusters'

export interface Recognised {
  kind: OfficialKind
  /** What the file adds, in a counselor's words ("O*NET Occupation Data", "OEWS national wages"). */
  what: string
  /** O*NET files: the table and the builder's reader kind. */
  table?: OnetTable
  onetKind?: OnetKind
  /** When the file itself tells its release (OEWS sheet name, EP years, Read Me). */
  release?: string
  /** Read Me: the release month ("May 2026"). */
  date?: string
  /** A newer release sorts higher; releases of one kind compare by this. */
  order?: number
  /** OEWS area and industry files: the data sheet's name (state_M2025_dl …), one file of each is used. */
  sheet?: string
}

/** A file that is official but not one this pack uses: skipped with this reason. */
export interface NotUsed {
  skip: string
  /** An official file the pack simply does not need (O*NET reference and survey files). */
  notNeeded?: boolean
}

/**
 * One recogniser per official source. Each looks at a file's head and says what it is, that it
 * is a known file the pack does not use, or null (not its kind). The first answer wins. To teach
 * the builder a new official file (state OEWS, industry OEWS …), add a recogniser here and a
 * branch in plan.ts that turns it into a build option.
 */
export type Recogniser = (h: FileHead) => Recognised | NotUsed | null

const lower = (cells: string[]) => cells.map((c) => c.trim().toLowerCase())

export const readMeRecogniser: Recogniser = (h) => {
  if (h.format === 'xlsx' || !h.text) return null
  const m = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(h.text.slice(0, 400))
  if (!m?.[1]) return null
  const date = readMeDate(h.text)
  return { kind: 'onet-readme', what: `O*NET ${m[1]} release notes (tell the release)`, release: m[1], date }
}

const AREA_WHAT = 'BLS OEWS wages by state and metropolitan area'

export const oewsRecogniser: Recogniser = (h) => {
  const cols = lower(h.header)
  if (!cols.includes('occ_code') || !cols.includes('a_median')) return null
  const at = (name: string) => (h.firstRow[cols.indexOf(name)] ?? '').trim()
  // National cross-industry: AREA_TYPE 1 (or no AREA_TYPE) and NAICS 000000 (or no NAICS).
  // State, MSA and BOS files start with an area row; the industry files (nat3d, nat4d …) with
  // a national industry row; the all-data workbook starts like the national file and is told
  // by its sheet ("All May 2025 data").
  const areaType = cols.includes('area_type') ? at('area_type') : '1'
  const naics = cols.includes('naics') ? at('naics') : '000000'
  const dataSheet = h.sheets?.find((s) => !/field descriptions|filler|notes/i.test(s))
  const allData = !!dataSheet && /^all\b.*\bdata\b/i.test(dataSheet)
  let kind: 'oews' | 'oews-area' | 'oews-industry' = 'oews'
  if (allData || (areaType !== '1' && areaType !== '')) kind = 'oews-area'
  else if (naics !== '000000' && naics !== '') kind = 'oews-industry'
  const layout =
    kind === 'oews-area'
      ? 'the state, metropolitan or all-data file as BLS publishes it (state_M20YY_dl.xlsx, MSA_M20YY_dl.xlsx, all_data_M_20YY.xlsx)'
      : kind === 'oews-industry'
        ? 'the national industry file as BLS publishes it (nat3d_M20YY_dl.xlsx, nat4d_M20YY_dl.xlsx)'
        : 'the national file as BLS publishes it (national_M20YY_dl.xlsx)'
  // Said now, not after a long build: the columns the OEWS reader needs, and a SOC code in row one.
  const needs = ['occ_title', 'o_group', 'tot_emp', ...WAGE_COLUMNS]
  if (kind === 'oews-area') needs.push('area', 'area_title', 'prim_state')
  if (kind === 'oews-industry') needs.push('naics_title', 'i_group')
  const lacking = needs.filter((c) => !cols.includes(c))
  if (lacking.length)
    return {
      skip: `it looks like an OEWS file but lacks the columns ${lacking.map((c) => c.toUpperCase()).join(', ')}. Use ${layout}.`,
    }
  if (!/^\d\d-\d{4}$/.test(at('occ_code')))
    return {
      skip: `it looks like an OEWS file but its first OCC_CODE ("${at('occ_code').slice(0, 20)}") is not a SOC code like 29-2072. Use ${layout}.`,
    }
  const year =
    h.sheets
      ?.map((s) => /M_?(\d{4})|May (\d{4})/i.exec(s))
      .map((m) => m?.[1] ?? m?.[2])
      .find(Boolean) ?? oewsYearFromNotes(h)
  const release = year ? `OEWS May ${year}` : undefined
  const order = year ? Number(year) : 0
  if (kind === 'oews-area') return { kind, what: AREA_WHAT, release, order, sheet: dataSheet }
  if (kind === 'oews-industry')
    return { kind, what: 'BLS OEWS national wages by industry', release, order, sheet: dataSheet }
  return { kind, what: 'BLS OEWS national wages and employment', release, order }
}

/**
 * A CSV export of the all-data file: its head (the first 64 kB) holds only national rows and a
 * CSV has no sheet name ("All May 2025 data") to tell it by, so by content it passes for the
 * national file, which the national reader refuses only at its first state row, after the O*NET
 * tables are written. BLS's own name for it (all_data_M_2025) routes it with the area files.
 */
export function allDataCsvByName(name: string, h: FileHead, rec: Recognised): Recognised {
  const year = /^all_data_M_?(\d{4})\b/i.exec(name)?.[1]
  const cols = lower(h.header)
  if (rec.kind !== 'oews' || h.format !== 'csv' || !year || !cols.includes('area_title')) return rec
  return {
    kind: 'oews-area',
    what: AREA_WHAT,
    release: rec.release ?? `OEWS May ${year}`,
    order: rec.order || Number(year),
    sheet: `all_data_M_${year}`,
  }
}

function oewsYearFromNotes(h: FileHead): string | undefined {
  const notes = h.sheets?.find((s) => /field descriptions/i.test(s))
  if (!notes || !h.sheetRows) return undefined
  const text = h.sheetRows(notes).flat().join(' ')
  return /May (\d{4}) OEWS/i.exec(text)?.[1]
}

export const epRecogniser: Recogniser = (h) => {
  const rows: string[][] =
    h.format === 'xlsx'
      ? h.sheets?.includes('Table 1.2') && h.sheetRows
        ? h.sheetRows('Table 1.2')
        : []
      : [h.header, h.firstRow]
  for (const r of rows) {
    const cols = lower(r)
    if (!cols.some((c) => /matrix code|^code$/.test(c))) continue
    const years = cols.map((c) => /^employment,? (\d{4})$/.exec(c)?.[1]).filter(Boolean) as string[]
    if (years.length < 2 || !cols.some((c) => /openings/.test(c))) continue
    const [a, b] = years
    return {
      kind: 'ep',
      what: 'BLS Employment Projections (growth, openings, entry education)',
      release: `EP ${a}-${b!.slice(2)}`,
      order: Number(a),
    }
  }
  return null
}

export const cipRecogniser: Recogniser = (h) => {
  const rows =
    h.format === 'xlsx' && h.sheets?.includes('CIP-SOC') && h.sheetRows
      ? (h.sheetRows('CIP-SOC')[0] ?? [])
      : h.header
  const cols = lower(rows)
  const cip = cols.find((c) => /^cip(\d{4})code$/.test(c))
  const soc = cols.find((c) => /^soc(\d{4})code$/.test(c))
  if (cip && soc && cols.indexOf(cip) < cols.indexOf(soc)) {
    const y = /(\d{4})/.exec(cip)?.[1]
    return {
      kind: 'cip',
      what: 'NCES CIP–SOC crosswalk (related college programs)',
      release: `CIP ${y}-SOC ${/(\d{4})/.exec(soc)?.[1]}`,
      order: Number(y),
    }
  }
  if (cols.includes('cipcode') && cols.includes('ciptitle') && cols.includes('cipfamily'))
    return { kind: 'cip-codes', what: 'NCES CIP code list (program titles)', order: 0 }
  return null
}

export const clustersRecogniser: Recogniser = (h) => {
  const cols = lower(h.header)
  if (cols.includes('career cluster') && cols.includes('career pathway') && cols.includes('code'))
    return { kind: 'clusters', what: 'O*NET Career Clusters and Pathways', order: 0 }
  return null
}

const ONET_WHAT: Record<OnetTable, string> = {
  occupation_data: 'O*NET Occupation Data (the occupations)',
  interests: 'O*NET Interests (RIASEC)',
  job_zones: 'O*NET Job Zones',
  job_zone_reference: 'O*NET Job Zone Reference',
  alternate_titles: 'O*NET Alternate Titles (search by any job name)',
  reported_titles: 'O*NET Sample of Reported Titles',
  task_statements: 'O*NET Task Statements',
  technology: 'O*NET Technology Skills',
  tools: 'O*NET Tools Used',
  related_occupations: 'O*NET Related Occupations',
  education: 'O*NET Education, Training, and Experience',
  education_categories: 'O*NET Education categories',
  knowledge: 'O*NET Knowledge',
  skills: 'O*NET Skills (basic and cross-functional)',
  essential_skills: 'O*NET Essential (basic) Skills',
  transferable_skills: 'O*NET Transferable (cross-functional) Skills',
  abilities: 'O*NET Abilities',
  work_activities: 'O*NET Work Activities',
  work_styles: 'O*NET Work Styles',
  work_values: 'O*NET Work Values',
}

const ONET_UNUSED =
  'an O*NET file Career Atlas does not use (reference, crosswalk or survey detail); the pack is complete without it.'

export const onetRecogniser: Recogniser = (h) => {
  const cols = lower(h.header)
  const has = (n: string) => cols.includes(n)
  const looksOnet =
    has('o*net-soc code') ||
    has('element id') ||
    has('scale id') ||
    has('commodity code') ||
    (has('job zone') && has('svp range')) ||
    cols.some((c) => c.endsWith(' element id'))
  if (!looksOnet) return null
  const onetKind: OnetKind =
    h.format === 'xlsx' ? 'onet-excel' : h.format === 'csv' ? 'onet-csv' : 'onet-text'
  const table = onetTable(h, has, cols)
  if (!table) return { skip: ONET_UNUSED, notNeeded: true }
  return { kind: 'onet', table, onetKind, what: ONET_WHAT[table] }
}

function onetTable(h: FileHead, has: (n: string) => boolean, cols: string[]): OnetTable | null {
  const cell = (name: string) => (h.firstRow[cols.indexOf(name)] ?? '').trim()
  if (!has('o*net-soc code')) {
    if (has('job zone') && has('svp range')) return 'job_zone_reference'
    if (has('element id') && has('category description') && has('scale id') && cell('element id') === '2.D.1')
      return 'education_categories'
    return null
  }
  if (cols.length === 3 && has('title') && has('description')) return 'occupation_data'
  if (has('alternate title')) return 'alternate_titles'
  if (has('reported job title')) return 'reported_titles'
  if (has('task id') && has('task') && has('task type')) return 'task_statements'
  if (has('hot technology')) return 'technology'
  if ((has('example') || has('workplace example')) && (has('commodity code') || has('element id')))
    return 'tools'
  if (has('related o*net-soc code')) return 'related_occupations'
  if (has('job zone')) return 'job_zones'
  if (!(has('element id') && has('scale id') && has('data value'))) return null
  const el = cell('element id')
  if (has('category')) return el.startsWith('2.D.1') ? 'education' : null
  if (el.startsWith('1.B.1')) return 'interests'
  if (el.startsWith('1.B.2')) return 'work_values'
  if (el.startsWith('1.C') || el.startsWith('1.D')) return 'work_styles'
  if (el.startsWith('2.C')) return 'knowledge'
  if (el.startsWith('1.A')) return 'abilities'
  if (el.startsWith('4.A')) return 'work_activities'
  // The 30.3+ CSV layout splits skills in two files; text and Excel keep one Skills file.
  if (el.startsWith('2.A')) return h.format === 'csv' ? 'essential_skills' : 'skills'
  if (el.startsWith('2.B')) return h.format === 'csv' ? 'transferable_skills' : 'skills'
  return null
}

/** In order: the first recogniser that answers decides. */
export const RECOGNISERS: Recogniser[] = [
  readMeRecogniser,
  oewsRecogniser,
  epRecogniser,
  cipRecogniser,
  clustersRecogniser,
  onetRecogniser,
]

export function recognise(h: FileHead): Recognised | NotUsed | null {
  for (const r of RECOGNISERS) {
    const answer = r(h)
    if (answer) return answer
  }
  return null
}
