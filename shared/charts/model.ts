/**
 * Chart models: everything a chart shows (series, scale, labels, source, text equivalent), with
 * no drawing. The screen draws them with recharts, the PDF reports with pdfkit, so a chart on
 * paper matches the chart on screen.
 */
export type ValueFormat = 'currency' | 'currency-hourly' | 'percent' | 'number' | 'score'

export interface ChartSeries {
  key: string
  label: string
  /** Colour for screen and colour print. */
  color: string
  /** Fill pattern so series stay distinguishable in greyscale print. */
  pattern: 'solid' | 'hatch' | 'dots' | 'outline'
}

export interface Axis {
  min: number
  max: number
  ticks: number[]
  format: ValueFormat
  label?: string
}

interface ChartBase {
  id: string
  title: string
  /** Where the figures came from, e.g. "BLS OEWS May 2025". */
  source: string
  /** A sentence or table-like text equivalent for screen readers and the text of PDFs. */
  alt: string
}

/** Grouped bars: values[seriesIndex][categoryIndex]; null = not available (never drawn as 0). */
export interface BarChartModel extends ChartBase {
  kind: 'bar'
  orientation: 'horizontal' | 'vertical'
  categories: string[]
  series: ChartSeries[]
  values: (number | null)[][]
  axis: Axis
  /** One category drawn in another colour (the home state); its label says why as well. */
  highlight?: { index: number } & Pick<ChartSeries, 'color' | 'pattern'>
}

/** Ranges such as wages p10-p90 with the median marked, one row per occupation. */
export interface RangeChartModel extends ChartBase {
  kind: 'range'
  rows: {
    label: string
    p10: number | null
    p25: number | null
    median: number | null
    p75: number | null
    p90: number | null
    /** e.g. p90 top-coded: "at least" the shown value. */
    notes?: string[]
  }[]
  axis: Axis
}

export interface LineChartModel extends ChartBase {
  kind: 'line'
  /** As a reader says them ("Oct 6, 2025"): the screen and the PDF print them as they are. */
  xLabels: string[]
  series: ChartSeries[]
  values: (number | null)[][]
  axis: Axis
}

export type ChartModel = BarChartModel | RangeChartModel | LineChartModel
