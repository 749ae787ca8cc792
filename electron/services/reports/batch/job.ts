import { UserError } from '../../../../shared/errors'
import { forkWorker } from '../../workers/fork'
import type { FromBatch } from './entry'
import type { BatchJob } from './types'

/** Runs a batch in a child process, forwarding progress; resolves with the page count. */
export function runBatchInChild(
  job: BatchJob,
  onProgress: (done: number, total: number) => void,
): Promise<{ pages: number; peakRssMb: number }> {
  // Bundled: out/main/report-batch-worker.js beside the main bundle; from source: entry.ts under tsx.
  const { child, stderr } = forkWorker(__dirname, 'report-batch-worker.js', 'entry.ts')
  return new Promise<{ pages: number; peakRssMb: number }>((resolve, reject) => {
    let result: FromBatch | null = null
    child.on('message', (m: FromBatch) => {
      if (m.type === 'progress') onProgress(m.done, m.total)
      else result = m
    })
    child.on('exit', (code) => {
      if (result?.type === 'done') resolve({ pages: result.pages, peakRssMb: result.peakRssMb })
      else
        reject(
          new UserError(
            'WORKER_FAILED',
            `The reports could not be printed (${result?.type === 'error' ? result.message : `exit code ${code}: ${stderr().split('\n').pop() ?? ''}`}).`,
            'Try again with fewer students; if it keeps failing, restart Career Atlas.',
          ),
        )
    })
    child.send(job)
  })
}
