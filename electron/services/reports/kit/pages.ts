import type { Doc } from './doc'
import { artifact } from './tags'
import { alert, faint, font, muted, paper, rule, size } from './theme'

export interface RunningText {
  /** Running header on every page but the first (e.g. "Career report · José Núñez"). */
  header: string
  /** Footer left: who and when (e.g. "José Núñez · November 26, 2026"). */
  footer: string
  /** The cover has its own design: no header on page 1. */
  skipFirstHeader?: boolean
  /** Marks every page as an on-screen preview, not a copy to hand out. */
  preview?: boolean
}

export const PREVIEW_MARK = 'PREVIEW — not for handing out: use Save or Print for the copy that is logged'

/**
 * Stamps headers and "Page X of Y" footers on every buffered page once the content is laid out.
 * They are page furniture (artifacts): a listener hears the report, not "Career Atlas, page 3
 * of 9" between its paragraphs.
 */
export function stampPages(doc: Doc, t: RunningText): number {
  const range = doc.bufferedPageRange()
  const total = range.count
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i)
    artifact(doc, () => stampPage(doc, t, i - range.start, total), 'Pagination')
  }
  return total
}

function stampPage(doc: Doc, t: RunningText, index: number, total: number): void {
  const { left, right, bottom, top } = doc.page.margins
  const width = doc.page.width - left - right
  // Writing into the margins must not trigger pdfkit's automatic page break.
  doc.page.margins.bottom = 0
  doc.page.margins.top = 0
  const fy = doc.page.height - bottom + 22
  doc
    .moveTo(left, fy - 6)
    .lineTo(left + width, fy - 6)
    .lineWidth(0.5)
    .strokeColor(rule)
    .stroke()
  doc
    .font(font.regular)
    .fontSize(size.tiny + 0.5)
    .fillColor(muted)
  doc.text(t.footer, left, fy, { width: width * 0.7, lineBreak: false, ellipsis: true, height: 10 })
  doc.font(font.bold).text(`Page ${index + 1} of ${total}`, left + width * 0.7, fy, {
    width: width * 0.3,
    align: 'right',
    lineBreak: false,
  })
  if (!(t.skipFirstHeader && index === 0)) {
    const hy = top - 30
    doc
      .font(font.bold)
      .fontSize(size.tiny + 0.5)
      .fillColor(faint)
    doc.text('CAREER ATLAS', left, hy, { width: width * 0.3, lineBreak: false, characterSpacing: 0.8 })
    doc.font(font.regular).fillColor(muted)
    doc.text(t.header, left + width * 0.3, hy, {
      width: width * 0.7,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
      height: 10,
    })
    doc
      .moveTo(left, hy + 13)
      .lineTo(left + width, hy + 13)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke()
  }
  if (t.preview) previewMark(doc, left, width)
  doc.page.margins.bottom = bottom
  doc.page.margins.top = top
}

/** A band at the top edge and a faint diagonal word: unmistakable on screen and on paper. */
function previewMark(doc: Doc, left: number, width: number): void {
  doc.save()
  doc.rect(0, 0, doc.page.width, 18).fill(alert)
  doc
    .font(font.bold)
    .fontSize(size.tiny + 0.5)
    .fillColor(paper)
    .text(PREVIEW_MARK, left, 5, { width, align: 'center', lineBreak: false, height: 10 })
  const cx = doc.page.width / 2
  const cy = doc.page.height / 2
  doc.rotate(-35, { origin: [cx, cy] })
  doc
    .font(font.bold)
    .fontSize(96)
    .fillColor(alert)
    .fillOpacity(0.08)
    .text('PREVIEW', cx - 250, cy - 50, { width: 500, align: 'center', lineBreak: false })
  doc.restore()
  doc.fillOpacity(1)
}
