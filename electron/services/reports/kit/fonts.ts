import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { font } from './theme'
import type { Doc } from './types'

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

interface GlyphCache {
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null
}

/*
 * fontkit caches one glyph object per glyph id with the code points of the first text that drew
 * it (a decomposed "ǹ" leaves "n" remembered as U+01F9), and pdfkit builds the PDF's text layer
 * from those: later words then copy, search and read aloud wrongly. Each lookup gets a view
 * carrying its own code points over the shared glyph.
 */
function keepCodePoints(font: GlyphCache): void {
  const original = font.getGlyph.bind(font)
  font.getGlyph = (id, codePoints = []) => {
    const g = original(id, codePoints)
    if (!g || codePoints.length === 0 || sameList(g.codePoints, codePoints)) return g
    return Object.create(g, { codePoints: { value: codePoints } })
  }
}

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i])

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
    if (made?.font) keepCodePoints(made.font as GlyphCache)
    if (made && typeof made.constructor === 'function' && made.font)
      faces.set(key, {
        ctor: made.constructor as Face['ctor'],
        fontkitFont: made.font,
        layoutCache: made.layoutCache,
      })
  }
  doc.font(font.regular)
}

/** What a report prints in place of a character its font has no glyph for (emoji, most scripts). */
export const UNPRINTABLE = '[?]'

interface GlyphSource {
  hasGlyphForCodePoint(cp: number): boolean
}
const coverage = new WeakMap<GlyphSource, Map<number, boolean>>()
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
// Joiners and variation selectors have no glyph of their own: an emoji sequence is judged by its
// visible characters, and a kept character loses them rather than print an empty box.
const INVISIBLE = /[\u200d\ufe0e\ufe0f]/g

/**
 * The text as the font can draw it: each run of character clusters the font cannot draw becomes
 * one visible UNPRINTABLE mark, never the empty box of a missing glyph.
 */
export function printable(text: string, face: GlyphSource): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the fast path
  if (!/[^\x00-\x7f]/.test(text)) return text
  const seen = coverage.get(face) ?? new Map<number, boolean>()
  coverage.set(face, seen)
  const has = (cp: number) => {
    const known = seen.get(cp)
    if (known !== undefined) return known
    const v = cp < 0x20 || face.hasGlyphForCodePoint(cp)
    seen.set(cp, v)
    return v
  }
  let out = ''
  for (const { segment } of segmenter.segment(text)) {
    const visible = segment.replace(INVISIBLE, '')
    if (visible === '') continue
    let ok = true
    for (const ch of visible) if (!has(ch.codePointAt(0)!)) ok = false
    // A run of them (a word in another script) becomes one mark, not a row of them.
    if (ok) out += visible
    else if (!out.endsWith(UNPRINTABLE)) out += UNPRINTABLE
  }
  return out
}

type Measured = 'text' | 'widthOfString' | 'heightOfString'

/**
 * Routes every string the document draws or measures through `printable` for the current face,
 * so no call site can print a missing glyph.
 */
export function guardGlyphs(doc: Doc): void {
  const d = doc as unknown as { _font?: PdfFont } & Record<Measured, (...a: unknown[]) => unknown>
  for (const name of ['text', 'widthOfString', 'heightOfString'] as const) {
    const original = d[name].bind(doc)
    d[name] = (first: unknown, ...rest: unknown[]) => {
      const face = d._font?.font as GlyphSource | undefined
      const arg = typeof first === 'string' && face ? printable(first, face) : first
      return original(arg, ...rest)
    }
  }
}
