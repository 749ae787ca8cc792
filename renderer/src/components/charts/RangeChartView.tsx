import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { RangeChartModel } from '../../../../shared/charts/model'
import { formatByKind, formatCompact } from '../../../../shared/format'
import { axisColors, CHART_COLORS, RANGE_COLORS } from './chart-colors'

const OUTER = RANGE_COLORS.outer
const INNER = RANGE_COLORS.inner

/**
 * p10–p90 as one horizontal bar per occupation: light outer tenths, darker middle half, and a
 * dark tick at the median. Drawn as stacked segments (recharts has no native range bar).
 */
export function RangeChartView({ model, height }: { model: RangeChartModel; height?: number }) {
  const data = model.rows.map((r) => {
    const ok = r.p10 !== null && r.p25 !== null && r.median !== null && r.p75 !== null && r.p90 !== null
    const tick = (model.axis.max - model.axis.min) / 160
    return {
      label: r.label,
      base: ok ? r.p10 : 0,
      low: ok ? r.p25! - r.p10! : 0,
      midLow: ok ? Math.max(r.median! - r.p25! - tick / 2, 0) : 0,
      median: ok ? tick : 0,
      midHigh: ok ? Math.max(r.p75! - r.median! - tick / 2, 0) : 0,
      high: ok ? r.p90! - r.p75! : 0,
      raw: r,
    }
  })
  const money = model.axis.format === 'currency-hourly' ? 'currency-hourly' : 'currency'
  const h = height ?? Math.max(110, 56 * data.length + 50)
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        barCategoryGap={14}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis
          type="number"
          domain={[model.axis.min, model.axis.max]}
          ticks={model.axis.ticks}
          tickFormatter={(v: number) =>
            money === 'currency-hourly' ? `$${v}` : formatCompact(v, 'currency')
          }
          fontSize={12}
          {...axisColors}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={data.length > 1 ? 190 : 10}
          {...axisColors}
          tick={data.length > 1 ? axisColors.tick : false}
          fontSize={12}
        />
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={({ payload }) => {
            const r = payload?.[0]?.payload?.raw as RangeChartModel['rows'][number] | undefined
            if (!r) return null
            const f = (n: number | null) => formatByKind(n, money)
            return (
              <div className="ch-tooltip">
                <strong>{r.label}</strong>
                <div>90th percentile: {f(r.p90)}</div>
                <div>75th percentile: {f(r.p75)}</div>
                <div>Median: {f(r.median)}</div>
                <div>25th percentile: {f(r.p25)}</div>
                <div>10th percentile: {f(r.p10)}</div>
              </div>
            )
          }}
        />
        <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="low" stackId="w" fill={OUTER} isAnimationActive={false} />
        <Bar dataKey="midLow" stackId="w" fill={INNER} isAnimationActive={false} />
        <Bar dataKey="median" stackId="w" fill={RANGE_COLORS.median} isAnimationActive={false} />
        <Bar dataKey="midHigh" stackId="w" fill={INNER} isAnimationActive={false} />
        <Bar dataKey="high" stackId="w" fill={OUTER} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  )
}
