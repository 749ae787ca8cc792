import type { Doc } from './doc'
import { artifact, type GroupType, group, type LeafType, type TagOptions, tag } from './tags'
import { accent, font, gap, ink, muted, rule, size, tint } from './theme'

export interface TextStyle {
  size?: number
  bold?: boolean
  color?: string
  align?: 'left' | 'right' | 'center' | 'justify'
  lineGap?: number
}

/**
 * A cursor over the page: every block measures itself first and moves to a new page when it
 * does not fit, so headings never end a page and boxes never overflow.
 */
export class Flow {
  constructor(readonly doc: Doc) {}

  get left(): number {
    return this.doc.page.margins.left
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }
  get y(): number {
    return this.doc.y
  }
  set y(v: number) {
    this.doc.y = v
  }
  get room(): number {
    return this.bottom - this.doc.y
  }
  /** The most a page holds between its margins. */
  get pageRoom(): number {
    return this.bottom - this.doc.page.margins.top
  }

  newPage(): void {
    // Like addPage, but an element still being drawn (a chart whose title moved it over)
    // continues its marked content on the new page instead of losing it.
    this.doc.continueOnNewPage()
    this.doc.x = this.left
  }

  /** Starts a new page unless `height` fits below the cursor (and we are not already at the top). */
  ensure(height: number): void {
    if (height > this.room && this.doc.y > this.doc.page.margins.top + 1) this.newPage()
  }

  style(s: TextStyle = {}): Doc {
    return this.doc
      .font(s.bold ? font.bold : font.regular)
      .fontSize(s.size ?? size.body)
      .fillColor(s.color ?? ink)
  }

  measure(text: string, width: number, s: TextStyle = {}): number {
    this.style(s)
    return this.doc.heightOfString(text, { width, lineGap: s.lineGap ?? 1.5 })
  }

  /**
   * Draws text at a fixed place without moving the flow cursor. On its own it is a paragraph;
   * inside a tagged element (a cell, a chart) it is part of that element.
   */
  textAt(text: string, x: number, y: number, width: number, s: TextStyle = {}): number {
    return tag(this.doc, 'P', () => {
      const saved = this.doc.y
      this.style(s).text(text, x, y, { width, align: s.align ?? 'left', lineGap: s.lineGap ?? 1.5 })
      const h = this.doc.y - y
      this.doc.y = saved
      this.doc.x = this.left
      return h
    })
  }

  /** What `draw` puts on the page is one structure element (a heading, a paragraph, a chart). */
  tag<T>(type: LeafType, draw: () => T, opts: TagOptions = {}): T {
    return tag(this.doc, type, draw, opts)
  }

  /** The elements `body` tags belong together (a list, a table, a row). */
  group<T>(type: GroupType, body: () => T): T {
    return group(this.doc, type, body)
  }

  /** Decoration a screen reader skips: rules, fills, blanks to write on. */
  artifact<T>(draw: () => T): T {
    return artifact(this.doc, draw)
  }

  /** A heading kept with at least `keep` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3 = 1, keep = 80): void {
    const s: TextStyle =
      level === 1
        ? { size: size.h1, bold: true, color: accent }
        : level === 2
          ? { size: size.h2, bold: true }
          : { size: size.small, bold: true, color: muted }
    const before = level === 1 ? 10 : 6
    const label = level === 3 ? text.toUpperCase() : text
    const h = this.measure(label, this.width, s)
    if (this.doc.y > this.doc.page.margins.top + 1) this.ensure(before + h + 6 + keep)
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += before
    const top = this.doc.y
    // Level 3 prints in capitals; the listener hears the words as written.
    this.tag(
      `H${level}`,
      () =>
        this.style(s).text(label, this.left, top, {
          width: this.width,
          lineGap: 1,
          characterSpacing: level === 3 ? 0.6 : 0,
        }),
      label === text ? {} : { actual: text },
    )
    if (level === 1) {
      this.artifact(() =>
        this.doc
          .moveTo(this.left, this.doc.y + 2)
          .lineTo(this.left + this.width, this.doc.y + 2)
          .lineWidth(0.75)
          .strokeColor(accent)
          .stroke(),
      )
      this.doc.y += 8
    } else this.doc.y += level === 2 ? 3 : 2
  }

  /** Wrapped paragraph; long paragraphs continue on the next page. */
  para(text: string, s: TextStyle = {}, after: number = gap.para): void {
    this.ensure(Math.min(this.measure(text, this.width, s), 3 * ((s.size ?? size.body) * 1.4)))
    this.tag('P', () =>
      this.style(s).text(text, this.left, this.doc.y, {
        width: this.width,
        align: s.align ?? 'left',
        lineGap: s.lineGap ?? 1.5,
      }),
    )
    this.doc.y += after
  }

  bullets(items: string[], s: TextStyle = {}, indent = 12): void {
    this.group('L', () => {
      for (const item of items) {
        const h = this.measure(item, this.width - indent, s)
        this.ensure(h)
        const y = this.doc.y
        this.group('LI', () => {
          this.tag('Lbl', () =>
            this.style({ ...s, color: accent }).text('•', this.left + 2, y, { width: indent }),
          )
          this.tag('LBody', () =>
            this.style(s).text(item, this.left + indent, y, {
              width: this.width - indent,
              lineGap: s.lineGap ?? 1.5,
            }),
          )
        })
        this.doc.y += 2
      }
    })
    this.doc.x = this.left
    this.doc.y += gap.para - 2
  }

  /** A row of labelled figures in tinted boxes, all as tall as the tallest. */
  facts(items: { label: string; value: string; note?: string }[], columns = items.length): void {
    const gutter = 6
    const pad = 7
    for (let i = 0; i < items.length; i += columns) {
      const row = items.slice(i, i + columns)
      const w = (this.width - gutter * (columns - 1)) / columns
      const inner = w - 2 * pad
      const heights = row.map(
        (it) =>
          this.measure(it.label.toUpperCase(), inner, { size: size.tiny, bold: true }) +
          this.measure(it.value, inner, { size: 13, bold: true }) +
          (it.note ? this.measure(it.note, inner, { size: size.tiny }) + 1 : 0),
      )
      const h = Math.max(...heights) + 2 * pad + 2
      this.ensure(h + gutter)
      const y = this.doc.y
      // Read as a list of "label: value, note" items; the boxes are decoration.
      this.group('L', () =>
        row.forEach((it, j) => {
          const x = this.left + j * (w + gutter)
          this.artifact(() => {
            this.doc.rect(x, y, w, h).fill(tint)
            this.doc.rect(x, y, 2.5, h).fill(accent)
          })
          let ty = y + pad
          this.group('LI', () => {
            ty += this.tag(
              'Lbl',
              () =>
                this.textAt(it.label.toUpperCase(), x + pad, ty, inner, {
                  size: size.tiny,
                  bold: true,
                  color: muted,
                }),
              { actual: it.label },
            )
            this.tag('LBody', () => {
              ty += this.textAt(it.value, x + pad, ty, inner, { size: 13, bold: true })
              if (it.note) this.textAt(it.note, x + pad, ty + 1, inner, { size: size.tiny, color: muted })
            })
          })
        }),
      )
      this.doc.y = y + h + gutter
    }
    this.doc.y += gap.para - gutter
  }

  /** Label: value lines in two columns (definition list). */
  definitions(items: { term: string; text: string }[], termWidth = 120): void {
    this.group('L', () => {
      for (const it of items) {
        const h = Math.max(
          this.measure(it.term, termWidth - 8, { bold: true }),
          this.measure(it.text, this.width - termWidth),
        )
        // A text taller than any page (a long note) starts where a few of its lines fit and runs
        // on; moving it to a new page would only leave this one blank below its heading.
        this.ensure(h + 4 <= this.pageRoom ? h + 4 : 4 * size.body * 1.4)
        const y = this.doc.y
        const page = this.doc.page
        let end = y + h
        this.group('LI', () => {
          this.tag('Lbl', () =>
            this.textAt(it.term, this.left, y, termWidth - 8, { bold: true, color: muted }),
          )
          this.tag('LBody', () => {
            const th = this.textAt(it.text, this.left + termWidth, y, this.width - termWidth)
            // Ran on: it ends on the page pdfkit left it on.
            if (this.doc.page !== page) end = y + th
          })
        })
        this.doc.y = end + 4
      }
    })
    this.doc.y += gap.para - 4
  }

  hr(color = rule): void {
    this.artifact(() =>
      this.doc
        .moveTo(this.left, this.doc.y)
        .lineTo(this.left + this.width, this.doc.y)
        .lineWidth(0.5)
        .strokeColor(color)
        .stroke(),
    )
    this.doc.y += gap.para
  }

  skip(points: number): void {
    this.doc.y += points
  }
}

/** Items laid out in `n` columns, filled row by row, each row as tall as its tallest item. */
export function columnList(flow: Flow, items: string[], n: number, s: TextStyle = {}): void {
  const gutter = 12
  const w = (flow.width - gutter * (n - 1)) / n
  flow.group('L', () => {
    for (let i = 0; i < items.length; i += n) {
      const row = items.slice(i, i + n)
      const h = Math.max(...row.map((t) => flow.measure(t, w - 10, s))) + 3
      flow.ensure(h)
      const y = flow.y
      row.forEach((t, j) => {
        const x = flow.left + j * (w + gutter)
        flow.group('LI', () => {
          flow.artifact(() => flow.doc.circle(x + 2.5, y + (s.size ?? 9.5) * 0.62, 1.3).fill(accent))
          flow.tag('LBody', () => flow.textAt(t, x + 10, y, w - 10, s))
        })
      })
      flow.y = y + h
    }
  })
  flow.skip(6)
}
