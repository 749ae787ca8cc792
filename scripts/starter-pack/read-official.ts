import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/** Reads the official copies in ../shared/data; nothing here is committed. */
export class OfficialData {
  constructor(readonly root: string) {}

  path(rel: string): string {
    return join(this.root, rel)
  }

  /** An O*NET tab-delimited text file: header row plus rows. */
  tsv(rel: string): { header: string[]; rows: string[][] } {
    const lines = readFileSync(this.path(rel), 'utf8').replace(/\r/g, '').split('\n')
    const [head, ...rest] = lines.filter((l) => l.length > 0)
    return { header: (head ?? '').split('\t'), rows: rest.map((l) => l.split('\t')) }
  }

  /** A CSV file as records keyed by header (BOM removed). */
  csv(rel: string): Record<string, string>[] {
    return parse(readFileSync(this.path(rel)), { columns: true, bom: true, relax_quotes: true })
  }

  /** Raw CSV lines (to copy rows byte for byte), header first. */
  csvLines(rel: string): string[] {
    return readFileSync(this.path(rel), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
  }

  /** The first (or named) sheet of a workbook as arrays of cell values, header row first. */
  async xlsx(rel: string, sheet?: string): Promise<unknown[][]> {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(this.path(rel))
    const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0]
    if (!ws) throw new Error(`${rel}: no sheet ${sheet ?? '(first)'}`)
    const out: unknown[][] = []
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[]
      out.push(values.slice(1))
    })
    return out
  }
}

/** A cell value as plain text: hyperlinks become their URL, rich text its text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'object') {
    const o = v as { hyperlink?: string; richText?: { text: string }[]; text?: string; result?: unknown }
    if (o.hyperlink) return o.hyperlink
    if (o.richText) return o.richText.map((p) => p.text).join('')
    if (o.result !== undefined) return cellText(o.result)
    if (o.text !== undefined) return o.text
  }
  return String(v)
}
