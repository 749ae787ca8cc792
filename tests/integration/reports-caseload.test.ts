import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../electron/services'
import { okCaller } from '../support/call-ok'
import { generateCaseload } from '../support/caseload'
import { addInterestProfiles } from '../support/caseload-gen'
import { renderPdf } from '../support/shots'
import { RESOURCES, tempDir } from '../support/tmp'
import { reportCatalog } from './reports-fixture'

let services: Services
let cleanup: () => void

beforeAll(async () => {
  const t = tempDir('ca-reports-caseload-')
  await reportCatalog(t.dir)
  services = await createServices({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-11-26T15:00:00Z'),
  })
  const { studentIds } = generateCaseload(services.ctx.clients, {
    students: 240,
    sessionsPerStudent: 3,
    until: '2026-11-20',
    seed: 11,
  })
  addInterestProfiles(services.ctx.clients, studentIds)
  cleanup = () => {
    services.close()
    t.cleanup()
  }
})
afterAll(() => cleanup?.())

const report = okCaller(() => services)

function text(fileId: string, name: string): string {
  const path = services.ctx.files.get(fileId).path
  execFileSync('qpdf', ['--check', path])
  renderPdf(path, 'reports', name)
  return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8')
}

describe('caseload statistics PDF on a real-sized caseload', () => {
  it('prints counts for a school year with no student names', async () => {
    const r = await report('reports.caseload', { from: '2025-12-01', to: '2026-11-30' })
    const out = text(r.fileId, 'caseload-240')
    expect(out).toContain('Students by grade')
    expect(out).toMatch(/STUDENTS[^\n]*\n\s*\n\s*240\s/)
    const names = services.ctx.clients.prepare('SELECT name FROM students LIMIT 50').all() as {
      name: string
    }[]
    for (const { name } of names) expect(out).not.toContain(name)
  })

  it('prints a career report for a student with nothing recorded yet, saying what to do', async () => {
    const id = Number(
      services.ctx.clients
        .prepare(
          "INSERT INTO students (name, created_at, updated_at) VALUES ('Ngọc Trần', '2026-11-01', '2026-11-01')",
        )
        .run().lastInsertRowid,
    )
    const r = await report('reports.student', {
      studentId: id,
      recipient: 'The student',
      purpose: 'First meeting',
    })
    const out = text(r.fileId, 'student-empty')
    expect(out).toContain('Ngọc Trần')
    expect(out).toContain('No interest profile is recorded yet')
    expect(out).toContain('No careers are saved yet')
    expect(r.pageCount).toBeGreaterThanOrEqual(2)
  })
})
