import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { PlainFileKeyStore } from '../../electron/services/security/key-store'
import { okCaller } from '../support/call-ok'
import { renderPdf } from '../support/shots'
import { RESOURCES, tempDir } from '../support/tmp'
import { PRIVATE_NOTE, RECORD_NOTE, reportCatalog, seedStudent } from './reports-fixture'

let services: Services
let cleanup: () => void
let studentId: number

function pdf(fileId: string): { path: string; text: string; info: string } {
  const path = services.ctx.files.get(fileId).path
  execFileSync('qpdf', ['--check', path]) // throws on a damaged file
  return {
    path,
    text: execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8'),
    info: execFileSync('pdfinfo', [path]).toString('utf8'),
  }
}

function snapshot(path: string, name: string): void {
  renderPdf(path, 'reports', name)
}

beforeAll(async () => {
  const t = tempDir('ca-reports-')
  await reportCatalog(t.dir)
  // Encrypted records, as in the app: the batch child process must open them with the same key.
  services = await createServices({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-11-26T15:00:00Z'),
    keyStore: new PlainFileKeyStore(join(t.dir, 'records.key')),
  })
  cleanup = () => {
    services.close()
    t.cleanup()
  }
  studentId = seedStudent(services.ctx.clients)
})
afterAll(() => cleanup?.())

const call = okCaller(() => services)

describe('one-page saved careers PDF', () => {
  it('prints the student with diacritics and each saved career with exact BLS figures on one Letter page', async () => {
    const before = services.ctx.clients.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as {
      n: number
    }
    const file = await call('reports.studentOnePage', { studentId })
    const { path, text, info } = pdf(file.fileId)
    snapshot(path, 'one-page')
    expect(info).toMatch(/Pages:\s+1\n/)
    expect(info).toMatch(/Page size:\s+612 x 792 pts/)
    expect(text).toContain('José Núñez')
    expect(text).toContain('Medical Records Specialists')
    expect(text).toContain('Registered Nurses')
    expect(text).toContain('$51,140')
    expect(text).toContain('$37,000')
    expect(text).toContain('$81,150')
    expect(text).toContain('+7.1%')
    expect(text).not.toContain(PRIVATE_NOTE)
    const after = services.ctx.clients.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }
    expect(after.n).toBe(before.n + 1)
  })

  it('uses A4 when the settings say so', async () => {
    await call('reports.setSettings', { paper: 'a4' })
    const file = await call('reports.studentOnePage', { studentId })
    expect(pdf(file.fileId).info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/)
    await call('reports.setSettings', { paper: 'letter' })
  })

  it('refuses an unknown student without logging a disclosure', async () => {
    const r = await services.call('reports.studentOnePage', { studentId: 99999 })
    expect(r.ok).toBe(false)
  })
})

describe('student career report', () => {
  it('prints cover, interests, each saved career, comparison, goals, signatures and sources — never a private note', async () => {
    await call('reports.setSettings', { counselorName: 'Ms. Ana Lucía Pérez' })
    const file = await call('reports.student', {
      studentId,
      recipient: 'José and his parents',
      purpose: 'Spring course planning',
    })
    const { path, text, info } = pdf(file.fileId)
    snapshot(path, 'student')
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(8)
    expect(file.pageCount).toBe(pages)
    for (const s of [
      'José Núñez',
      'Ms. Ana Lucía Pérez',
      'Lincoln High School',
      'Medical Records Specialists',
      'Software Developers',
      '$51,140',
      '$135,980',
      'Parent or guardian',
      'Ask the school nurse about a job-shadow day',
      RECORD_NOTE.slice(0, 40),
      'CC BY 4.0',
      'Holland code',
    ])
      expect(text).toContain(s)
    expect(text).toMatch(/Page 1 of \d/)
    expect(text).not.toContain(PRIVATE_NOTE.slice(0, 30))
    const log = services.ctx.clients
      .prepare(
        'SELECT recipient, purpose, what FROM disclosures WHERE student_id = ? ORDER BY seq DESC LIMIT 1',
      )
      .get(studentId)
    expect(log).toEqual({
      recipient: 'José and his parents',
      purpose: 'Spring course planning',
      what: 'Career plan report (PDF)',
    })
  })
})

describe('occupation, comparison and caseload PDFs', () => {
  it('prints every profile section of Medical Records Specialists as a fact sheet', async () => {
    const file = await call('reports.profile', { code: '29-2072.00' })
    const { path, text, info } = pdf(file.fileId)
    snapshot(path, 'profile')
    expect(info).toMatch(/Page size:\s+612 x 792/)
    for (const s of [
      'Medical Records Specialists',
      '$51,140',
      '$37,000',
      '$81,150',
      'Earnings',
      'Job outlook',
      'Training and education',
      'Sources',
      'CC BY 4.0',
    ])
      expect(text).toContain(s)
  })

  it('prints a comparison of three careers with its table and charts', async () => {
    const file = await call('reports.compare', {
      codes: ['29-2072.00', '29-1141.00', '47-2111.00'],
    })
    const { path, text } = pdf(file.fileId)
    snapshot(path, 'compare')
    for (const s of [
      'Medical Records Specialists',
      'Registered Nurses',
      'Electricians',
      '$51,140',
      '$97,550',
      '$63,190',
    ])
      expect(text).toContain(s)
  })

  it('prints caseload statistics with no student names and small counts hidden', async () => {
    const file = await call('reports.caseload', {})
    const { path, text } = pdf(file.fileId)
    snapshot(path, 'caseload')
    expect(text).toContain('Caseload statistics')
    expect(text).not.toContain('José')
    expect(text).not.toContain('Núñez')
    // One student: every count from 1 to 4 is hidden.
    expect(text).toContain('fewer than 5')
  })
})

describe('batch printing', () => {
  it('prints every listed student into one PDF in a child process, logging each disclosure first and reporting progress', async () => {
    const db = services.ctx.clients
    const second = seedStudent(db, { name: 'Zoë Åberg', codes: ['13-2011.00', '21-1012.00'] })
    const events: { done: number; total: number }[] = []
    const off = services.ctx.events.subscribe((e) => {
      if (e.type === 'report.progress') events.push({ done: e.done, total: e.total })
    })
    const before = (db.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }).n
    const file = await call('reports.batch', {
      studentIds: [studentId, second],
      recipient: 'Families at conference night',
      purpose: 'Spring conferences',
    })
    off()
    const { path, text, info } = pdf(file.fileId)
    snapshot(path, 'batch')
    expect(file.students).toBe(2)
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(file.pageCount)
    expect(text).toContain('José Núñez')
    expect(text).toContain('Zoë Åberg')
    expect(text).toContain('Accountants and Auditors')
    expect(text).not.toContain(PRIVATE_NOTE.slice(0, 30))
    // Each student's pages are numbered on their own.
    expect(text).toMatch(/Zoë Åberg · November 26, 2026\s+Page 1 of \d/)
    expect((db.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }).n).toBe(before + 2)
    expect(events.at(-1)).toEqual({ done: 2, total: 2 })
  })

  it('a preview (one student or a list) is marked PREVIEW on every page and logs nothing', async () => {
    const db = services.ctx.clients
    const count = () => (db.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }).n
    const before = count()
    const ask = { recipient: 'Parents', purpose: 'Conference' }
    const one = await call('reports.student', {
      studentId,
      ...ask,
      preview: true,
    })
    const batch = await call('reports.batch', {
      studentIds: [studentId],
      ...ask,
      preview: true,
    })
    const page1 = await call('reports.studentOnePage', { studentId, preview: true })
    expect(count()).toBe(before)
    expect(one.fileName).toMatch(/^Career plan \(preview\) - José Núñez/)
    for (const f of [one, batch, page1]) {
      const { path, text, info } = pdf(f.fileId)
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
      expect(text.match(/PREVIEW — not for handing out/g)?.length).toBe(pages)
      if (f === one) snapshot(path, 'student-preview')
    }
  })

  it('logs nothing when one student in the list does not exist', async () => {
    const db = services.ctx.clients
    const before = (db.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }).n
    const r = await services.call('reports.batch', {
      studentIds: [studentId, 987654],
      recipient: 'x',
      purpose: 'y',
    })
    expect(r.ok).toBe(false)
    expect((db.prepare('SELECT COUNT(*) AS n FROM disclosures').get() as { n: number }).n).toBe(before)
  })
})

describe('student career report length', () => {
  it('stays within 8 pages for a student with ten saved careers and prints the extra ones in the comparison', async () => {
    const db = services.ctx.clients
    const many = seedStudent(db, {
      name: 'Søren Ødegård',
      codes: [
        '29-2072.00',
        '29-1141.00',
        '15-1252.00',
        '47-2111.00',
        '27-1024.00',
        '21-1012.00',
        '13-2011.00',
        '49-3023.00',
        '35-2014.00',
        '33-3051.00',
      ],
    })
    const file = await call('reports.student', {
      studentId: many,
      recipient: 'The student',
      purpose: 'Planning',
    })
    const { path, text } = pdf(file.fileId)
    snapshot(path, 'student-ten')
    expect(file.pageCount).toBeLessThanOrEqual(8)
    expect(text).toContain('Søren Ødegård')
    expect(text).toContain('5 more saved careers')
  })
})

describe('the disclosure chain on paper', () => {
  it('prints the chain’s newest link on the career plan, the one-pager and the record export', async () => {
    const headNow = () =>
      services.ctx.clients
        .prepare('SELECT seq, hash FROM disclosure_heads WHERE student_id = ?')
        .get(studentId) as {
        seq: number
        hash: string
      }
    const grouped = (hash: string) => hash.match(/.{8}/g)!.join(' ')
    const plan = await call('reports.student', {
      studentId,
      recipient: 'José and his parents',
      purpose: 'Chain check',
    })
    const planText = pdf(plan.fileId).text.replace(/\s+/g, ' ')
    expect(planText).toContain(`newest link ${grouped(headNow().hash)}`)
    expect(planText).toContain(`${headNow().seq} entries when printed`)
    const one = await call('reports.studentOnePage', { studentId })
    const oneText = pdf(one.fileId).text.replace(/\s+/g, ' ')
    expect(oneText).toContain(grouped(headNow().hash).slice(0, 35))
    const exp = await call('records.export', {
      studentId,
      recipient: 'Ana Núñez (mother)',
      basis: 'parent_or_eligible_student',
      purpose: 'Inspection request',
    })
    const { readFileSync } = await import('node:fs')
    const doc = JSON.parse(readFileSync(services.ctx.files.get(exp.fileId).path, 'utf8'))
    expect(doc.disclosureLogHead).toEqual(headNow())
  })
})
