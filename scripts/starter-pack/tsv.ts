import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Writes an O*NET-style tab-delimited file (LF line ends, trailing newline, like the releases). */
export function writeTsv(
  file: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): number {
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`${file}: row has ${row.length} cells, header ${header.length}`)
    for (const cell of row)
      if (/[\t\r\n]/.test(cell)) throw new Error(`${file}: cell holds a tab or newline: ${cell}`)
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${[header, ...rows].map((r) => r.join('\t')).join('\n')}\n`)
  return rows.length
}

/** One CSV cell: quoted when needed, or always when `always` (as NCES quotes its text columns). */
export function csvCell(value: string, always = false): string {
  return always || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export interface CsvOptions {
  bom?: boolean
  eol?: '\n' | '\r\n'
  finalEol?: boolean
}

export function writeCsvLines(file: string, lines: readonly string[], opts: CsvOptions = {}): void {
  const eol = opts.eol ?? '\n'
  mkdirSync(dirname(file), { recursive: true })
  const body = lines.join(eol) + (opts.finalEol === false ? '' : eol)
  writeFileSync(file, (opts.bom ? '\uFEFF' : '') + body)
}

/** A number formatted as the O*NET text releases do (fixed decimals); text such as 'n/a' as is. */
export function fixed(v: unknown, decimals: number): string {
  if (v === null || v === undefined || v === '') return 'n/a'
  if (typeof v === 'number') return v.toFixed(decimals)
  return String(v)
}
