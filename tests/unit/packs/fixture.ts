import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import { tempDir } from '../../support/tmp'

/** A temp folder with the given files (text or bytes); remove with cleanup(). */
export function fixtureDir(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const t = tempDir('ca-pack-fixture-')
  for (const [name, body] of Object.entries(files)) {
    const p = join(t.dir, name)
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, body)
  }
  return t
}

/** Tab-delimited text from rows of cells, as O*NET writes it. */
export const tsv = (rows: (string | number)[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`

export async function writeXlsx(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name)
    for (const r of rows) ws.addRow(r)
  }
  await wb.xlsx.writeFile(file)
}

/** Expects a PACK_INVALID error whose message matches every pattern. */
export async function expectPackInvalid(run: () => unknown, ...patterns: RegExp[]): Promise<void> {
  let err: unknown
  try {
    await run()
  } catch (e) {
    err = e
  }
  expect(err, 'expected the reader to refuse the file').toBeDefined()
  const e = err as { code?: string; message: string; fix?: string }
  expect(e.code).toBe('PACK_INVALID')
  expect(e.fix).toBeTruthy()
  for (const p of patterns) expect(e.message).toMatch(p)
}
