import { type ErrorCode, UserError } from '../../../../shared/errors'
import { forkWorker, type StartedWorker } from '../../workers/fork'
import type { FromWorker, ToWorker } from './protocol'

/** Tests of install rules (not of the worker) may run pack work in-process: CAREER_ATLAS_PACK_WORK_INLINE=1. */
export function inlinePackWork(): boolean {
  return process.env.CAREER_ATLAS_PACK_WORK_INLINE === '1'
}

/** The pack worker: out/main/pack-worker.js when bundled, worker-entry.ts from source. */
export function spawnWorker(): StartedWorker {
  const { child, stderr } = forkWorker(__dirname, 'pack-worker.js', 'worker-entry.ts')
  return { child, stderr: () => stderr().split('\n').pop() ?? '' }
}

/** Runs one request in a fresh worker and resolves with its answer (a UserError on failure). */
export function callWorker(msg: ToWorker): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawnWorker()
    let answer: FromWorker | null = null
    child.on('message', (m: FromWorker) => {
      if (m.type !== 'progress') answer = m
    })
    child.on('exit', (code, signal) => {
      const a = answer as FromWorker | null
      if (a?.type === 'error') reject(toUserError(a))
      else if (a) resolve(a)
      else reject(new Error(`The pack worker stopped (${signal ?? `exit code ${code}`}): ${stderr()}`))
    })
    child.send(msg)
  })
}

export function toUserError(e: Extract<FromWorker, { type: 'error' }>): Error {
  if (e.code === 'INTERNAL') return new Error(e.message)
  return new UserError(e.code as Exclude<ErrorCode, 'INTERNAL'>, e.message, e.fix)
}
