import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { LineChartModel } from '../../../../shared/charts/model'
import { axisColors, CHART_COLORS } from './chart-colors'

const DASH: Record<string, string | undefined> = {
  solid: undefined,
  hatch: '6 3',
  dots: '2 3',
  outline: '10 4 2 4',
}

/** The drawing of a line chart model (ChartFigure adds its caption, text equivalent and table). */
export function LineChartView({ model, height = 260 }: { model: LineChartModel; height?: number }) {
  const data = model.xLabels.map((x, i) => {
    const row: Record<string, string | number | null> = { x }
    model.series.forEach((s, k) => {
      row[s.key] = model.values[k]?.[i] ?? null
    })
    return row
  })
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="x" fontSize={12} padding={{ left: 24, right: 24 }} {...axisColors} />
        <YAxis
          domain={[model.axis.min, model.axis.max]}
          ticks={model.axis.ticks}
          fontSize={12}
          width={40}
          {...axisColors}
        />
        <Tooltip />
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
  )
}
