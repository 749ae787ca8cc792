import { pathToFileURL } from 'node:url'
import type { UserError } from '../../../../shared/errors'
import { buildPack } from '../build/build-pack'
import { builderOptions, type FromWorker, type ToWorker } from './protocol'

/**
 * Entry of the build child process. Building reads tens of MB of spreadsheets and text; in a
 * child process it cannot stall the app's main thread, can be cancelled (abort, then kill) and
 * its memory is returned when it exits. Started by jobs.ts with process.execPath: Node under
 * tsx in development and tests, Electron with ELECTRON_RUN_AS_NODE=1 when bundled.
 */
type BuildFn = (
  options: ReturnType<typeof builderOptions>,
  control: {
    onProgress?: (p: Omit<Extract<FromWorker, { type: 'progress' }>, 'type'>) => void
    signal?: AbortSignal
  },
) => Promise<{ file: string; counts: Record<string, number>; ms: number }>

const controller = new AbortController()
const send = (m: FromWorker) => process.send?.(m)

async function loadBuilder(): Promise<BuildFn> {
  // Tests may swap in a stand-in builder (slow, failing) to exercise progress and cancel.
  const override = process.env.CAREER_ATLAS_TEST_BUILDER
  if (override) return (await import(pathToFileURL(override).href)).buildPack as BuildFn
  return buildPack
}

async function run(msg: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  let last = 0
  try {
    const build = await loadBuilder()
    const result = await build(builderOptions(msg.input, msg.out), {
      signal: controller.signal,
      onProgress: (p) => {
        const now = Date.now()
        // Ten updates a second is plenty for a progress bar and keeps IPC quiet.
        if (now - last < 100 && p.fraction < 1) return
        last = now
        send({ type: 'progress', stage: p.stage, file: p.file, rowsRead: p.rowsRead, fraction: p.fraction })
      },
    })
    send({ type: 'done', file: result.file, occupations: result.counts.occupations ?? 0, ms: result.ms })
  } catch (e) {
    const err = e as UserError
    if (controller.signal.aborted)
      send({ type: 'error', code: 'CANCELLED', message: 'The build was cancelled.' })
    else if (err?.name === 'UserError')
      send({ type: 'error', code: err.code, message: err.message, fix: err.fix })
    else
      send({
        type: 'error',
        code: 'INTERNAL',
        message: `The build failed: ${(e as Error)?.message ?? String(e)}`,
      })
  } finally {
    process.disconnect?.()
  }
}

process.on('message', (msg: ToWorker) => {
  if (msg.type === 'cancel') controller.abort()
  else if (msg.type === 'start') void run(msg)
})
