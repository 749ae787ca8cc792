import { describeChart } from '../../../../shared/charts/describe'
import type { ChartModel } from '../../../../shared/charts/model'
import type { Flow } from '../kit/flow'
import { drawBar } from './bar'
import { drawLine } from './line'
import { drawRange } from './range'

/**
 * Draws any chart model the screen draws, as vector graphics, at the flow cursor: one Figure
 * whose text equivalent a screen reader reads in place of the drawing.
 */
export function drawChart(flow: Flow, model: ChartModel, opts: { height?: number } = {}): void {
  flow.tag(
    'Figure',
    () => {
      if (model.kind === 'bar') drawBar(flow, model, opts)
      else if (model.kind === 'range') drawRange(flow, model)
      else drawLine(flow, model, opts.height)
    },
    { alt: describeChart(model) },
  )
}
