import { createWriteStream } from 'node:fs'
import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { longDate } from '../../../../shared/format'
import { gatherStudentReport } from '../data/studentReport'
import { drawStudentReport } from '../docs/studentReport'
import { createDoc } from '../kit/doc'
import { stampPages } from '../kit/pages'
import { openBatchContext } from './context'
import type { BatchJob } from './types'
import { runBatchZip } from './zip'

/**
 * Writes every student's career report into one PDF, streaming: each student's pages are
 * stamped (page X of Y of that student's report) and flushed to disk before the next student,
 * so memory stays flat however long the list.
 */
export async function runBatch(
  job: BatchJob,
  onProgress: (done: number, total: number) => void,
): Promise<{ pages: number }> {
  if (job.layout === 'zip') return runBatchZip(job, onProgress)
  const { ctx, env, now, close } = openBatchContext(job)
  const doc = createDoc({
    paper: job.paper,
    fontsDir: env.fontsDir,
    title: `Career plans (${job.studentIds.length} students)`,
    subject: 'Career Atlas career reports',
    date: now,
  })
  const out = createWriteStream(job.out)
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve)
    out.on('error', reject)
    doc.on('error', reject)
  })
  doc.pipe(out)
  const profiles = new Map<string, OccupationProfile | null>()
  let pages = 0
  try {
    for (const [i, studentId] of job.studentIds.entries()) {
      if (i > 0) doc.addPage()
      const data = gatherStudentReport(
        ctx,
        {
          studentId,
          recipient: job.recipient,
          purpose: job.purpose,
          zones: job.zones,
          counselor: job.counselor,
        },
        profiles,
      )
      await drawStudentReport(doc, env, data)
      pages += stampPages(doc, {
        header: `Career plan · ${data.student.name}`,
        footer: `${data.student.name} · ${longDate(now)}`,
        skipFirstHeader: true,
        preview: job.preview,
      })
      doc.flushPages()
      onProgress(i + 1, job.studentIds.length)
    }
    doc.end()
    await done
  } finally {
    close()
  }
  return { pages }
}
