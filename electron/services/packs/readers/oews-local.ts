import { UserError } from '../../../../shared/errors'
import { oewsFigure } from './oews'
import {
  AREA_TYPES,
  type AreaRow,
  areaCode,
  type Columns,
  cellValue,
  columns,
  crossIndustry,
  type FigureColumns,
  figureColumns,
  figures,
  type IndustryRow,
  isHeader,
  localRelease,
  titleCell,
} from './oews-local-cells'
import { FIX_OFFICIAL, packInvalid } from './problem'
import { type RowFile, rowFiles, scanRows } from './row-source'

/**
 * BLS OEWS files beyond the national one, in the national workbook's columns (see its "Field
 * Descriptions" sheet): the state, MSA, nonmetropolitan (BOS) and all-data workbooks
 * (`readOewsAreas`) and the national industry workbooks nat3d/nat4d (`readOewsIndustries`).
 * Rows are handed over one at a time: the all-data workbook holds about 400,000 of them.
 */

export type { AreaRow, IndustryRow, LocalFigures } from './oews-local-cells'
export { AREA_TYPES, localRelease }

export interface LocalReadResult {
  /** The release the files state (null when none does). */
  release: string | null
  files: { path: string; label: string; release: string | null; rows: number }[]
}

/**
 * Reads state / MSA / BOS / all-data files and calls `onRow` for every cross-industry area row
 * (national rows and industry rows of the all-data file are skipped: the national file and the
 * industry workbooks carry those). Duplicate rows, unknown area types and files from different
 * releases are refused with the file and row.
 */
export function readOewsAreas(
  paths: string[],
  onRow: (r: AreaRow, file: string, where: string) => void,
  expectRelease: string | null,
  filesOf: (path: string) => RowFile[] = rowFiles,
): LocalReadResult {
  // BLS lists each area's rows in one block: duplicates are looked for within the current area,
  // and an area that comes back after another began was read before (kept small for the
  // all-data workbook's 400,000 rows).
  let current = ''
  let seen = new Set<string>()
  const done = new Map<string, string>()
  return readEach(
    paths,
    filesOf,
    expectRelease,
    (f, header, c) => {
      const cArea = c.need('AREA')
      const cTitle = c.need('AREA_TITLE')
      const cType = c.need('AREA_TYPE')
      const cState = c.need('PRIM_STATE')
      const cNaics = c.at('NAICS')
      const cJobs = c.at('JOBS_1000')
      const cLq = c.at('LOC_QUOTIENT')
      // An area's code, title and state repeat on every row of its block: each is checked when
      // it changes (the all-data workbook has 400,000 rows and about 600 areas).
      let lastRaw = ''
      let lastType = 0
      let lastArea = ''
      // null: no row read yet (a missing cell reads as undefined and is checked like any other).
      let lastTitle: string | undefined | null = null
      let areaTitle = ''
      let lastState: string | undefined | null = null
      let state = ''
      const handle: RowHandler = (cells, where, fc) => {
        const rawArea = (cells[cArea] ?? '').trim()
        const typeText = (cells[cType] ?? '').trim()
        const type = Number(typeText)
        if (!AREA_TYPES[type]) {
          throw packInvalid(
            f.label,
            `${where}, column AREA_TYPE`,
            `the area type "${typeText}" is not one BLS uses (1 U.S., 2 State, 3 U.S. territory, 4 Metropolitan area, 6 Nonmetropolitan area).`,
            FIX_OFFICIAL,
          )
        }
        if (type === 1) return false
        if (cNaics >= 0 && !crossIndustry((cells[cNaics] ?? '').trim())) return false
        if (rawArea !== lastRaw || type !== lastType) {
          lastArea = areaCode(rawArea, type, f.label, where)
          lastRaw = rawArea
          lastType = type
        }
        const area = lastArea
        if (cells[cTitle] !== lastTitle) {
          areaTitle = titleCell(cells, cTitle, f.label, where, 'AREA_TITLE')
          lastTitle = cells[cTitle]
        }
        if (cells[cState] !== lastState) {
          state = (cells[cState] ?? '').trim().toUpperCase()
          if (!/^[A-Z]{2}$/.test(state))
            throw packInvalid(
              f.label,
              `${where}, column PRIM_STATE`,
              `"${state.slice(0, 40)}" is not a state postal code like OH.`,
              FIX_OFFICIAL,
            )
          lastState = cells[cState]
        }
        const fig = figures(f.label, where, cells, header, fc)
        if (area !== current) {
          if (current) done.set(current, f.label)
          const before = done.get(area)
          if (before) {
            throw packInvalid(
              f.label,
              where,
              `the rows of area ${area} (${areaTitle}) were already read${before === f.label ? ' earlier in this file' : ` from ${before}`}: the area appears twice.`,
              'Give each area once: the all-data workbook already holds every state and metro area, so give it alone. A re-sorted export must keep each area in one block.',
            )
          }
          current = area
          seen = new Set()
        }
        const key = `${fig.soc}/${fig.group}`
        if (seen.has(key)) {
          throw packInvalid(
            f.label,
            where,
            `the occupation ${fig.soc} (${fig.group}) in area ${area} appears twice.`,
            FIX_OFFICIAL,
          )
        }
        seen.add(key)
        // The figures' object becomes the area row (a copy per row costs more than the checks).
        const row = fig as AreaRow
        row.area = area
        row.areaTitle = areaTitle
        row.areaType = type
        row.state = state
        row.jobs1000 =
          cJobs < 0 ? null : cellValue(cells, cJobs, 'jobs_1000', fig.flags, f.label, where, header)
        row.locQuotient =
          cLq < 0 ? null : cellValue(cells, cLq, 'loc_quotient', fig.flags, f.label, where, header)
        onRow(row, f.label, where)
        return true
      }
      return { key: cArea, handle }
    },
    'the file holds no state, metropolitan or nonmetropolitan area rows. The national file goes under national wages (--oews), the industry files (nat3d, nat4d) under wages by industry (--oews-industry).',
  )
}

/** Reads the national industry workbooks (nat3d, nat4d, ...): one row per industry and occupation. */
export function readOewsIndustries(
  paths: string[],
  onRow: (r: IndustryRow, file: string, where: string) => void,
  expectRelease: string | null,
): LocalReadResult {
  const seen = new Set<string>()
  return readEach(
    paths,
    rowFiles,
    expectRelease,
    (f, header, c) => {
      const cNaics = c.need('NAICS')
      const cTitle = c.need('NAICS_TITLE')
      const cGroup = c.need('I_GROUP')
      const cType = c.at('AREA_TYPE')
      const cPct = c.at('PCT_TOTAL')
      const handle: RowHandler = (cells, where, fc) => {
        const naics = (cells[cNaics] ?? '').trim()
        // Cross-industry rows first: the all-data workbook mixes them (every area) with the
        // national industry rows, so it serves as an industry file too.
        if (crossIndustry(naics)) return false
        if (cType >= 0 && (cells[cType] ?? '').trim() !== '1') {
          throw packInvalid(
            f.label,
            `${where}, column AREA_TYPE`,
            'this is not a national industry file (AREA_TYPE is not 1).',
            'Use the national industry-specific files, nat3d_M20YY_dl.xlsx or nat4d_M20YY_dl.xlsx, from bls.gov/oes.',
          )
        }
        const fig = figures(f.label, where, cells, header, fc)
        const iGroup = (cells[cGroup] ?? '').trim().toLowerCase()
        // NAICS codes ('622000', sectors '31-33', OEWS designations '999300') and I_GROUP words.
        const badNaics = !/^[0-9A-Z-]{2,10}$/i.test(naics)
        if (badNaics || !/^[a-z0-9 ,-]{1,40}$/.test(iGroup))
          throw packInvalid(
            f.label,
            `${where}, column ${badNaics ? 'NAICS' : 'I_GROUP'}`,
            `"${(badNaics ? naics : iGroup).slice(0, 40)}" is not how BLS codes an industry.`,
            FIX_OFFICIAL,
          )
        const key = `${naics}/${iGroup}/${fig.soc}/${fig.group}`
        if (seen.has(key)) {
          throw packInvalid(
            f.label,
            where,
            `the occupation ${fig.soc} (${fig.group}) in industry ${naics} (${iGroup}) appears twice (in this file or an earlier one).`,
            'Give each industry file once.',
          )
        }
        seen.add(key)
        // PCT_TOTAL is shown as a share only when BLS gives one: a marker or stray text reads as none.
        const pct = cPct >= 0 ? oewsFigure(cells[cPct]) : null
        onRow(
          {
            ...fig,
            naics,
            naicsTitle: titleCell(cells, cTitle, f.label, where, 'NAICS_TITLE'),
            iGroup,
            pctTotal: typeof pct === 'number' ? pct : null,
          },
          f.label,
          where,
        )
        return true
      }
      return { key: cNaics, handle }
    },
    'the file holds no industry rows (NAICS other than 000000). Area files (state, MSA, BOS, all-data) go under wages by area (--oews-area).',
  )
}

/** One data row: true when it was taken (false: a row the file holds for others, e.g. national). */
type RowHandler = (cells: string[], where: string, fc: FigureColumns) => boolean

/**
 * Reads each file's rows after checking its release against the others: `start` looks up the
 * file's own columns and names the one that keys a row (AREA, NAICS); rows with neither it nor
 * an OCC_CODE (blank lines, footnotes) are passed over, the others go to `handle`.
 */
function readEach(
  paths: string[],
  filesOf: (path: string) => RowFile[],
  expectRelease: string | null,
  start: (f: RowFile, header: string[], c: Columns) => { key: number; handle: RowHandler },
  empty: string,
): LocalReadResult {
  const out: LocalReadResult['files'] = []
  let release = expectRelease
  let releaseFrom = 'the national OEWS file'
  for (const path of paths) {
    for (const f of filesOf(path)) {
      let handle: ((cells: string[], where: string) => boolean) | null = null
      let rows = 0
      let own: string | null = null
      scanRows(
        f,
        isHeader,
        (header, notes) => {
          own = localRelease(notes, f.name)
          if (own && release && own !== release) {
            throw new UserError(
              'PACK_INVALID',
              `${f.label}: this file is ${own}, but ${releaseFrom} is ${release}. Area, industry and national wages must come from the same OEWS release.`,
              'Download the files of one release (for example all May 2025 files) from bls.gov/oes and build again.',
            )
          }
          if (own && !release) {
            release = own
            releaseFrom = f.label
          }
          const c = columns(f.label, header)
          const file = start(f, header, c)
          const cOcc = c.need('OCC_CODE')
          const fc = figureColumns(c)
          handle = (cells, where) =>
            (!!(cells[file.key] ?? '').trim() || !!(cells[cOcc] ?? '').trim()) &&
            file.handle(cells, where, fc)
        },
        (cells, where) => {
          if (handle!(cells, where)) rows++
        },
      )
      if (rows === 0)
        throw packInvalid(
          f.label,
          null,
          empty,
          'Choose the file for this list as downloaded from bls.gov/oes.',
        )
      out.push({ path, label: f.label, release: own, rows })
    }
  }
  return { release, files: out }
}
