import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Doc } from './doc'
import { font } from './theme'

/*
 * Shaping Noto Sans (GSUB/GPOS lookups) is most of the cost of a report. pdfkit parses the TTF
 * and lays words out afresh for every document; we parse each face once per process and share
 * its word-layout cache between documents. Each document still embeds its own subset, so files
 * stay small and independent. This reaches into pdfkit internals (_fontFamilies, layoutCache):
 * registerFaces falls back to pdfkit's public path if they ever change.
 */
interface Face {
  ctor: new (doc: Doc, fontkitFont: unknown, id: string) => PdfFont
  fontkitFont: unknown
  layoutCache: Record<string, unknown> | undefined
}
interface PdfFont {
  font: unknown
  layoutCache?: Record<string, unknown>
}
type DocInternals = Doc & { _fontFamilies: Record<string, PdfFont>; _fontCount: number; _font: PdfFont }

const FILES: Record<string, string> = {
  [font.regular]: 'NotoSans-Regular.ttf',
  [font.bold]: 'NotoSans-Bold.ttf',
}
const faces = new Map<string, Face>()

export function registerFaces(doc: Doc, fontsDir: string): void {
  const d = doc as DocInternals
  for (const [name, file] of Object.entries(FILES)) {
    const key = join(fontsDir, file)
    const face = faces.get(key)
    if (face && d._fontFamilies) {
      const f = new face.ctor(doc, face.fontkitFont, `F${++d._fontCount}`)
      if (face.layoutCache) f.layoutCache = face.layoutCache
      d._fontFamilies[name] = f
      continue
    }
    doc.registerFont(name, readFileSync(key))
    doc.font(name)
    const made = d._font
    if (made && typeof made.constructor === 'function' && made.font)
      faces.set(key, {
        ctor: made.constructor as Face['ctor'],
        fontkitFont: made.font,
        layoutCache: made.layoutCache,
      })
  }
  doc.font(font.regular)
}
