import { randomUUID } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BuildPackInput } from '../../../../shared/api/packs'
import type { BuildJob } from '../../../../shared/domain/packs'
import { UserError } from '../../../../shared/errors'
import type { ServiceContext } from '../../context'
import type { WorkerChild } from '../../workers/fork'
import { commitInstall } from '../install/install'
import { PackStore } from '../install/store'
import type { FromWorker, ToWorker } from './protocol'
import { spawnWorker, toUserError } from './worker'

const KILL_AFTER_MS = 3000

interface Job {
  id: string
  child: WorkerChild
  out: string
  cancelled: boolean
  finished: boolean
}

/**
 * Runs one pack build at a time in a child process (which also validates the result) and
 * reports through ctx.events: pack.progress while it runs, pack.done at the end. Only the
 * quick swap of a finished pack happens on this thread.
 */
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
    const { child, stderr } = spawnWorker()
    const job: Job = { id, child, out, cancelled: false, finished: false }
    this.job = job
    let result: FromWorker | null = null
    child.on('message', (m: FromWorker) => {
      if (m.type === 'progress') {
        const { type: _t, ...p } = m
        this.ctx.events.emit({ type: 'pack.progress', jobId: id, ...p })
      } else result = m
    })
    child.on('exit', (code, signal) => {
      job.finished = true
      this.finish(job, input, result, code === 0 ? null : `${signal ?? `exit code ${code}`}: ${stderr()}`)
    })
    child.send({ type: 'start', input, out, dataDir: this.ctx.dataDir } satisfies ToWorker)
    return { jobId: id }
  }

  cancel(jobId: string): boolean {
    const job = this.job
    if (!job || job.id !== jobId || job.finished) return false
    job.cancelled = true
    job.child.send({ type: 'cancel' } satisfies ToWorker)
    // The builder checks for cancel between files; a long spreadsheet read is cut short by kill.
    const timer = setTimeout(() => job.child.kill('SIGKILL'), KILL_AFTER_MS)
    job.child.once('exit', () => clearTimeout(timer))
    return true
  }

  private finish(job: Job, input: BuildPackInput, result: FromWorker | null, crash: string | null): void {
    const { ok, text } = this.outcome(job, input, result, crash)
    // The builder's own temp files (`<out>.building-…`) stay behind when the child is killed.
    const dir = dirname(job.out)
    for (const f of readdirSync(dir))
      if (f.startsWith(`${basename(job.out)}.`)) rmSync(join(dir, f), { force: true })
    if (!(ok && input.install === false)) rmSync(job.out, { force: true })
    this.ctx.events.emit({ type: 'pack.done', jobId: job.id, ok, message: text })
  }

  private outcome(
    job: Job,
    input: BuildPackInput,
    result: FromWorker | null,
    crash: string | null,
  ): { ok: boolean; text: string } {
    const kept = 'The installed data pack was not changed.'
    if (job.cancelled) return { ok: false, text: `Build cancelled. ${kept}` }
    if (result?.type === 'error') {
      const e = toUserError(result)
      return { ok: false, text: e instanceof UserError && e.fix ? `${e.message} ${e.fix}` : e.message }
    }
    if (result?.type !== 'done')
      return { ok: false, text: `The build stopped unexpectedly (${crash ?? 'no result'}). ${kept}` }
    const n = result.occupations.toLocaleString('en-US')
    if (input.install === false || !result.prepared)
      return { ok: true, text: `Built the pack (${n} occupations). It is ready to export or install.` }
    try {
      const { pack, changes } = commitInstall(this.ctx, result.prepared)
      const affected = changes.items.length
      const what = affected
        ? `${affected} saved career${affected === 1 ? '' : 's'} changed; see What changed.`
        : 'No saved career changed.'
      return { ok: true, text: `Installed “${pack.name}” with ${n} occupations. ${what}` }
    } catch (e) {
      if (e instanceof UserError) return { ok: false, text: `${e.message}${e.fix ? ` ${e.fix}` : ''}` }
      return { ok: false, text: `Installing the new pack failed: ${(e as Error).message}. ${kept}` }
    }
  }
}
