import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UserError } from '../../../../shared/errors'
import type { FromBatch } from './entry'
import type { BatchJob } from './run'

/** Bundled: out/main/report-batch-worker.js beside the main bundle; from source: entry.ts under tsx. */
function workerCommand(): { entry: string; execArgv: string[] } {
  const bundled = join(__dirname, 'report-batch-worker.js')
  if (existsSync(bundled)) return { entry: bundled, execArgv: [] }
  const tsx = createRequire(join(__dirname, 'job.ts')).resolve('tsx')
  return { entry: join(__dirname, 'entry.ts'), execArgv: ['--import', pathToFileURL(tsx).href] }
}

/** Runs a batch in a child process, forwarding progress; resolves with the page count. */
export function runBatchInChild(
  job: BatchJob,
  onProgress: (done: number, total: number) => void,
): Promise<{ pages: number; peakRssMb: number }> {
  const { entry, execArgv } = workerCommand()
  const child = fork(entry, [], {
    execPath: process.execPath,
    execArgv,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000)
  })
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
            'CANCELLED',
            `The reports could not be printed (${result?.type === 'error' ? result.message : `exit code ${code}: ${stderr.trim().split('\n').pop() ?? ''}`}).`,
            'Try again with fewer students; if it keeps failing, restart Career Atlas.',
          ),
        )
    })
    child.send(job)
  })
}
