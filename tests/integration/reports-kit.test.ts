import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { drawChart } from '../../electron/services/reports/charts'
import { createDoc, finish } from '../../electron/services/reports/kit/doc'
import { Flow } from '../../electron/services/reports/kit/flow'
import { stampPages } from '../../electron/services/reports/kit/pages'
import { table } from '../../electron/services/reports/kit/table'
import { barChart, wageRangeChart } from '../../shared/charts/occupation'
import { renderPdf } from '../support/shots'
import { RESOURCES, tempDir } from '../support/tmp'

async function render(draw: (flow: Flow) => void): Promise<{ text: string[]; info: string }> {
  const doc = createDoc({
    paper: 'a4',
    fontsDir: join(RESOURCES, 'fonts'),
    title: 'Kit',
    subject: 'test',
    date: new Date('2026-11-26T12:00:00Z'),
  })
  draw(new Flow(doc))
  stampPages(doc, { header: 'Kit · Zoë', footer: 'Zoë Åberg · test' })
  const t = tempDir('ca-kit-')
  const file = join(t.dir, 'kit.pdf')
  writeFileSync(file, await finish(doc))
  execFileSync('qpdf', ['--check', file])
  renderPdf(file, 'reports', 'kit', 50)
  const info = execFileSync('pdfinfo', [file]).toString()
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']).toString(),
  )
  t.cleanup()
  return { text, info }
}

describe('report layout kit', () => {
  it('splits a long table across A4 pages, repeating its header and numbering every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `Row ${i + 1} with a long wrapping label that needs two lines in this narrow column`,
      `$${(40000 + i * 100).toLocaleString('en-US')}`,
    ])
    const { text, info } = await render((f) => {
      f.heading('A long table', 1, 60)
      table(
        f,
        [
          { header: 'Occupation name', width: 1 },
          { header: 'Median wage', width: 1, align: 'right' },
        ],
        rows,
      )
    })
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/)
    expect(text.length).toBeGreaterThan(2)
    text.forEach((page, i) => {
      expect(page).toContain('OCCUPATION NAME')
      expect(page).toContain(`Page ${i + 1} of ${text.length}`)
    })
    const all = text.join('\n')
    for (const n of [1, 60, 120]) expect(all).toContain(`Row ${n} with`)
    expect(all).toContain('$51,900')
  })

  it('draws missing figures as n/a, never as zero, and keeps a heading with its chart', async () => {
    const wages = wageRangeChart(
      [
        {
          label: 'Has wages',
          wages: {
            release: 'OEWS',
            socUsed: '1',
            basis: 'exact',
            basisNote: null,
            source: 'BLS',
            employment: { value: 1 },
            hourlyOnly: false,
            annual: {
              p10: { value: 30000 },
              p25: { value: 40000 },
              median: { value: 51140 },
              p75: { value: 60000 },
              p90: { value: 81150 },
              mean: { value: null },
            },
            hourly: {
              p10: { value: null },
              p25: { value: null },
              median: { value: null },
              p75: { value: null },
              p90: { value: null },
              mean: { value: null },
            },
          },
        },
        { label: 'No wages published', wages: null },
      ],
      'annual',
    )!
    const growth = barChart({
      id: 'g',
      title: 'Growth',
      source: 'BLS',
      categories: ['Known', 'Unknown'],
      series: [{ key: 'g', label: 'Growth' }],
      values: [[4.2, null]],
      format: 'percent',
    })
    const { text } = await render((f) => {
      f.y = f.bottom - 120 // too little room: the heading must move with its chart
      f.heading('Pay', 1, 200)
      drawChart(f, wages)
      drawChart(f, growth)
    })
    expect(text[0]).not.toContain('Pay')
    expect(text[1]).toContain('Pay')
    const all = text.join('\n')
    expect(all).toContain('$51,140')
    expect(all).toMatch(/n\/a/)
    expect(all).not.toMatch(/Unknown\s+0(\.0)?%/)
  })
})
