import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { drawChart } from '../../electron/services/reports/charts'
import { createDoc, finish } from '../../electron/services/reports/kit/doc'
import { Flow } from '../../electron/services/reports/kit/flow'
import { stampPages } from '../../electron/services/reports/kit/pages'
import { table } from '../../electron/services/reports/kit/table'
import { barChart } from '../../shared/charts/occupation'
import { elements, readTaggedPdf, type StructNode, type TaggedPdf } from '../support/pdf-structure'
import { renderPdf } from '../support/shots'
import { RESOURCES, tempDir } from '../support/tmp'
import { reportCatalog, seedStudent } from './reports-fixture'

/*
 * Families read these reports with screen readers. Each report must be a tagged PDF whose
 * structure tree reads in the order the page is drawn, with headings, lists, tables and
 * figures a listener can navigate, every chart spoken through its text equivalent, and page
 * furniture (headers, footers, PREVIEW stamps, rules) left out.
 */

let services: Services
let dir: string
let cleanup: () => void
let studentId: number

beforeAll(async () => {
  const t = tempDir('ca-tagged-')
  dir = t.dir
  await reportCatalog(t.dir)
  services = await createServices({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-11-26T15:00:00Z'),
  })
  cleanup = () => {
    services.close()
    t.cleanup()
  }
  studentId = seedStudent(services.ctx.clients)
})
afterAll(() => cleanup?.())

async function report(method: string, input: unknown): Promise<string> {
  const r = await services.call(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.message}`)
  return services.ctx.files.get((r.value as { fileId: string }).fileId).path
}

/** What every report must be: tagged, PDF 1.7, English, titled, read in drawing order. */
function checkTagged(path: string): TaggedPdf {
  const info = execFileSync('pdfinfo', [path]).toString('utf8')
  expect(info).toMatch(/Tagged:\s+yes/)
  expect(info).toMatch(/PDF version:\s+1\.7/)
  const t = readTaggedPdf(path)
  expect(t.marked).toBe(true)
  expect(t.lang).toBe('en-US')
  expect(t.displayDocTitle).toBe(true)
  expect(t.title).toBeTruthy()
  // Nothing is drawn outside the structure or an artifact; the tree reads as the page was drawn.
  expect(t.unmarked).toEqual([])
  expect(t.drawnOrder.length).toBeGreaterThan(10)
  expect(t.treeOrder).toEqual(t.drawnOrder)
  for (const f of elements(t.root, /^Figure$/)) expect(f.alt ?? '').toMatch(/^(Bar|Range|Line) chart: .{20,}/)
  for (const table of elements(t.root, /^Table$/)) {
    expect(table.children.length).toBeGreaterThan(0)
    expect(table.children.every((r) => r.type === 'TR')).toBe(true)
    expect(table.children[0]!.children.every((c) => c.type === 'TH')).toBe(true)
  }
  for (const list of elements(t.root, /^L$/))
    expect(list.children.every((li) => li.type === 'LI' && li.children.length > 0)).toBe(true)
  return t
}

const outline = (t: TaggedPdf): string[] =>
  elements(t.root, /^(H[1-3]|Table|Figure)$/).map((n: StructNode) =>
    n.type === 'Figure' ? `Figure: ${n.alt}` : `${n.type}: ${n.text}`,
  )

/** Entries of `expected` appear in `list` in that order (each matched by its start). */
function inOrder(list: string[], expected: string[]): void {
  let at = 0
  for (const e of expected) {
    const found = list.findIndex((s, i) => i >= at && s.startsWith(e))
    expect(found, `${e} after ${list[at - 1] ?? 'the start'} in:\n${list.join('\n')}`).toBeGreaterThanOrEqual(
      0,
    )
    at = found + 1
  }
}

describe('tagged report kit', () => {
  it('a table over several pages is one table, its repeated header not read again; a chart moved to the next page stays one figure', async () => {
    const doc = createDoc({
      paper: 'a4',
      fontsDir: join(RESOURCES, 'fonts'),
      title: 'Kit',
      subject: 'test',
      date: new Date('2026-11-26T12:00:00Z'),
    })
    const flow = new Flow(doc)
    flow.heading('Wages by state', 1)
    table(
      flow,
      [
        { header: 'State', width: 3 },
        { header: 'Median', width: 1, align: 'right' },
      ],
      Array.from({ length: 90 }, (_, i) => [
        `State ${i + 1} with a long name that wraps onto a second line here`,
        `$${40000 + i}`,
      ]),
    )
    flow.y = flow.bottom - 40
    drawChart(
      flow,
      barChart({
        id: 'w',
        title: 'Median annual wage by state',
        source: 'BLS OEWS May 2025',
        categories: ['Ohio', 'Texas', 'Maine'],
        series: [{ key: 'm', label: 'Median' }],
        values: [[61230, 58410, 52300]],
        format: 'currency',
      }),
    )
    const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a note that runs on.`).join(' ')
    flow.y = flow.bottom - 60
    flow.para(long)
    stampPages(doc, { header: 'Kit', footer: 'Kit' })
    const file = join(dir, 'kit.pdf')
    writeFileSync(file, await finish(doc))
    renderPdf(file, 'reports-tagged', 'kit')
    const t = checkTagged(file)
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1])).toBeGreaterThan(2)
    const [only, ...more] = elements(t.root, /^Table$/)
    expect(more).toEqual([])
    expect(only!.children).toHaveLength(91)
    expect(elements(only!, /^TH$/)).toHaveLength(2)
    const [figure, ...others] = elements(t.root, /^Figure$/)
    expect(others).toEqual([])
    // A paragraph pdfkit wraps onto the next page is still one paragraph, read whole.
    const para = elements(t.root, /^P$/).at(-1)!
    expect(new Set(para.content.map(([page]) => page)).size).toBe(2)
    expect(para.text).toContain('Sentence 1 of')
    expect(para.text).toContain('Sentence 60 of a note that runs on.')
    expect(figure!.alt).toBe(
      'Bar chart: Median annual wage by state; highest Ohio $61,230, lowest Maine $52,300. Ohio: $61,230; Texas: $58,410; Maine: $52,300. Source: BLS OEWS May 2025.',
    )
  })
})

describe('tagged report PDFs', () => {
  it('occupation profile: title, sections and charts in reading order, wages spoken in the chart’s Alt', async () => {
    const t = checkTagged(await report('reports.profile', { code: '29-2072.00' }))
    expect(t.title).toBe('Medical Records Specialists — occupation profile')
    const o = outline(t)
    inOrder(o, [
      'H1: Medical Records Specialists',
      'H1: Earnings',
      'Figure: Range chart: Annual wages',
      'Table: LOWEST 10%',
      'H1: Job outlook',
      'H1: Training and education',
      'H1: Interests',
      'Figure: Bar chart: Interest profile',
      'H1: Sources',
    ])
    const wages = elements(t.root, /^Figure$/)[0]!.alt!
    expect(wages).toContain('Medical Records Specialists: median $51,140')
    expect(wages).toContain('Source: BLS')
  })

  it('student career plan: cover, sections, saved careers and shortlist; no page furniture in the tree', async () => {
    const path = await report('reports.student', {
      studentId,
      recipient: 'José and his parents',
      purpose: 'Spring course planning',
      preview: true,
    })
    renderPdf(path, 'reports-tagged', 'career-plan')
    const t = checkTagged(path)
    inOrder(outline(t), [
      'H1: Career plan',
      'H2: José Núñez',
      'H1: 1. Your interests',
      'Figure: Bar chart: Interest profile',
      'H2: Careers that match your interests',
      'Table: CAREER',
      'H1: 2. Your saved careers',
      'H2: 1. Medical Records Specialists',
      'Figure: Range chart:',
      'H1: 3. Your shortlist side by side',
      'Table: MEDICAL RECORDS SPECIALISTS',
      'Figure: Bar chart: Projected change in jobs',
      'H1: 4. Goals and next steps',
      'H2: Signatures',
      'H2: Data sources',
    ])
    // The visible page text has the furniture; what a listener hears does not.
    const visible = execFileSync('pdftotext', [path, '-']).toString('utf8')
    expect(visible).toContain('Page 1 of')
    expect(visible).toContain('PREVIEW')
    // Interests over time: its axis and its text equivalent say dates as a family reads them.
    const history = elements(t.root, /^Figure$/).find((f) => f.alt?.startsWith('Line chart: Interests'))
    expect(history?.alt).toContain('Interests over time, Oct 6, 2025 to Oct 2, 2026;')
    for (const day of ['Oct 6, 2025', 'Oct 2, 2026']) expect(visible).toContain(day)
    expect(visible).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const heard = t.root!.children.map((c) => c.text).join(' ')
    expect(heard).toContain('Medical Records Specialists')
    expect(heard).not.toContain('Page 1 of')
    expect(heard).not.toContain('PREVIEW')
    // The cover's details are a list: "School" labels "Lincoln High School".
    const cover = elements(t.root, /^LI$/).find((li) => li.children[0]?.text === 'SCHOOL')
    expect(cover?.children.map((c) => c.type)).toEqual(['Lbl', 'LBody'])
    expect(cover?.children[1]?.text).toBe('Lincoln High School')
  })

  it('a student named with PDF syntax is read as written, the structure intact', async () => {
    const name = 'Zoë (Ana) \\ ) >> endobj /S /H1 <FEFF> %EOF'
    const id = seedStudent(services.ctx.clients, { name })
    const t = checkTagged(
      await report('reports.student', {
        studentId: id,
        recipient: '<b>Mum</b> ) (',
        purpose: 'Plan',
        preview: true,
      }),
    )
    inOrder(outline(t), ['H1: Career plan', `H2: ${name}`, 'H1: 1. Your interests'])
    expect(t.title).toContain(name)
    const one = checkTagged(await report('reports.studentOnePage', { studentId: id }))
    inOrder(outline(one), [`H1: ${name}`])
  })

  it('a note longer than a page (8,000 characters, no space) prints whole across its pages, no page left blank', async () => {
    const id = seedStudent(services.ctx.clients, { name: 'Long Note' })
    const note = `${'Nursingprogramvisit'.repeat(421)}END`
    services.ctx.clients.prepare('UPDATE sessions SET record_notes = ? WHERE student_id = ?').run(note, id)
    const path = await report('records.export', {
      studentId: id,
      recipient: 'Parent',
      purpose: 'Inspection',
      format: 'pdf',
    })
    renderPdf(path, 'reports-tagged', 'long-note')
    const t = checkTagged(path)
    const read = elements(t.root, /^(P|TD)$/).find((p) => p.text?.startsWith('Nursingprogramvisit'))
    expect(read?.text?.replace(/\s+/g, '')).toBe(note)
    // No page holds only its header, footer and a repeated table header; what follows the note
    // goes on below its end rather than on a fresh page.
    const pages = execFileSync('pdftotext', [path, '-']).toString('utf8').split('\f').slice(0, -1)
    const furniture =
      /CAREERATLAS|Educationrecord·LongNote|LongNote·exported.*included|Page\d+of\d+|DATE|MINUTES|PURPOSE|RECORDNOTES/g
    const body = pages.map((p) => p.replace(/\s+/g, '').replace(furniture, ''))
    expect(body.filter((b) => b === '').length).toBe(0)
    const end = pages.findIndex((p) => p.includes('visitEND'))
    expect(pages[end]).toContain('Goals and next steps')
  })

  it('one-page summary, comparison, caseload and record export', async () => {
    const one = checkTagged(await report('reports.studentOnePage', { studentId }))
    inOrder(outline(one), ['H1: José Núñez', 'Table: CAREER'])

    const compare = checkTagged(
      await report('reports.compare', { codes: ['29-2072.00', '29-1141.00', '47-2111.00'] }),
    )
    const range = elements(compare.root, /^Figure$/).find((f) => f.alt?.startsWith('Range chart'))
    expect(range?.alt).toContain('highest median Registered Nurses $97,550')
    expect(range?.alt).toContain('lowest median Medical Records Specialists $51,140')

    const caseload = checkTagged(await report('reports.caseload', {}))
    const figures = elements(caseload.root, /^Figure$/)
    expect(figures.length).toBeGreaterThan(2)
    // Hidden small counts are said to be hidden, never read out as a number.
    expect(figures.map((f) => f.alt).join(' ')).toContain('fewer than 5 (not shown)')

    const recordPath = await report('records.export', {
      studentId,
      recipient: 'Ana Núñez (mother)',
      purpose: 'Inspection request',
      format: 'pdf',
    })
    renderPdf(recordPath, 'reports-tagged', 'record')
    const record = checkTagged(recordPath)
    inOrder(outline(record), [
      'H1: José Núñez',
      'H1: Student',
      'H1: Interest profiles',
      'H2: October 6, 2025 · O*NET Interest Profiler',
      'Table: AREA',
      'Figure: Bar chart: Interest profile, October 6, 2025',
      'H2: October 2, 2026 · O*NET Interest Profiler',
      'H1: Disclosure log',
    ])
  })

  it('batch reports: one PDF for the list and one per student in a zip, each student in order', async () => {
    const second = seedStudent(services.ctx.clients, { name: 'Zoë Åberg', codes: ['13-2011.00'] })
    const ask = { studentIds: [studentId, second], recipient: 'Families', purpose: 'Conferences' }
    const t = checkTagged(await report('reports.batch', ask))
    inOrder(outline(t), [
      'H2: José Núñez',
      'H2: Data sources',
      'H1: Career plan',
      'H2: Zoë Åberg',
      'H2: 1. Accountants and Auditors',
      'H2: Data sources',
    ])
    // Each student's plan is one Part a listener can move between.
    const parts = t.root!.children[0]!.children
    expect(parts.map((p) => p.type)).toEqual(['Part', 'Part'])
    expect(parts[1]!.text).toContain('Zoë Åberg')
    expect(parts[1]!.text).not.toContain('José Núñez')
    const zip = unzipSync(readFileSync(await report('reports.batch', { ...ask, layout: 'zip' })))
    const names = Object.keys(zip)
    expect(names).toHaveLength(2)
    for (const [i, name] of names.entries()) {
      const file = join(dir, `entry-${i}.pdf`)
      writeFileSync(file, zip[name]!)
      inOrder(outline(checkTagged(file)), ['H1: Career plan', 'H2: Data sources'])
    }
  })
})
