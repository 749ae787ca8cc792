import { type ErrorCode, UserError } from '../../../../shared/errors'
import { forkWorker, type StartedWorker } from '../../workers/fork'
import type { PrepareStep } from '../install/install'
import type { FromWorker, ToWorker } from './protocol'

/** The pack worker: out/main/pack-worker.js when bundled, worker-entry.ts from source. */
export function spawnWorker(): StartedWorker {
  const { child, stderr } = forkWorker(__dirname, 'pack-worker.js', 'worker-entry.ts')
  return { child, stderr: () => stderr().split('\n').pop() ?? '' }
}

/** Runs one request in a fresh worker and resolves with its answer (a UserError on failure). */
export function callWorker(
  msg: ToWorker,
  { spawn = spawnWorker, onStep }: { spawn?: typeof spawnWorker; onStep?: (step: PrepareStep) => void } = {},
): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawn()
    let answer: FromWorker | null = null
    child.on('message', (m: FromWorker) => {
      if (m.type === 'step') onStep?.(m.step)
      else if (m.type !== 'progress') answer = m
    })
    child.on('exit', (code, signal) => {
      const a = answer as FromWorker | null
      if (a?.type === 'error') reject(toUserError(a))
      else if (a) resolve(a)
      else
        reject(
          new UserError(
            'WORKER_FAILED',
            `Checking the data pack stopped unexpectedly (${signal ?? `exit code ${code}`}${stderr() ? `: ${stderr()}` : ''}).`,
            'Try again. If it keeps failing, restart Career Atlas. The installed pack and your student records were not changed.',
          ),
        )
    })
    child.send(msg)
  })
}

export function toUserError(e: Extract<FromWorker, { type: 'error' }>): Error {
  if (e.code === 'INTERNAL') return new Error(e.message)
  return new UserError(e.code as Exclude<ErrorCode, 'INTERNAL'>, e.message, e.fix)
}
