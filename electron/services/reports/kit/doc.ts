import PDFDocument from 'pdfkit'
import { guardGlyphs, registerFaces } from './fonts'
import type { Doc, Paper } from './types'

export type { Doc, Paper }

export const PAPER_SIZES: Record<Paper, [number, number]> = { letter: [612, 792], a4: [595.28, 841.89] }

export interface DocOptions {
  paper: Paper
  fontsDir: string
  title: string
  subject: string
  author?: string
  /** Fixed creation date keeps output reproducible in tests. */
  date: Date
  /**
   * Tagged (the default): a structure tree a screen reader follows in order. Off only for the
   * benchmark's untagged peer.
   */
  tagged?: boolean
}

export const MARGINS = { top: 68, bottom: 64, left: 56, right: 56 }

export function createDoc(o: DocOptions): Doc {
  const doc = new PDFDocument({
    size: PAPER_SIZES[o.paper],
    margins: MARGINS,
    bufferPages: true,
    // No Helvetica: every glyph comes from the embedded Unicode font.
    font: null as unknown as string,
    autoFirstPage: true,
    // Families read these reports with screen readers too: tagged PDF 1.7 with a language and a
    // title the viewer shows instead of the file name.
    tagged: o.tagged ?? true,
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
  registerFaces(doc, o.fontsDir)
  guardGlyphs(doc)
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
