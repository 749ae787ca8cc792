import type { RangeChartModel } from '../../../../shared/charts/model'
import type { Flow } from '../kit/flow'
import { accent, accentLight, accentMid, ink, muted, size } from '../kit/theme'
import { value } from './format'
import { chartSource, chartTitle, scale, xGrid } from './frame'

const BAR = 9

/** Wage ranges: p10–p90 as a light bar, p25–p75 darker, the median as a bold tick with its figure. */
export function drawRange(flow: Flow, m: RangeChartModel): void {
  const labelW = Math.min(170, flow.width * 0.32)
  const plotX = flow.left + labelW + 8
  const plotW = flow.width - labelW - 30
  const rowHeights = m.rows.map((r) => Math.max(30, flow.measure(r.label, labelW, { size: size.small }) + 12))
  const bodyH = rowHeights.reduce((s, h) => s + h, 0) + 40
  chartTitle(flow, m, bodyH)
  const top = flow.y
  const plotH = rowHeights.reduce((s, h) => s + h, 0)
  xGrid(flow, m.axis, { x: plotX, y: top, w: plotW, h: plotH })
  const sx = scale(m.axis, plotX, plotX + plotW)
  const doc = flow.doc
  let y = top
  const notes: string[] = []
  m.rows.forEach((r, i) => {
    const h = rowHeights[i]!
    const mid = y + h / 2 + 4
    flow.textAt(
      r.label,
      flow.left,
      mid - flow.measure(r.label, labelW, { size: size.small }) / 2 - 4,
      labelW,
      { size: size.small, color: ink },
    )
    if (r.median == null && r.p10 == null && r.p90 == null) {
      flow.textAt('n/a — BLS did not publish this figure', plotX + 4, mid - 8, plotW, {
        size: size.small,
        color: muted,
      })
    } else {
      if (r.p10 != null && r.p90 != null)
        doc.rect(sx(r.p10), mid - BAR / 2 - 4, sx(r.p90) - sx(r.p10), BAR).fill(accentLight)
      if (r.p25 != null && r.p75 != null)
        doc.rect(sx(r.p25), mid - BAR / 2 - 4, sx(r.p75) - sx(r.p25), BAR).fill(accentMid)
      const f = m.axis.format
      if (r.p10 != null)
        flow.textAt(value(r.p10, f), sx(r.p10) - 64, mid - 9, 60, {
          size: size.tiny,
          color: muted,
          align: 'right',
        })
      if (r.p90 != null)
        flow.textAt(`${r.notes?.length ? '≥ ' : ''}${value(r.p90, f)}`, sx(r.p90) + 4, mid - 9, 70, {
          size: size.tiny,
          color: muted,
        })
      if (r.median != null) {
        const x = sx(r.median)
        doc.rect(x - 1.6, mid - BAR / 2 - 8, 3.2, BAR + 8).fill(ink)
        flow.textAt(value(r.median, f), x - 50, mid + 3, 100, {
          size: size.tiny + 0.5,
          bold: true,
          align: 'center',
        })
      } else
        flow.textAt('median n/a', plotX + plotW / 2 - 40, mid + 3, 80, {
          size: size.tiny,
          color: muted,
          align: 'center',
        })
    }
    for (const n of r.notes ?? []) notes.push(`${r.label}: ${n}`)
    y += h
  })
  flow.y = top + plotH + (m.axis.label ? 26 : 16)
  legend(flow)
  for (const n of notes)
    flow.y += flow.textAt(n, flow.left, flow.y, flow.width, { size: size.tiny, color: muted })
  chartSource(flow, m)
}

function legend(flow: Flow): void {
  const doc = flow.doc
  let x = flow.left
  const y = flow.y + 2
  const item = (draw: () => void, label: string, w: number) => {
    draw()
    flow.textAt(label, x + 16, y - 1, w, { size: size.tiny, color: muted })
    x += w + 22
  }
  item(() => doc.rect(x, y, 12, 6).fill(accentLight), 'Lowest 10% to highest 10% earn', 130)
  item(() => doc.rect(x, y, 12, 6).fill(accentMid), 'Middle half', 50)
  item(() => doc.rect(x + 5, y - 2, 3, 10).fill(ink), 'Median (half earn more)', 110)
  flow.y = y + 12
  void accent
}
