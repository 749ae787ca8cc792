import { type ChildProcess, fork } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BuildPackInput } from '../../../../shared/api/packs'
import type { BuildJob } from '../../../../shared/domain/packs'
import { UserError } from '../../../../shared/errors'
import type { ServiceContext } from '../../context'
import { installPack } from '../install/install'
import { PackStore } from '../install/store'
import type { FromWorker, ToWorker } from './protocol'

const KILL_AFTER_MS = 3000

/**
 * Where the worker script is and how to start it. Bundled (electron-vite), it is
 * out/main/pack-build-worker.js beside the main bundle and Electron runs it as plain Node
 * (ELECTRON_RUN_AS_NODE). From source (tsx, vitest, the CLI) it is worker-entry.ts, run by
 * the same Node with tsx's loader.
 */
export function workerCommand(): { entry: string; execArgv: string[] } {
  const bundled = join(__dirname, 'pack-build-worker.js')
  if (existsSync(bundled)) return { entry: bundled, execArgv: [] }
  const tsx = createRequire(join(__dirname, 'jobs.ts')).resolve('tsx')
  return { entry: join(__dirname, 'worker-entry.ts'), execArgv: ['--import', pathToFileURL(tsx).href] }
}

interface Job {
  id: string
  child: ChildProcess
  out: string
  cancelled: boolean
  finished: boolean
}

/** Runs one pack build at a time in a child process and reports through ctx.events. */
export class BuildJobs {
  private job: Job | null = null
  constructor(private readonly ctx: ServiceContext) {}

  start(input: BuildPackInput): BuildJob {
    if (this.job && !this.job.finished)
      throw new UserError(
        'CONFLICT',
        'A data pack is already being built.',
        'Wait for it to finish, or cancel it first.',
      )
    const id = randomUUID()
    const out = join(new PackStore(this.ctx.dataDir).dir, `built-${id}.capack`)
    const { entry, execArgv } = workerCommand()
    const child = fork(entry, [], {
      execPath: process.execPath,
      execArgv,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    })
    const job: Job = { id, child, out, cancelled: false, finished: false }
    this.job = job
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000)
    })
    let result: FromWorker | null = null
    child.on('message', (m: FromWorker) => {
      if (m.type === 'progress') {
        const { type: _t, ...p } = m
        this.ctx.events.emit({ type: 'pack.progress', jobId: id, ...p })
      } else result = m
    })
    child.on('exit', (code, signal) => {
      job.finished = true
      this.finish(
        job,
        input,
        result,
        code === 0 ? null : `${signal ?? `exit code ${code}`}: ${stderr.trim().split('\n').pop() ?? ''}`,
      )
    })
    child.send({ type: 'start', input, out } satisfies ToWorker)
    return { jobId: id }
  }

  cancel(jobId: string): boolean {
    const job = this.job
    if (!job || job.id !== jobId || job.finished) return false
    job.cancelled = true
    job.child.send({ type: 'cancel' } satisfies ToWorker)
    const timer = setTimeout(() => job.child.kill('SIGKILL'), KILL_AFTER_MS)
    job.child.once('exit', () => clearTimeout(timer))
    return true
  }

  /** Waits for the running job (tests; app shutdown). */
  async stop(): Promise<void> {
    const job = this.job
    if (!job || job.finished) return
    job.child.kill('SIGKILL')
    await new Promise((ok) => job.child.once('exit', ok))
  }

  private finish(job: Job, input: BuildPackInput, result: FromWorker | null, crash: string | null): void {
    const message = this.outcome(job, input, result, crash)
    this.ctx.events.emit({ type: 'pack.done', jobId: job.id, ok: message.ok, message: message.text })
  }

  private outcome(
    job: Job,
    input: BuildPackInput,
    result: FromWorker | null,
    crash: string | null,
  ): { ok: boolean; text: string } {
    const done = (ok: boolean, text: string) => ({ ok, text })
    if (job.cancelled) {
      rmSync(job.out, { force: true })
      return done(false, 'Build cancelled. The installed data pack was not changed.')
    }
    if (!result || result.type === 'progress') {
      rmSync(job.out, { force: true })
      return done(
        false,
        `The build stopped unexpectedly (${crash ?? 'no result'}). The installed data pack was not changed.`,
      )
    }
    if (result.type === 'error') {
      rmSync(job.out, { force: true })
      return done(false, result.fix ? `${result.message} ${result.fix}` : result.message)
    }
    if (input.install === false)
      return done(
        true,
        `Built the pack (${result.occupations.toLocaleString('en-US')} occupations). It is ready to export or install.`,
      )
    try {
      const { pack, changes } = installPack(this.ctx, job.out)
      const affected = changes.items.length
      return done(
        true,
        `Installed “${pack.name}” with ${pack.occupations.toLocaleString('en-US')} occupations. ${affected ? `${affected} saved career${affected === 1 ? '' : 's'} changed; see What changed.` : 'No saved career changed.'}`,
      )
    } catch (e) {
      return done(
        false,
        e instanceof UserError
          ? `${e.message}${e.fix ? ` ${e.fix}` : ''}`
          : `Installing the new pack failed: ${(e as Error).message}`,
      )
    } finally {
      rmSync(job.out, { force: true })
    }
  }
}
