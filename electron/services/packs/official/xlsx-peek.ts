import { strFromU8, unzipSync } from 'fflate'

/** The sheet names of a workbook and the first rows of any sheet, without loading the workbook. */
export interface XlsxPeek {
  sheets: string[]
  rows: (sheet: string) => string[][]
}

const XLSX_PARTS = ['[Content_Types].xml', 'xl/workbook.xml']

/** True when the zip's entry names are those of an Excel workbook. */
export function isWorkbook(entryNames: string[]): boolean {
  return XLSX_PARTS.every((p) => entryNames.includes(p))
}

/**
 * Reads only what recognising a file needs: the workbook's sheet list and, per sheet asked for,
 * the first `maxRows` rows (shared strings are decoded up to the highest index those rows use).
 * Official workbooks put their headings in the first rows, so this is all detection needs; the
 * builder reads the full sheet later with exceljs.
 */
export function peekXlsx(buf: Uint8Array, maxRows = 12): XlsxPeek {
  const part = (name: string) => unzipSync(buf, { filter: (f) => f.name === name })[name]
  const text = (name: string, limit = Infinity) => {
    const u8 = part(name)
    if (!u8) return ''
    return strFromU8(u8.length > limit ? u8.subarray(0, limit) : u8)
  }
  const workbook = text('xl/workbook.xml')
  const rels = text('xl/_rels/workbook.xml.rels')
  const targets = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attr(m[1] ?? '', 'Id')
    const target = attr(m[1] ?? '', 'Target')
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'))
  }
  const sheetPaths = new Map<string, string>()
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(attr(m[1] ?? '', 'name') ?? '')
    const rid = attr(m[1] ?? '', 'r:id')
    const path = rid ? targets.get(rid) : undefined
    if (name && path) sheetPaths.set(name, path)
  }
  let shared: string | null = null
  const sharedStrings = (upTo: number): string[] => {
    shared ??= text('xl/sharedStrings.xml')
    const out: string[] = []
    let at = 0
    while (out.length <= upTo) {
      const start = shared.indexOf('<si>', at)
      if (start < 0) break
      const end = shared.indexOf('</si>', start)
      if (end < 0) break
      const si = shared.slice(start, end)
      out.push([...si.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''))
      at = end + 5
    }
    return out
  }
  return {
    sheets: [...sheetPaths.keys()],
    rows: (sheet) => {
      const path = sheetPaths.get(sheet)
      if (!path) return []
      const xml = text(path, 512 * 1024)
      const raw: { col: number; type: string; value: string }[][] = []
      for (const r of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
        if (raw.length >= maxRows) break
        const cells: { col: number; type: string; value: string }[] = []
        for (const c of (r[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          const attrs = c[1] ?? ''
          const body = c[2] ?? ''
          const ref = attr(attrs, 'r') ?? ''
          const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? /<t\b[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? ''
          cells.push({ col: colIndex(ref, cells.length), type: attr(attrs, 't') ?? '', value: v })
        }
        raw.push(cells)
      }
      const maxShared = Math.max(
        -1,
        ...raw
          .flat()
          .filter((c) => c.type === 's')
          .map((c) => Number(c.value)),
      )
      const strings = maxShared >= 0 ? sharedStrings(maxShared) : []
      return raw.map((cells) => {
        const row: string[] = []
        for (const c of cells) {
          row[c.col] = c.type === 's' ? (strings[Number(c.value)] ?? '') : unescapeXml(c.value)
        }
        return Array.from(row, (v) => v ?? '')
      })
    },
  }
}

function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`)
  return re.exec(attrs)?.[1]
}

function colIndex(ref: string, fallback: number): number {
  const letters = /^([A-Z]+)/.exec(ref)?.[1]
  if (!letters) return fallback
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
