import { finishWorker, onParentMessage, sendToParent } from '../../workers/parent'
import { runBatch } from './run'
import type { BatchJob } from './types'

/**
 * Entry of the batch child process: a class set of reports is seconds of CPU, which must not
 * stall the app's main thread. Started by job.ts with Node + tsx in development and tests, or
 * an Electron utility process when bundled.
 */
export type FromBatch =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: number; peakRssMb: number }
  | { type: 'error'; message: string }

const send = (m: FromBatch) => void sendToParent(m)

onParentMessage((job: BatchJob) => {
  let last = 0
  let peak = process.memoryUsage().rss
  runBatch(job, (done, total) => {
    peak = Math.max(peak, process.memoryUsage().rss)
    const t = Date.now()
    if (t - last < 100 && done < total) return
    last = t
    send({ type: 'progress', done, total })
  })
    .then(({ pages }) =>
      send({ type: 'done', pages, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 }),
    )
    .catch((e: Error) => send({ type: 'error', message: e.message }))
    .finally(finishWorker)
})
