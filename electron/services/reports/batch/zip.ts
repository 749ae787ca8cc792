import { createWriteStream } from 'node:fs'
import { Zip, ZipPassThrough } from 'fflate'
import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { longDate } from '../../../../shared/format'
import { gatherStudentReport } from '../data/studentReport'
import { drawStudentReport } from '../docs/studentReport'
import { createDoc } from '../kit/doc'
import { stampPages } from '../kit/pages'
import { openBatchContext } from './context'
import type { BatchJob } from './types'

/**
 * One PDF per student, streamed into a zip (stored, not recompressed: PDFs are compressed
 * already), for counselors who hand each family its own file. One student's document is in
 * memory at a time.
 */
export async function runBatchZip(
  job: BatchJob,
  onProgress: (done: number, total: number) => void,
): Promise<{ pages: number }> {
  const { ctx, env, now, close } = openBatchContext(job)
  const out = createWriteStream(job.out)
  const written = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve)
    out.on('error', reject)
  })
  const zip = new Zip((err, chunk, final) => {
    if (err) out.destroy(err)
    else {
      out.write(chunk)
      if (final) out.end()
    }
  })
  const profiles = new Map<string, OccupationProfile | null>()
  const used = new Set<string>()
  let pages = 0
  try {
    for (const [i, studentId] of job.studentIds.entries()) {
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
      const doc = createDoc({
        paper: job.paper,
        fontsDir: env.fontsDir,
        title: `Career plan: ${data.student.name}`,
        subject: 'Career Atlas career report',
        date: now,
      })
      const chunks: Buffer[] = []
      doc.on('data', (c: Buffer) => chunks.push(c))
      const ended = new Promise<void>((resolve) => doc.on('end', resolve))
      await drawStudentReport(doc, env, data)
      pages += stampPages(doc, {
        header: `Career plan · ${data.student.name}`,
        footer: `${data.student.name} · ${longDate(now)}`,
        skipFirstHeader: true,
        preview: job.preview,
      })
      doc.end()
      await ended
      const entry = new ZipPassThrough(uniqueName(`Career plan - ${data.student.name}.pdf`, used))
      zip.add(entry)
      entry.push(Buffer.concat(chunks), true)
      onProgress(i + 1, job.studentIds.length)
    }
    zip.end()
    await written
  } finally {
    close()
  }
  return { pages }
}

/** File names safe on every system, and distinct when two students share a name. */
function uniqueName(name: string, used: Set<string>): string {
  const safe = name.replace(/[\\/:*?"<>|]+/g, '_')
  let candidate = safe
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = safe.replace(/\.pdf$/, ` (${n}).pdf`)
  used.add(candidate.toLowerCase())
  return candidate
}
