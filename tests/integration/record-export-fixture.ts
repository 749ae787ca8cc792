import { execFileSync } from 'node:child_process'
import { createServices, type Services } from '../../electron/services'
import type { DB } from '../../electron/services/db/open'
import { renderPdf } from '../support/shots'
import { RESOURCES, tempDir } from '../support/tmp'
import { reportCatalog, seedStudent } from './reports-fixture'

export interface ExportedRecord {
  /** The PDF written for the family. */
  pdf: string
  /** Its visible text, whitespace folded. */
  text: string
  close: () => void
}

/**
 * The record export PDF of the fixture student (José Núñez, seedStudent) after `seed` has added
 * to the record, exported on 2026-11-26 for his mother; pictures under `area` when asked.
 */
export async function exportedRecord(
  area: string,
  seed: (db: DB, studentId: number) => void,
): Promise<ExportedRecord> {
  const t = tempDir(`ca-${area}-`)
  await reportCatalog(t.dir)
  const services: Services = await createServices({
    dataDir: t.dir,
    resourcesDir: RESOURCES,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-11-26T15:00:00Z'),
  })
  const close = () => {
    services.close()
    t.cleanup()
  }
  const db = services.ctx.clients
  const studentId = seedStudent(db)
  seed(db, studentId)
  const r = await services.call('records.export', {
    studentId,
    recipient: 'Ana Núñez (mother)',
    purpose: 'Inspection request',
    format: 'pdf',
  })
  if (!r.ok) {
    close()
    throw new Error(r.message)
  }
  const pdf = services.ctx.files.get((r.value as { fileId: string }).fileId).path
  renderPdf(pdf, area, 'record')
  const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, ' ')
  return { pdf, text, close }
}
