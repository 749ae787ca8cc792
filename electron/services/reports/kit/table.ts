import type { Flow, TextStyle } from './flow'
import { accent, ink, muted, rule, size, tint, zebra } from './theme'

export interface Column {
  header: string
  /** Share of the table width; shares are normalised. */
  width: number
  align?: 'left' | 'right' | 'center'
}

export interface Cell {
  text: string
  /** A second, smaller line (e.g. the p10–p90 range under a median). */
  sub?: string
  bold?: boolean
}

const PAD_X = 5
const PAD_Y = 4

/**
 * A table that wraps every cell, never splits a row that fits on a page, and repeats its header
 * on each page it continues onto. A row taller than a page (a long session note) starts where a
 * few of its lines fit, and its cell runs on over the next pages.
 */
export function table(
  flow: Flow,
  columns: Column[],
  rows: (string | Cell)[][],
  opts: { fontSize?: number; zebra?: boolean } = {},
): void {
  const fs = opts.fontSize ?? size.small + 0.5
  const total = columns.reduce((s, c) => s + c.width, 0)
  const widths = columns.map((c) => (c.width / total) * flow.width)
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((s, w) => s + w, 0))
  const headStyle: TextStyle = { size: size.tiny + 0.5, bold: true, color: muted }

  const cellHeight = (c: Cell, w: number) =>
    flow.measure(c.text, w - 2 * PAD_X, { size: fs, bold: c.bold, lineGap: 1 }) +
    (c.sub ? flow.measure(c.sub, w - 2 * PAD_X, { size: size.tiny, lineGap: 1 }) : 0)
  const headHeight =
    Math.max(
      ...columns.map((c, i) =>
        flow.measure(c.header.toUpperCase(), widths[i]! - 2 * PAD_X, { ...headStyle, lineGap: 1 }),
      ),
    ) +
    2 * PAD_Y

  const drawHeader = () => {
    const y = flow.y
    flow.artifact(() => flow.doc.rect(flow.left, y, flow.width, headHeight).fill(tint))
    flow.group('TR', () =>
      columns.forEach((c, i) => {
        flow.tag(
          'TH',
          () =>
            flow.textAt(c.header.toUpperCase(), xs[i]! + PAD_X, y + PAD_Y, widths[i]! - 2 * PAD_X, {
              ...headStyle,
              align: c.align,
              lineGap: 1,
            }),
          // Printed in capitals, heard as written.
          { actual: c.header },
        )
      }),
    )
    flow.artifact(() =>
      flow.doc
        .moveTo(flow.left, y + headHeight)
        .lineTo(flow.left + flow.width, y + headHeight)
        .lineWidth(0.75)
        .strokeColor(accent)
        .stroke(),
    )
    flow.y = y + headHeight
  }

  const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c)))
  const heights = cells.map((r) => Math.max(...r.map((c, i) => cellHeight(c, widths[i]!))) + 2 * PAD_Y)
  // Moving a row that no page can hold to a new page would only leave the header behind alone.
  const pageRoom = flow.bottom - flow.doc.page.margins.top - headHeight
  const fewLines = 4 * fs * 1.4 + 2 * PAD_Y
  const need = (h: number) => (h <= pageRoom ? h : Math.min(h, fewLines))
  flow.ensure(headHeight + need(heights[0] ?? 0))
  flow.group('Table', () => {
    drawHeader()
    cells.forEach((r, ri) => {
      const h = heights[ri]!
      if (need(h) > flow.room) {
        flow.newPage()
        // The header repeated on a continuation page is for the eye; a listener heard it once.
        flow.artifact(drawHeader)
      }
      const y = flow.y
      const page = flow.doc.page
      let ranOn: number | null = null
      flow.artifact(() => {
        if (opts.zebra !== false && ri % 2 === 1)
          flow.doc.rect(flow.left, y, flow.width, Math.min(h, flow.bottom - y)).fill(zebra)
      })
      flow.group('TR', () =>
        r.forEach((c, i) => {
          const w = widths[i]! - 2 * PAD_X
          const align = columns[i]!.align
          // A row's first bold cell names the row (the comparison's attribute column).
          const bottom = flow.tag(i === 0 && c.bold && columns[0]!.header === '' ? 'TH' : 'TD', () => {
            const th = flow.textAt(c.text, xs[i]! + PAD_X, y + PAD_Y, w, {
              size: fs,
              bold: c.bold,
              color: ink,
              align,
              lineGap: 1,
            })
            const sub = c.sub
              ? flow.textAt(c.sub, xs[i]! + PAD_X, y + PAD_Y + th, w, {
                  size: size.tiny,
                  color: muted,
                  align,
                  lineGap: 1,
                })
              : 0
            // Where the cell's text ended, on the page pdfkit left it on.
            return y + PAD_Y + th + sub
          })
          if (flow.doc.page !== page) ranOn = bottom
        }),
      )
      // The row ends below it, or below its cell's last line on the page that cell ran on to.
      const end = ranOn == null ? y + h : ranOn + PAD_Y
      flow.artifact(() =>
        flow.doc
          .moveTo(flow.left, end)
          .lineTo(flow.left + flow.width, end)
          .lineWidth(0.4)
          .strokeColor(rule)
          .stroke(),
      )
      flow.y = end
    })
  })
  flow.skip(10)
}
