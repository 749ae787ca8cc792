import { type ChildProcess, fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type ErrorCode, UserError } from '../../../../shared/errors'
import type { FromWorker, ToWorker } from './protocol'

/**
 * Where the worker script is and how to start it. Bundled (electron-vite), it is
 * out/main/pack-worker.js beside the main bundle and Electron runs it as plain Node
 * (ELECTRON_RUN_AS_NODE=1). From source (tsx, vitest, the CLI) it is worker-entry.ts, run by
 * the same Node with tsx's loader.
 */
export function workerCommand(): { entry: string; execArgv: string[] } {
  const bundled = join(__dirname, 'pack-worker.js')
  if (existsSync(bundled)) return { entry: bundled, execArgv: [] }
  const tsx = createRequire(join(__dirname, 'worker.ts')).resolve('tsx')
  return { entry: join(__dirname, 'worker-entry.ts'), execArgv: ['--import', pathToFileURL(tsx).href] }
}

/** Tests of install rules (not of the worker) may run pack work in-process: CAREER_ATLAS_PACK_WORK_INLINE=1. */
export function inlinePackWork(): boolean {
  return process.env.CAREER_ATLAS_PACK_WORK_INLINE === '1'
}

export function spawnWorker(): { child: ChildProcess; stderr: () => string } {
  const { entry, execArgv } = workerCommand()
  const child = fork(entry, [], {
    execPath: process.execPath,
    execArgv,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  })
  let err = ''
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-2000)
  })
  return { child, stderr: () => err.trim().split('\n').pop() ?? '' }
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
