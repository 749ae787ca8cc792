import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { LineChartModel } from '../../../../../shared/charts/model'
import { ChartTable } from '../../../components/charts/ChartTable'
import '../../../components/charts/charts.css'

const DASH: Record<string, string | undefined> = {
  solid: undefined,
  hatch: '6 3',
  dots: '2 3',
  outline: '10 4 2 4',
}

/** A line chart model as a figure with its text equivalent and a table of every value. */
export function LineChartFigure({
  model,
  height = 260,
  formatX,
}: {
  model: LineChartModel
  height?: number
  formatX?: (x: string) => string
}) {
  const data = model.xLabels.map((x, i) => {
    const row: Record<string, string | number | null> = { x }
    model.series.forEach((s, k) => {
      row[s.key] = model.values[k]?.[i] ?? null
    })
    return row
  })
  const captionId = `${model.id}-caption`
  return (
    <figure className="ch-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="ch-title">
        {model.title}
      </figcaption>
      <div className="ch-drawing" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid stroke="#e5e9ef" vertical={false} />
            <XAxis dataKey="x" fontSize={12} tickFormatter={formatX} padding={{ left: 24, right: 24 }} />
            <YAxis
              domain={[model.axis.min, model.axis.max]}
              ticks={model.axis.ticks}
              fontSize={12}
              width={40}
            />
            <Tooltip labelFormatter={(x) => (formatX ? formatX(String(x)) : String(x))} />
            <Legend itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
            {model.series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={DASH[s.pattern]}
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="sr-only">{model.alt}</p>
      <details className="ch-details">
        <summary>Show the figures</summary>
        <ChartTable model={model} />
      </details>
      <p className="figure-source">Source: {model.source}</p>
    </figure>
  )
}
