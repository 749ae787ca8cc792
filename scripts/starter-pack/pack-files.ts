import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'

/** Reads the committed starter pack back (tests and checks use it; the app has its own importer). */
export const STARTER_PACK_DIR = resolve(import.meta.dirname, '../../resources/starter-pack')

export interface Table {
  header: string[]
  rows: string[][]
  /** Rows as records keyed by header. */
  records: Record<string, string>[]
}

function table(header: string[], rows: string[][]): Table {
  return { header, rows, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) }
}

export function readPackTsv(name: string, dir = STARTER_PACK_DIR): Table {
  const text = readFileSync(join(dir, 'onet', name), 'utf8')
  const [head, ...rest] = text.split('\n').filter((l) => l.length > 0)
  return table(
    (head ?? '').split('\t'),
    rest.map((l) => l.split('\t')),
  )
}

export function readPackCsv(rel: string, dir = STARTER_PACK_DIR): Table {
  const rows = parse(readFileSync(join(dir, rel)), { bom: true, relax_quotes: true }) as string[][]
  const [head, ...rest] = rows
  return table(head ?? [], rest)
}

/** Every file under a folder, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? listFiles(p) : [p]
  })
}
