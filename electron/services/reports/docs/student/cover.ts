import { longDate } from '../../../../../shared/format'
import type { StudentReportData } from '../../data/studentReport'
import type { Flow } from '../../kit/flow'
import {
  accent,
  accentLight,
  faint,
  muted,
  onAccentFaint,
  onAccentMuted,
  paper,
  size,
  tint,
} from '../../kit/theme'

/** A full cover page: who the report is about, who prepared it, for whom, and what is inside. */
export function cover(flow: Flow, d: StudentReportData, date: Date, contents: string[]): void {
  const doc = flow.doc
  const s = d.student
  flow.artifact(() => {
    doc.rect(0, 0, doc.page.width, 210).fill(accent)
    doc.rect(0, 210, doc.page.width, 6).fill(accentLight)
  })
  flow.textAt('CAREER ATLAS', flow.left, 64, flow.width, {
    size: size.small,
    bold: true,
    color: onAccentFaint,
  })
  flow.tag('H1', () =>
    flow.textAt('Career plan', flow.left, 82, flow.width, {
      size: 30,
      bold: true,
      color: paper,
      lineGap: 0,
    }),
  )
  flow.textAt(`Prepared ${longDate(date)}`, flow.left, 126, flow.width, {
    size: size.h2,
    color: onAccentMuted,
  })

  let y = 250
  const name = s.preferredName && s.preferredName !== s.name ? `${s.name} (${s.preferredName})` : s.name
  y +=
    flow.tag('H2', () => flow.textAt(name, flow.left, y, flow.width, { size: 26, bold: true, lineGap: 0 })) +
    14
  const rows: [string, string | null][] = [
    ['School', s.school],
    ['Grade', s.grade ? String(s.grade) : null],
    ['Counselor', d.counselor],
    ['Prepared for', d.recipient],
    ['Purpose', d.purpose],
  ]
  flow.group('L', () => {
    for (const [label, value] of rows)
      flow.group('LI', () => {
        flow.tag('Lbl', () =>
          flow.textAt(label.toUpperCase(), flow.left, y + 3, 110, {
            size: size.tiny,
            bold: true,
            color: muted,
          }),
        )
        let h = 14
        if (value)
          h = flow.tag('LBody', () =>
            flow.textAt(value, flow.left + 110, y, flow.width - 110, { size: size.body + 1 }),
          )
        // A blank to write on, rather than a guess, when the record does not hold the answer.
        else
          flow.artifact(() =>
            doc
              .moveTo(flow.left + 110, y + 13)
              .lineTo(flow.left + 330, y + 13)
              .lineWidth(0.5)
              .strokeColor(faint)
              .stroke(),
          )
        y += Math.max(h, 14) + 8
      })
  })

  y += 18
  const boxH = 30 + contents.length * 16
  flow.artifact(() => {
    doc.rect(flow.left, y, flow.width, boxH).fill(tint)
    doc.rect(flow.left, y, 3, boxH).fill(accent)
  })
  flow.tag(
    'H3',
    () =>
      flow.textAt('IN THIS REPORT', flow.left + 16, y + 10, flow.width, {
        size: size.tiny,
        bold: true,
        color: accent,
      }),
    { actual: 'In this report' },
  )
  flow.group('L', () =>
    contents.forEach((c, i) => {
      flow.group('LI', () =>
        flow.tag('LBody', () =>
          flow.textAt(`${i + 1}.  ${c}`, flow.left + 16, y + 26 + i * 16, flow.width - 32, {
            size: size.body,
          }),
        ),
      )
    }),
  )

  const note =
    'This report is part of the student’s education record. Its release to the recipient named above is entered in the student’s disclosure log. Counselors’ private notes are never included.'
  const nh = flow.measure(note, flow.width, { size: size.tiny })
  flow.textAt(note, flow.left, flow.bottom - nh, flow.width, { size: size.tiny, color: faint })
  flow.newPage()
}
