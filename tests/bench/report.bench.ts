import { join } from 'node:path'
import { createServices } from '../../electron/services'
import { runBatchInChild } from '../../electron/services/reports/batch/job'
import { gatherStudentReport } from '../../electron/services/reports/data/studentReport'
import { renderStudentReport } from '../../electron/services/reports/docs/studentReport'
import { reportCatalog, seedStudent } from '../integration/reports-fixture'
import { launchChromium } from '../support/browser'
import { RESOURCES, tempDir } from '../support/tmp'
import { type Bench, round } from './measure'
import { studentReportHtml } from './report-html'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * report.student5_ms: the whole `reports.student` call (data, disclosure entry, PDF with every
 * chart, file written) for a student with 5 saved careers; median of 15 after warm-up.
 * report.chromium_ratio: Chromium page.pdf() of the same content as HTML, time / our rendering of
 * the same gathered data (both from data to PDF bytes).
 * report.tagged_ratio: CPU time of the same render tagged (structure tree, alt text, artifacts) /
 * untagged, interleaved so load on the machine falls on both alike; goal ≤ 1.2.
 * report.batch100_s / batch100_peak_mb: 100 students into one PDF in the child process.
 */
const bench: Bench = async (emit) => {
  const t = tempDir('ca-bench-report-')
  try {
    const pack = await reportCatalog(t.dir)
    const now = new Date('2026-11-26T15:00:00Z')
    const services = await createServices({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      appVersion: 'bench',
      now: () => now,
    })
    const db = services.ctx.clients
    const studentId = seedStudent(db)
    const input = { studentId, recipient: 'The student', purpose: 'Benchmark' }
    const run = async () => {
      const t0 = performance.now()
      const r = await services.call('reports.student', input)
      if (!r.ok) throw new Error(r.message)
      return performance.now() - t0
    }
    for (let i = 0; i < 3; i++) await run()
    const ours: number[] = []
    for (let i = 0; i < 15; i++) ours.push(await run())
    const oursMs = median(ours)
    emit({
      name: 'report.student5_ms',
      value: round(oursMs, 1),
      unit: 'ms',
      peer: `goal (${pack} pack)`,
      peerValue: 250,
    })

    // Like for like with Chromium: both start from the same gathered data and end with PDF bytes.
    const data = gatherStudentReport(services.ctx, input)
    const env = { paper: 'letter' as const, fontsDir: join(RESOURCES, 'fonts'), now }
    const renderOnly: number[] = []
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now()
      await renderStudentReport(env, data)
      renderOnly.push(performance.now() - t0)
    }
    const renderMs = median(renderOnly)

    // CPU time, not wall time: the render is synchronous work, and CPU time is what tagging adds
    // whatever else the machine is doing.
    const tagged: number[] = []
    const untagged: number[] = []
    for (let i = 0; i < 21; i++)
      for (const [on, into] of [
        [true, tagged],
        [false, untagged],
      ] as const) {
        const t0 = process.cpuUsage()
        await renderStudentReport({ ...env, tagged: on }, data)
        const used = process.cpuUsage(t0)
        into.push((used.user + used.system) / 1000)
      }
    emit({
      name: 'report.tagged_ratio',
      value: round(median(tagged) / median(untagged), 2),
      unit: 'x',
      peer: `goal (CPU ms tagged ${round(median(tagged), 1)}, untagged ${round(median(untagged), 1)})`,
      peerValue: 1.2,
    })
    const html = studentReportHtml(data, join(RESOURCES, 'fonts'), now)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const chromium = async () => {
        const t0 = performance.now()
        await page.setContent(html, { waitUntil: 'load' })
        await page.pdf({ format: 'Letter', printBackground: true })
        return performance.now() - t0
      }
      await chromium()
      const theirs: number[] = []
      for (let i = 0; i < 7; i++) theirs.push(await chromium())
      const chromeMs = median(theirs)
      emit({
        name: 'report.chromium_ratio',
        value: round(chromeMs / renderMs, 2),
        unit: 'x',
        peer: `chromium page.pdf() ms (ours from the same data: ${round(renderMs, 1)} ms)`,
        peerValue: round(chromeMs, 1),
      })
    } finally {
      await browser.close()
    }

    const ids = Array.from({ length: 100 }, (_, i) => seedStudent(db, { name: `Student ${i + 1} Núñez` }))
    const job = (n: number) => ({
      dataDir: t.dir,
      resourcesDir: RESOURCES,
      clientsKey: null,
      studentIds: ids.slice(0, n),
      recipient: 'Families',
      purpose: 'Benchmark',
      counselor: null,
      paper: 'letter' as const,
      now: now.toISOString(),
      out: join(t.dir, `batch-${n}.pdf`),
    })
    const small = await runBatchInChild(job(10), () => {})
    const t0 = performance.now()
    const big = await runBatchInChild(job(100), () => {})
    emit({
      name: 'report.batch100_s',
      value: round((performance.now() - t0) / 1000, 2),
      unit: 's',
      peer: 'goal',
      peerValue: 20,
    })
    emit({
      name: 'report.batch100_peak_mb',
      value: round(big.peakRssMb, 1),
      unit: 'MB',
      peer: 'batch of 10 peak MB',
      peerValue: round(small.peakRssMb, 1),
    })
    services.close()
  } finally {
    t.cleanup()
  }
}

export default bench
