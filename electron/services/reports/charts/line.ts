import type { LineChartModel } from '../../../../shared/charts/model'
import type { Doc } from '../kit/doc'
import type { Flow } from '../kit/flow'
import { muted, size } from '../kit/theme'
import { chartSource, chartTitle, scale, yGrid } from './frame'

// Each series differs in dash and marker as well as colour, for greyscale print.
const DASHES: ([number, number] | null)[] = [null, [4, 2], [1.2, 1.8], [6, 2]]

function marker(doc: Doc, kind: number, x: number, y: number, color: string): void {
  doc.fillColor(color)
  if (kind % 3 === 0) doc.circle(x, y, 2.4).fill()
  else if (kind % 3 === 1) doc.rect(x - 2.2, y - 2.2, 4.4, 4.4).fill()
  else doc.polygon([x, y - 2.8], [x + 2.8, y + 2.2], [x - 2.8, y + 2.2]).fill()
}

export function drawLine(flow: Flow, m: LineChartModel, height = 140): void {
  chartTitle(flow, m, height + 46)
  let lx = flow.left
  m.series.forEach((s, i) => {
    const y = flow.y + 4
    const d = DASHES[i % DASHES.length]
    flow.doc
      .moveTo(lx, y)
      .lineTo(lx + 16, y)
      .lineWidth(1.4)
      .strokeColor(s.color)
    if (d) flow.doc.dash(d[0], { space: d[1] })
    flow.doc.stroke().undash()
    marker(flow.doc, i, lx + 8, y, s.color)
    const w = flow.doc
      .font('Body')
      .fontSize(size.tiny + 0.5)
      .widthOfString(s.label)
    flow.textAt(s.label, lx + 20, y - 5, w + 4, { size: size.tiny + 0.5, color: muted })
    lx += w + 36
  })
  flow.y += 16
  const p = { x: flow.left + 46, y: flow.y + 4, w: flow.width - 56, h: height }
  yGrid(flow, m.axis, p)
  const sy = scale(m.axis, p.y + p.h, p.y)
  const step = m.xLabels.length > 1 ? p.w / (m.xLabels.length - 1) : 0
  const xAt = (i: number) => p.x + (m.xLabels.length > 1 ? i * step : p.w / 2)
  const every = Math.max(1, Math.ceil(m.xLabels.length / 12))
  m.xLabels.forEach((l, i) => {
    if (i % every === 0)
      flow.textAt(l, xAt(i) - 30, p.y + p.h + 4, 60, { size: size.tiny, color: muted, align: 'center' })
  })
  m.series.forEach((s, si) => {
    const vals = m.values[si] ?? []
    const d = DASHES[si % DASHES.length]
    let open = false
    vals.forEach((v, i) => {
      if (v == null) {
        open = false // a missing month breaks the line rather than dropping to zero
        return
      }
      if (open) flow.doc.lineTo(xAt(i), sy(v))
      else flow.doc.moveTo(xAt(i), sy(v))
      open = true
    })
    flow.doc.lineWidth(1.6).strokeColor(s.color)
    if (d) flow.doc.dash(d[0], { space: d[1] })
    flow.doc.stroke().undash()
    vals.forEach((v, i) => {
      if (v != null) marker(flow.doc, si, xAt(i), sy(v), s.color)
    })
  })
  flow.doc
    .moveTo(p.x, p.y + p.h)
    .lineTo(p.x + p.w, p.y + p.h)
    .lineWidth(0.8)
    .strokeColor(muted)
    .stroke()
  flow.y = p.y + p.h + 18
  chartSource(flow, m)
}
