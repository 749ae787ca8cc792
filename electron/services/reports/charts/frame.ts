import type { Axis, ChartModel } from '../../../../shared/charts/model'
import type { Flow } from '../kit/flow'
import { faint, muted, rule, size } from '../kit/theme'
import { tick } from './format'

export interface Plot {
  x: number
  y: number
  w: number
  h: number
}

/** Title above, source below: every chart says what it shows and where the figures came from. */
export function chartTitle(flow: Flow, model: ChartModel, bodyHeight: number): void {
  const th = flow.measure(model.title, flow.width, { size: size.body, bold: true })
  flow.ensure(th + bodyHeight + 16)
  flow.textAt(model.title, flow.left, flow.y, flow.width, { size: size.body, bold: true })
  flow.y += th + 4
}

export function chartSource(flow: Flow, model: ChartModel): void {
  if (!model.source) return
  const text = `Source: ${model.source}`
  flow.y += 3
  flow.y += flow.textAt(text, flow.left, flow.y, flow.width, { size: size.tiny, color: faint })
  flow.y += 10
}

/** Position of a value on a linear axis. */
export function scale(axis: Axis, from: number, to: number): (v: number) => number {
  const span = axis.max - axis.min || 1
  return (v: number) => from + ((Math.min(axis.max, Math.max(axis.min, v)) - axis.min) / span) * (to - from)
}

/** Vertical grid lines with tick labels under a horizontal-value plot. */
export function xGrid(flow: Flow, axis: Axis, p: Plot): void {
  const sx = scale(axis, p.x, p.x + p.w)
  const doc = flow.doc
  for (const t of axis.ticks) {
    const x = sx(t)
    doc
      .moveTo(x, p.y)
      .lineTo(x, p.y + p.h)
      .lineWidth(0.4)
      .strokeColor(rule)
      .dash(1.5, { space: 1.5 })
      .stroke()
      .undash()
    flow.textAt(tick(t, axis.format), x - 30, p.y + p.h + 3, 60, {
      size: size.tiny,
      color: muted,
      align: 'center',
    })
  }
  if (axis.label)
    flow.textAt(axis.label, p.x, p.y + p.h + 13, p.w, { size: size.tiny, color: muted, align: 'center' })
}

/** Horizontal grid lines with tick labels left of a vertical-value plot. */
export function yGrid(flow: Flow, axis: Axis, p: Plot): void {
  const sy = scale(axis, p.y + p.h, p.y)
  const doc = flow.doc
  for (const t of axis.ticks) {
    const y = sy(t)
    doc
      .moveTo(p.x, y)
      .lineTo(p.x + p.w, y)
      .lineWidth(0.4)
      .strokeColor(rule)
      .dash(1.5, { space: 1.5 })
      .stroke()
      .undash()
    flow.textAt(tick(t, axis.format), p.x - 44, y - 4, 40, { size: size.tiny, color: muted, align: 'right' })
  }
}
