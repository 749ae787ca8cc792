import { join } from 'node:path'
import { socOf } from './occupations'
import { cellText, type OfficialData } from './read-official'
import { csvCell, writeCsvLines } from './tsv'

/**
 * OEWS May 2025 national rows for the pack's SOC codes plus '00-0000 All Occupations', in the
 * workbook's own columns. Suppressed (*) and top-coded (#) markers are kept as BLS wrote them.
 */
export async function writeOews(data: OfficialData, out: string, codes: readonly string[]): Promise<number> {
  const socs = new Set(['00-0000', ...codes.map(socOf)])
  const [head, ...rows] = await data.xlsx('bls/oews/national_M2025_dl.xlsx', 'national_M2025_dl')
  const header = (head ?? []).map(cellText)
  const occ = header.indexOf('OCC_CODE')
  const kept = rows.filter((r) => socs.has(cellText(r[occ])))
  const lines = [header, ...kept.map((r) => header.map((_, i) => cellText(r[i])))].map((r) =>
    r.map((c) => csvCell(c)).join(','),
  )
  writeCsvLines(join(out, 'oews_national.csv'), lines)
  return kept.length
}

/**
 * EP 2024–34 Table 1.2: the header row, 'Total, all occupations' and the pack's line items.
 * Titles are trimmed (the workbook indents them to show the hierarchy); numbers are in thousands
 * as BLS publishes them; the OOH column holds the link's URL.
 */
export async function writeEp(data: OfficialData, out: string, codes: readonly string[]): Promise<number> {
  const socs = new Set(codes.map(socOf))
  const rows = await data.xlsx('bls/ep/occupation.xlsx', 'Table 1.2')
  const headerIndex = rows.findIndex((r) => cellText(r[1]) === '2024 National Employment Matrix code')
  if (headerIndex < 0) throw new Error('EP Table 1.2: header row not found')
  const header = rows[headerIndex]!.map(cellText)
  const kept = rows.slice(headerIndex + 1).filter((r) => {
    const code = cellText(r[1])
    const type = cellText(r[2])
    return code === '00-0000' || (type === 'Line item' && socs.has(code))
  })
  const lines = [
    header,
    ...kept.map((r) => header.map((_, i) => (i === 0 ? cellText(r[i]).trim() : cellText(r[i])))),
  ].map((r) => r.map((c) => csvCell(c)).join(','))
  writeCsvLines(join(out, 'ep_table_1_2.csv'), lines)
  return kept.length
}
