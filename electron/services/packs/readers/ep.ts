import { FIX_OFFICIAL, num, packInvalid } from './problem'
import { readTabular } from './tabular'

export interface EpRow {
  soc: string
  title: string
  /** 'Line item' (an occupation) or 'Summary' (a group). */
  type: string
  /** In jobs: BLS publishes thousands, multiplied here. */
  empBase: number | null
  empProj: number | null
  changePct: number | null
  openings: number | null
  medianWage: number | null
  education: string | null
  experience: string | null
  training: string | null
}

export interface EpData {
  file: string
  release: string
  baseYear: number
  projYear: number
  rows: EpRow[]
}

/**
 * BLS Employment Projections `occupation.xlsx` Table 1.2 (or a CSV of the same columns): a
 * title row, the header, indented titles, values in thousands, then footnote rows.
 */
export async function readEp(file: string, release?: string): Promise<EpData> {
  const isHeader = (cells: string[]) =>
    cells.some((c) => /matrix code|^code$/i.test(c.trim())) &&
    cells.some((c) => /^employment,? \d{4}/i.test(c.trim()))
  const t = await readTabular(file, isHeader, {
    sheet: file.toLowerCase().endsWith('.xlsx') ? 'Table 1.2' : undefined,
  })
  const years = t.header
    .map((h) => /^employment,? (\d{4})$/i.exec(h.trim())?.[1])
    .filter(Boolean)
    .map(Number)
  const [baseYear, projYear] = years
  if (!baseYear || !projYear)
    throw packInvalid(file, 'header', 'the two "Employment, YYYY" columns were not found.', FIX_OFFICIAL)
  const find = (re: RegExp, label: string) => {
    const i = t.header.findIndex((h) => re.test(h))
    if (i < 0) throw packInvalid(file, 'header', `the column "${label}" is missing.`, FIX_OFFICIAL)
    return i
  }
  const cTitle = find(/title/i, 'Matrix title')
  const cCode = find(/matrix code|^code$/i, 'Matrix code')
  const cType = find(/occupation type/i, 'Occupation type')
  const cBase = t.header.findIndex((h) => h.trim() === `Employment, ${baseYear}`)
  const cProj = t.header.findIndex((h) => h.trim() === `Employment, ${projYear}`)
  const cPct = find(/change, percent/i, 'Employment change, percent')
  const cOpen = find(/openings/i, 'Occupational openings')
  const cWage = find(/median annual wage/i, 'Median annual wage')
  const cEdu = find(/education needed/i, 'Typical education needed for entry')
  const cExp = find(/work experience/i, 'Work experience in a related occupation')
  const cOjt = find(/on-the-job training/i, 'Typical on-the-job training')
  const text = (s: string | undefined) => {
    const v = (s ?? '').trim()
    return v === '' || v === '—' || v === '-' ? null : v
  }
  const rows: EpRow[] = []
  const seen = new Set<string>()
  t.rows.forEach((cells, i) => {
    const soc = (cells[cCode] ?? '').trim()
    // Footnote and note rows have no code; they end the table.
    if (!/^\d\d-\d{4}$/.test(soc)) return
    const n = (c: number, scale = 1) => {
      const v = num(cells[c])
      if (v !== null && Number.isNaN(v)) {
        throw packInvalid(
          file,
          `${t.where(i)}, column "${t.header[c]}"`,
          `"${cells[c]}" is not a number.`,
          FIX_OFFICIAL,
        )
      }
      return v === null ? null : Math.round(v * scale * 100) / 100
    }
    if (seen.has(soc))
      throw packInvalid(file, t.where(i), `the occupation ${soc} appears twice.`, FIX_OFFICIAL)
    seen.add(soc)
    rows.push({
      soc,
      title: (cells[cTitle] ?? '').trim(),
      type: (cells[cType] ?? '').trim(),
      empBase: n(cBase, 1000),
      empProj: n(cProj, 1000),
      changePct: n(cPct),
      openings: n(cOpen, 1000),
      medianWage: wage(cells[cWage]),
      education: text(cells[cEdu]),
      experience: text(cells[cExp]),
      training: text(cells[cOjt]),
    })
  })
  if (rows.length === 0)
    throw packInvalid(file, null, 'no occupation rows were found in Table 1.2.', FIX_OFFICIAL)
  return { file, release: release ?? `EP ${baseYear}-${String(projYear).slice(2)}`, baseYear, projYear, rows }
}

/** EP prints top-coded wages as ">=$239,200"; keep the number (a floor) rather than drop it. */
function wage(raw: string | undefined): number | null {
  const s = (raw ?? '').replace(/[>=≥$,\s]/g, '')
  if (!s || s === '—') return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}
