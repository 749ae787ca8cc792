import { useState } from 'react'
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

// The plot's frame, shared by the chart's props and the label-fit check below so the two cannot
// drift apart: the stagger decision is only right while it subtracts what the chart really uses.
const MARGIN = { top: 8, right: 24, bottom: 8, left: 8 }
const VALUE_AXIS_WIDTH = 48

/** How wide a 12 px label is drawn in the page's font (an estimate where no canvas is at hand). */
let measurer: CanvasRenderingContext2D | null | undefined
function labelWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d')
  if (!measurer) return text.length * 6.5
  measurer.font = `12px ${getComputedStyle(document.body).fontFamily}`
  return measurer.measureText(text).width
}

/**
 * A category label of a column chart, every other one a line lower where the columns are too
 * narrow for their labels side by side (the six interest areas at 1024 px ran together).
 */
function StaggeredTick(props: { x?: number; y?: number; index?: number; payload?: { value?: unknown } }) {
  const { x = 0, y = 0, index = 0, payload } = props
  return (
    <text x={x} y={y} dy={index % 2 ? 28 : 12} textAnchor="middle" fontSize={12} fill={CHART_COLORS.tick}>
      {String(payload?.value ?? '')}
    </text>
  )
}

/** Grouped bars from a BarChartModel; null values are left out, never drawn as zero. */
export function BarChartView({ model, height }: { model: BarChartModel; height?: number }) {
  const [width, setWidth] = useState(0)
  const data = model.categories.map((c, ci) => {
    const row: Record<string, string | number | null> = { category: c }
    model.series.forEach((s, si) => {
      row[s.key] = model.values[si]?.[ci] ?? null
    })
    return row
  })
  const horizontal = model.orientation === 'horizontal'
  // Each column's share of the plot (less the value axis and margins): two neighbouring labels
  // run together when their halves and a little space do not fit in it.
  const band = (width - VALUE_AXIS_WIDTH - MARGIN.left - MARGIN.right) / Math.max(1, model.categories.length)
  const widths = horizontal || width === 0 ? [] : model.categories.map(labelWidth)
  const stagger = widths.some((w, i) => i > 0 && (w + widths[i - 1]!) / 2 + 6 > band)
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
    <ResponsiveContainer width="100%" height={h} onResize={(w) => setWidth(w)}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={MARGIN}
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
            <XAxis
              type="category"
              dataKey="category"
              fontSize={12}
              interval={0}
              {...axisColors}
              {...(stagger ? { tick: <StaggeredTick />, height: 46 } : {})}
            />
            <YAxis
              type="number"
              domain={[model.axis.min, model.axis.max]}
              ticks={model.axis.ticks}
              tickFormatter={(v: number) => tickText(v, model.axis.format)}
              fontSize={12}
              width={VALUE_AXIS_WIDTH}
              // Every tick the model chose ("6" on the 1–7 interest scale was dropped as crowded).
              interval={0}
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
