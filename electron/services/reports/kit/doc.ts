import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { font } from './theme'

export type Paper = 'letter' | 'a4'
export type Doc = PDFKit.PDFDocument

export const PAPER_SIZES: Record<Paper, [number, number]> = { letter: [612, 792], a4: [595.28, 841.89] }

export interface DocOptions {
  paper: Paper
  fontsDir: string
  title: string
  subject: string
  author?: string
  /** Fixed creation date keeps output reproducible in tests. */
  date: Date
}

// Reading the TTFs once per process keeps a report in the tens of milliseconds; pdfkit subsets
// each document's glyphs, so embedding the whole family costs only what a page uses.
const fontCache = new Map<string, Buffer>()
function fontBytes(dir: string, file: string): Buffer {
  const key = join(dir, file)
  let b = fontCache.get(key)
  if (!b) {
    b = readFileSync(key)
    fontCache.set(key, b)
  }
  return b
}

export const MARGINS = { top: 68, bottom: 64, left: 56, right: 56 }

export function createDoc(o: DocOptions): Doc {
  const doc = new PDFDocument({
    size: PAPER_SIZES[o.paper],
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
    info: {
      Title: o.title,
      Subject: o.subject,
      Author: o.author ?? 'Career Atlas',
      Creator: 'Career Atlas',
      Producer: 'Career Atlas (pdfkit)',
      CreationDate: o.date,
    },
  })
  doc.registerFont(font.regular, fontBytes(o.fontsDir, 'NotoSans-Regular.ttf'))
  doc.registerFont(font.bold, fontBytes(o.fontsDir, 'NotoSans-Bold.ttf'))
  doc.font(font.regular)
  return doc
}

/** Ends the document and collects its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
