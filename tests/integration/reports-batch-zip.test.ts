import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempServices } from '../support/tmp'

describe('a batch as one PDF per student, in a zip', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  const ids: number[] = []
  beforeAll(async () => {
    s = await tempServices()
    for (const name of ['Ana Lima', 'Ana Lima', 'Søren Ødegård']) {
      const r = await s.call('students.create', { name, grade: 12 })
      if (!r.ok) throw new Error(r.message)
      const id = (r.value as { id: number }).id
      ids.push(id)
      await s.call('saved.add', { studentId: id, code: '29-2072.00' })
    }
  })
  afterAll(() => s.cleanup())

  it('holds each student’s own report under a distinct name, and logs each disclosure', async () => {
    const r = await s.call('reports.batch', {
      studentIds: ids,
      layout: 'zip',
      recipient: 'Each family',
      purpose: 'Spring conferences',
    })
    expect(r.ok).toBe(true)
    const file = s.ctx.files.get((r as { value: { fileId: string } }).value.fileId)
    expect(file.fileName).toMatch(/\.zip$/)
    expect(file.mime).toBe('application/zip')
    const entries = unzipSync(readFileSync(file.path))
    expect(Object.keys(entries).sort()).toEqual([
      'Career plan - Ana Lima (2).pdf',
      'Career plan - Ana Lima.pdf',
      'Career plan - Søren Ødegård.pdf',
    ])
    const pdf = join(s.dataDir, 'one.pdf')
    writeFileSync(pdf, entries['Career plan - Søren Ødegård.pdf']!)
    execFileSync('qpdf', ['--check', pdf])
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Søren Ødegård')
    expect(text).not.toContain('Ana Lima')
    expect(text).toContain('Medical Records Specialists')
    for (const studentId of ids) {
      expect(JSON.stringify(await s.call('disclosures.list', { studentId }))).toContain('Spring conferences')
    }
  })
})
