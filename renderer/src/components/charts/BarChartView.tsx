import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { BarChartModel } from '../../../../shared/charts/model'
import { formatByKind, formatCompact } from '../../../../shared/format'
import { axisColors, CHART_COLORS } from './chart-colors'

function tickText(v: number, format: BarChartModel['axis']['format']): string {
  if (format === 'currency') return formatCompact(v, 'currency')
  if (format === 'percent') return `${v}%`
  if (format === 'number') return formatCompact(v)
  return String(v)
}

/** Grouped bars from a BarChartModel; null values are left out, never drawn as zero. */
export function BarChartView({ model, height }: { model: BarChartModel; height?: number }) {
  const data = model.categories.map((c, ci) => {
    const row: Record<string, string | number | null> = { category: c }
    model.series.forEach((s, si) => {
      row[s.key] = model.values[si]?.[ci] ?? null
    })
    return row
  })
  const horizontal = model.orientation === 'horizontal'
  const rowsHigh = model.categories.length * Math.max(1, model.series.length)
  const h = height ?? (horizontal ? Math.max(120, rowsHigh * 24 + model.categories.length * 10 + 60) : 260)
  const value = (
    <XAxis
      type="number"
      domain={[model.axis.min, model.axis.max]}
      ticks={model.axis.ticks}
      tickFormatter={(v: number) => tickText(v, model.axis.format)}
      fontSize={12}
      {...axisColors}
    />
  )
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke={CHART_COLORS.grid} />
        {horizontal ? (
          <>
            {value}
            <YAxis
              type="category"
              dataKey="category"
              width={220}
              fontSize={12}
              interval={0}
              {...axisColors}
            />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="category" fontSize={12} interval={0} {...axisColors} />
            <YAxis
              type="number"
              domain={[model.axis.min, model.axis.max]}
              ticks={model.axis.ticks}
              tickFormatter={(v: number) => tickText(v, model.axis.format)}
              fontSize={12}
              width={48}
              {...axisColors}
            />
          </>
        )}
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          formatter={(v) => formatByKind(typeof v === 'number' ? v : null, model.axis.format)}
        />
        {model.series.length > 1 ? (
          <Legend
            itemSorter={null}
            wrapperStyle={{ fontSize: 12 }}
            formatter={(v) => <span className="ch-legend-text">{v}</span>}
          />
        ) : null}
        {model.series.map((s) => {
          const fill = (st: Pick<typeof s, 'color' | 'pattern'>) =>
            st.pattern === 'outline' ? `${st.color}40` : st.color
          return (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={fill(s)}
              stroke={s.color}
              strokeWidth={s.pattern === 'outline' ? 2 : 0}
              isAnimationActive={false}
              maxBarSize={28}
            >
              {/* The highlighted category (the home state) in its own colour, as in the PDF. */}
              {model.highlight
                ? data.map((row, ci) => {
                    const st = ci === model.highlight!.index ? model.highlight! : s
                    return <Cell key={String(row.category)} fill={fill(st)} stroke={st.color} />
                  })
                : null}
            </Bar>
          )
        })}
      </BarChart>
    </ResponsiveContainer>
  )
}
