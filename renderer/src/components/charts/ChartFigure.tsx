import type { ChartModel } from '../../../../shared/charts/model'
import { BarChartView } from './BarChartView'
import { ChartTable } from './ChartTable'
import { RANGE_COLORS } from './chart-colors'
import { LineChartView } from './LineChartView'
import { RangeChartView } from './RangeChartView'
import './charts.css'

/**
 * Any chart model as a figure: the drawing (hidden from screen readers), a caption with the
 * source, the model's text equivalent, and a table of every value for screen readers and for
 * anyone who prefers numbers ("Show the figures").
 */
export function ChartFigure({ model, height }: { model: ChartModel; height?: number }) {
  const captionId = `${model.id}-caption`
  return (
    <figure className="ch-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="ch-title">
        {model.title}
      </figcaption>
      <div className="ch-drawing" aria-hidden="true" inert>
        {model.kind === 'range' ? (
          <>
            <RangeChartView model={model} height={height} />
            <p className="ch-range-key">
              <span className="ch-key ch-key-outer" style={{ background: RANGE_COLORS.outer }} /> lowest and
              highest paid 10–25%{' '}
              <span className="ch-key ch-key-inner" style={{ background: RANGE_COLORS.inner }} /> middle half
              (25th–75th percentile){' '}
              <span className="ch-key ch-key-median" style={{ background: RANGE_COLORS.median }} /> median
            </p>
          </>
        ) : model.kind === 'bar' ? (
          <BarChartView model={model} height={height} />
        ) : (
          <LineChartView model={model} height={height} />
        )}
      </div>
      <p className="sr-only">{model.alt}</p>
      <details className="ch-details">
        <summary>Show the figures</summary>
        <ChartTable model={model} />
      </details>
      {model.source ? (
        <p className="figure-source" title={`Source: ${model.source}`}>
          Source: {model.source}
        </p>
      ) : null}
    </figure>
  )
}
