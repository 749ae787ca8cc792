import type { ChartSeries } from '../../../../shared/charts/model'
import type { Doc } from '../kit/doc'
import { paper } from '../kit/theme'

/**
 * Fills a rectangle the way a series asks: solid, hatched, dotted or outlined, so two series
 * stay apart when a colour report is photocopied in black and white.
 */
export function fillRect(
  doc: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  s: Pick<ChartSeries, 'color' | 'pattern'>,
): void {
  if (w <= 0 || h <= 0) return
  const pattern = s.pattern
  if (pattern === 'solid') {
    doc.rect(x, y, w, h).fill(s.color)
    return
  }
  doc.rect(x, y, w, h).fill(paper)
  doc.save()
  doc.rect(x, y, w, h).clip()
  if (pattern === 'hatch') {
    doc.lineWidth(0.9).strokeColor(s.color)
    for (let d = -h; d < w; d += 3.5)
      doc
        .moveTo(x + d, y + h)
        .lineTo(x + d + h, y)
        .stroke()
  } else if (pattern === 'dots') {
    doc.fillColor(s.color)
    for (let yy = y + 1.8; yy < y + h; yy += 3.2)
      for (let xx = x + 1.8 + ((yy - y) % 6.4 < 3 ? 0 : 1.6); xx < x + w; xx += 3.2) doc.circle(xx, yy, 0.75)
    doc.fill()
  }
  doc.restore()
  doc
    .rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8)
    .lineWidth(0.8)
    .strokeColor(s.color)
    .stroke()
}

/** A small legend swatch drawn with the same fill as the series. */
export function swatch(doc: Doc, x: number, y: number, s: Pick<ChartSeries, 'color' | 'pattern'>): void {
  fillRect(doc, x, y, 9, 9, s)
}
