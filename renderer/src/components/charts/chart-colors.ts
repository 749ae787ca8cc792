/**
 * Chart furniture colours, taken from the stylesheet's tokens (styles.css) so the charts follow
 * the app's palette: recharts passes these `var()` strings to SVG attributes and inline styles,
 * which the browser resolves. Series colours come from the chart model (shared with the PDFs).
 */
export const CHART_COLORS = {
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  tick: 'var(--chart-tick)',
  cursor: 'var(--chart-cursor)',
} as const

/** The three shades of a wage range; the key under the chart draws its swatches from these too. */
export const RANGE_COLORS = {
  outer: 'var(--chart-range-outer)',
  inner: 'var(--chart-range-inner)',
  median: 'var(--chart-range-median)',
} as const

/** Axis line, tick marks and tick labels in the token colours (spread onto XAxis / YAxis). */
export const axisColors = {
  stroke: CHART_COLORS.axis,
  tickLine: { stroke: CHART_COLORS.axis },
  tick: { fill: CHART_COLORS.tick },
} as const
