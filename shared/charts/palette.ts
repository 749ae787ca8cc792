/**
 * The colours of chart data, in one place: the screen (recharts) and the PDFs (pdfkit) draw the
 * same models, so series colours travel with the model as plain hex the PDF can use. Chart
 * furniture (grid, axes, labels) is not here: the screen takes it from the stylesheet's tokens,
 * the PDFs from the report kit's theme.
 */
import type { AREAS } from '../riasec'
import type { ChartSeries } from './model'

type Style = Pick<ChartSeries, 'color' | 'pattern'>

/** Series colours that stay apart for colour-blind readers; patterns separate them in greyscale. */
export const SERIES_STYLE: Style[] = [
  { color: '#1f5f99', pattern: 'solid' },
  { color: '#c05a1c', pattern: 'hatch' },
  { color: '#3b8a5a', pattern: 'dots' },
  { color: '#7a4f9a', pattern: 'outline' },
]

/** A single bar singled out (the home state): warm beside the blue series, lighter in greyscale. */
export const HIGHLIGHT_STYLE: Style = { color: '#c05a1c', pattern: 'solid' }

/** One colour per interest area; patterns keep lines apart in greyscale. */
export const AREA_STYLE: Record<(typeof AREAS)[number], Style> = {
  R: { color: '#c0504d', pattern: 'solid' },
  I: { color: '#4f81bd', pattern: 'hatch' },
  A: { color: '#8064a2', pattern: 'dots' },
  S: { color: '#2f8fa8', pattern: 'outline' },
  E: { color: '#d9822b', pattern: 'solid' },
  C: { color: '#6f9a3a', pattern: 'hatch' },
}
