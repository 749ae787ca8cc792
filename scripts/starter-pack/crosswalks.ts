import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { socOf } from './occupations'
import type { OfficialData } from './read-official'
import { csvCell, writeCsvLines } from './tsv'

const NCES = 'crosswalks/nces_cip2020_soc2018'

/**
 * Subsets of the NCES CIP 2020 ↔ SOC 2018 crosswalk and the CIP 2020 code list, and of O*NET's
 * All_Career_Clusters.csv. Rows are copied verbatim except CIPDefinition, CrossReferences and
 * Examples, which are NCES prose and are left empty: CIP titles are facts, the definitions are not ours.
 */
export function writeCrosswalks(data: OfficialData, out: string, codes: readonly string[]) {
  const socs = new Set(codes.map(socOf))
  const cw = data.csvLines(`${NCES}/CIP2020_SOC2018_Crosswalk.csv`).filter((l) => l.length > 0)
  const [cwHead, ...cwRows] = cw
  const keptCw = cwRows.filter((line) => {
    const rec = parse(line)[0] as string[]
    return socs.has(rec[2]!)
  })
  // Same shape as the NCES file: UTF-8 BOM, CRLF, no newline after the last row.
  writeCsvLines(join(out, 'CIP2020_SOC2018_Crosswalk.csv'), [cwHead!, ...keptCw], {
    bom: true,
    eol: '\r\n',
    finalEol: false,
  })
  const cips = new Set(keptCw.map((l) => (parse(l)[0] as string[])[0]!))

  // Keep each program's 2-digit family and 4-digit series rows too, so titles can be grouped.
  const wanted = new Set<string>()
  for (const cip of cips) {
    wanted.add(cip)
    wanted.add(cip.slice(0, 2))
    wanted.add(cip.slice(0, 5))
  }
  const list = data.csv(`${NCES}/CIPCode2020.csv`)
  const bare = (v: string) => v.replace(/^="?|"$/g, '')
  const header = [
    'CIPFamily',
    'CIPCode',
    'Action',
    'TextChange',
    'CIPTitle',
    'CIPDefinition',
    'CrossReferences',
    'Examples',
  ]
  const lines = [header.map((h) => csvCell(h, true)).join(',')]
  for (const r of list) {
    const code = bare(r.CIPCode ?? '')
    // In this file 'Moved to' marks a live code's new home and 'Moved from' the retired old code.
    if (!wanted.has(code) || r.Action === 'Deleted' || r.Action === 'Moved from') continue
    lines.push(
      [
        `="${bare(r.CIPFamily ?? '')}"`,
        `="${code}"`,
        csvCell(r.Action ?? '', true),
        r.TextChange ?? '',
        csvCell(r.CIPTitle ?? '', true),
        csvCell('', true),
        csvCell('', true),
        '',
      ].join(','),
    )
  }
  writeCsvLines(join(out, 'CIPCode2020.csv'), lines, { eol: '\r\n' })

  const clusters = data
    .csvLines('crosswalks/onet_career_clusters/All_Career_Clusters.csv')
    .filter((l) => l.length > 0)
  const codeSet = new Set(codes)
  const [clHead, ...clRows] = clusters
  const keptCl = clRows.filter((l) => codeSet.has((parse(l)[0] as string[])[2]!))
  writeCsvLines(join(out, 'All_Career_Clusters.csv'), [clHead!, ...keptCl])
  return { crosswalk: keptCw.length, cipCodes: lines.length - 1, clusters: keptCl.length }
}
