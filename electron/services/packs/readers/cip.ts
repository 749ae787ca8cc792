import { FIX_OFFICIAL, packInvalid } from './problem'
import { column } from './table'
import { readTabular } from './tabular'

export interface CipSocPair {
  cip: string
  cipTitle: string
  soc: string
}

/** NCES writes codes as `="51.0707"` (to stop Excel eating zeros); Excel may still turn 1.0000 into 1. */
export function cleanCip(raw: string): string {
  const s = raw.trim().replace(/^="?/, '').replace(/"$/, '')
  const m = /^(\d{1,2})(?:\.(\d{1,4}))?$/.exec(s)
  if (!m) return s
  return m[2] === undefined ? m[1]!.padStart(2, '0') : `${m[1]!.padStart(2, '0')}.${m[2].padEnd(4, '0')}`
}

/** CIP 2020 ↔ SOC 2018 crosswalk (xlsx sheet CIP-SOC, or its CSV); NO MATCH rows dropped. */
export async function readCipCrosswalk(file: string): Promise<CipSocPair[]> {
  const t = await readTabular(file, (c) => c.some((h) => /^CIP2020Code$/i.test(h.trim())), {
    sheet: 'CIP-SOC',
  })
  const cCip = column(t, ['CIP2020Code'])
  const cTitle = column(t, ['CIP2020Title'])
  const cSoc = column(t, ['SOC2018Code'])
  const out: CipSocPair[] = []
  t.rows.forEach((cells, i) => {
    const cip = cleanCip(cells[cCip] ?? '')
    const soc = (cells[cSoc] ?? '').trim()
    if (!cip && !soc) return
    if (soc.startsWith('99-9999') || cip.startsWith('99.9999')) return
    if (!/^\d\d\.\d{4}$/.test(cip) || !/^\d\d-\d{4}$/.test(soc)) {
      throw packInvalid(
        file,
        t.where(i),
        `"${cip}" / "${soc}" is not a CIP code and a SOC code.`,
        FIX_OFFICIAL,
      )
    }
    out.push({ cip, cipTitle: tidyTitle(cells[cTitle] ?? ''), soc })
  })
  return out
}

/**
 * CIP 2020 code list: live 6-digit programs and their titles. A move is two rows: "Moved from"
 * carries the retired code (its definition reads "Moved from 01.0309 to 01.1004") and "Moved to"
 * the live one, so the retired and deleted rows are dropped.
 */
export async function readCipCodes(file: string): Promise<Map<string, string>> {
  const t = await readTabular(file, (c) => c.some((h) => /^CIPCode$/i.test(h.trim())))
  const cCode = column(t, ['CIPCode'])
  const cTitle = column(t, ['CIPTitle'])
  const cAction = column(t, ['Action'])
  const out = new Map<string, string>()
  t.rows.forEach((cells) => {
    const action = (cells[cAction] ?? '').trim().toLowerCase()
    if (action === 'moved from' || action === 'deleted') return
    const code = cleanCip(cells[cCode] ?? '')
    if (/^\d\d\.\d{4}$/.test(code)) out.set(code, tidyTitle(cells[cTitle] ?? ''))
  })
  return out
}

/** NCES titles end with a period ("Agriculture, General."); a list reads better without it. */
export function tidyTitle(s: string): string {
  return s.trim().replace(/\.$/, '')
}
