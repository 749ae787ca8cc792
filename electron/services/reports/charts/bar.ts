import type { BarChartModel, ChartSeries } from '../../../../shared/charts/model'
import type { Flow } from '../kit/flow'
import { ink, muted, size } from '../kit/theme'
import { fillRect, swatch } from './fill'
import { value } from './format'
import { chartSource, chartTitle, scale, xGrid, yGrid } from './frame'

export function drawBar(flow: Flow, m: BarChartModel, opts: { height?: number } = {}): void {
  if (m.orientation === 'vertical') drawColumns(flow, m, opts.height ?? 150)
  else drawRows(flow, m)
}

const signed = (m: BarChartModel) => m.axis.min < 0

/** Cells hidden for privacy (caseload charts) read "<5", never "n/a" or 0. */
function missing(m: BarChartModel, si: number, ci: number): string {
  const hidden = (m as BarChartModel & { suppressed?: boolean[][] }).suppressed?.[si]?.[ci]
  return hidden ? '<5' : 'n/a'
}

/** The highlighted category (the home state) in its own colour, as on screen. */
function styleOf(m: BarChartModel, s: ChartSeries, ci: number): Pick<ChartSeries, 'color' | 'pattern'> {
  return m.highlight?.index === ci ? m.highlight : s
}

function legend(flow: Flow, m: BarChartModel): void {
  if (m.series.length < 2) return
  let x = flow.left
  const y = flow.y
  for (const s of m.series) {
    swatch(flow.doc, x, y, s)
    const w = flow.doc
      .font('Body')
      .fontSize(size.tiny + 0.5)
      .widthOfString(s.label)
    flow.textAt(s.label, x + 13, y, w + 4, { size: size.tiny + 0.5, color: muted })
    x += w + 30
  }
  flow.y = y + 16
}

/** Horizontal bars: one row per category, a bar per series, each labelled with its figure. */
function drawRows(flow: Flow, m: BarChartModel): void {
  const n = m.series.length
  const bar = n > 1 ? 8 : 11
  const labelW = Math.min(170, flow.width * 0.32)
  const plotX = flow.left + labelW + 8
  const plotW = flow.width - labelW - 70
  const rowH = m.categories.map((c) =>
    Math.max(n * (bar + 2) + 8, flow.measure(c, labelW, { size: size.small }) + 8),
  )
  const plotH = rowH.reduce((s, h) => s + h, 0)
  chartTitle(flow, m, plotH + 30 + (n > 1 ? 16 : 0))
  legend(flow, m)
  const top = flow.y
  xGrid(flow, m.axis, { x: plotX, y: top, w: plotW, h: plotH })
  const sx = scale(m.axis, plotX, plotX + plotW)
  const zero = sx(Math.max(m.axis.min, Math.min(0, m.axis.max)))
  let y = top
  m.categories.forEach((c, ci) => {
    const h = rowH[ci]!
    const lh = flow.measure(c, labelW, { size: size.small })
    flow.textAt(c, flow.left, y + (h - lh) / 2, labelW, { size: size.small })
    let by = y + (h - n * (bar + 2) + 2) / 2
    m.series.forEach((s, si) => {
      const v = m.values[si]?.[ci] ?? null
      if (v == null) {
        flow.textAt(missing(m, si, ci), zero + 3, by + bar / 2 - 5, 40, { size: size.tiny, color: muted })
      } else {
        const x = sx(v)
        fillRect(flow.doc, Math.min(x, zero), by, Math.abs(x - zero), bar, styleOf(m, s, ci))
        const label = value(v, m.axis.format, signed(m))
        if (v >= 0)
          flow.textAt(label, x + 3, by + bar / 2 - 5, 66, { size: size.tiny + 0.5, bold: true, color: ink })
        else
          flow.textAt(label, x - 69, by + bar / 2 - 5, 66, {
            size: size.tiny + 0.5,
            bold: true,
            color: ink,
            align: 'right',
          })
      }
      by += bar + 2
    })
    y += h
  })
  flow.doc
    .moveTo(zero, top)
    .lineTo(zero, top + plotH)
    .lineWidth(0.8)
    .strokeColor(muted)
    .stroke()
  flow.y = top + plotH + (m.axis.label ? 26 : 16)
  chartSource(flow, m)
}

/** Vertical columns (e.g. the six-bar interest profile), category names under each group. */
function drawColumns(flow: Flow, m: BarChartModel, height: number): void {
  const n = m.series.length
  chartTitle(flow, m, height + 40 + (n > 1 ? 16 : 0))
  legend(flow, m)
  const top = flow.y + 8
  const p = { x: flow.left + 46, y: top, w: flow.width - 50, h: height }
  yGrid(flow, m.axis, p)
  const sy = scale(m.axis, p.y + p.h, p.y)
  const zero = sy(Math.max(m.axis.min, Math.min(0, m.axis.max)))
  const groupW = p.w / m.categories.length
  const barW = Math.min(34, (groupW * 0.7) / n)
  m.categories.forEach((c, ci) => {
    const gx = p.x + ci * groupW + (groupW - barW * n) / 2
    m.series.forEach((s, si) => {
      const v = m.values[si]?.[ci] ?? null
      const x = gx + si * barW
      if (v == null) {
        flow.textAt(missing(m, si, ci), x - 4, zero - 12, barW + 8, {
          size: size.tiny,
          color: muted,
          align: 'center',
        })
        return
      }
      const y = sy(v)
      fillRect(flow.doc, x + 1, Math.min(y, zero), barW - 2, Math.abs(zero - y), styleOf(m, s, ci))
      flow.textAt(value(v, m.axis.format, signed(m)), x - 10, Math.min(y, zero) - 11, barW + 20, {
        size: size.tiny + 0.5,
        bold: true,
        align: 'center',
      })
    })
    flow.textAt(c, p.x + ci * groupW + 2, p.y + p.h + 4, groupW - 4, { size: size.small, align: 'center' })
  })
  flow.doc
    .moveTo(p.x, zero)
    .lineTo(p.x + p.w, zero)
    .lineWidth(0.8)
    .strokeColor(muted)
    .stroke()
  const labelH = Math.max(...m.categories.map((c) => flow.measure(c, groupW - 4, { size: size.small })))
  flow.y = p.y + p.h + labelH + 8
  chartSource(flow, m)
}
