import { UserError } from '../../../../shared/errors'
import { exitWithParent, finishWorker, onParentMessage, sendToParent } from '../../workers/parent'
import { buildPack } from '../build/build-pack'
import { checkPrevious, prepareInstall } from '../install/install'
import { planOfficial } from '../official/plan'
import { builderOptions, type FromWorker, type ToWorker } from './protocol'

/**
 * Entry of the pack child process: builds packs and does the slow half of installs (copy,
 * integrity check, checksum). In a child process this work cannot stall the app's main thread,
 * a build can be cancelled (abort, then kill) and its memory is returned when it exits.
 * Started by worker.ts with process.execPath: Node with tsx in development and tests,
 * an Electron utility process when bundled (electron/main/workers.ts).
 */
type BuildFn = typeof buildPack

const controller = new AbortController()
const send = (m: FromWorker) => sendToParent(m)

async function build(msg: Extract<ToWorker, { type: 'start' }>): Promise<FromWorker> {
  let last = 0
  let lastFile = ''
  const build: BuildFn = buildPack
  const result = await build(builderOptions(msg.input, msg.out), {
    signal: controller.signal,
    onProgress: (p) => {
      const now = Date.now()
      // Ten updates a second is plenty for a progress bar; every new file still gets its row.
      if (now - last < 100 && p.fraction < 1 && p.file === lastFile) return
      last = now
      lastFile = p.file
      send({ type: 'progress', stage: p.stage, file: p.file, rowsRead: p.rowsRead, fraction: p.fraction })
    },
  })
  if (controller.signal.aborted) throw new UserError('CANCELLED', 'The build was cancelled.')
  send({ type: 'progress', stage: 'Checking the new pack', file: '', rowsRead: 0, fraction: 1 })
  const prepared =
    msg.input.install === false
      ? null
      : prepareInstall(msg.dataDir, msg.out, msg.input.name ?? 'the new pack')
  return {
    type: 'done',
    file: result.file,
    occupations: result.counts.occupations ?? 0,
    ms: result.ms,
    prepared,
  }
}

async function handle(msg: ToWorker): Promise<FromWorker> {
  switch (msg.type) {
    case 'start':
      return build(msg)
    case 'prepare':
      return {
        type: 'prepared',
        prepared: prepareInstall(msg.dataDir, msg.src, undefined, undefined, (step) =>
          send({ type: 'step', step }),
        ),
      }
    case 'check-previous':
      checkPrevious(msg.dataDir)
      return { type: 'checked' }
    case 'detect':
      return { type: 'detected', report: planOfficial(msg.paths).report }
    case 'cancel':
      throw new Error('unreachable')
  }
}

onParentMessage((msg: ToWorker) => {
  if (msg.type === 'cancel') {
    controller.abort()
    return
  }
  handle(msg)
    .then(send, (e) => {
      const err = e as UserError
      if (controller.signal.aborted)
        return send({ type: 'error', code: 'CANCELLED', message: 'The build was cancelled.' })
      if (err?.name === 'UserError')
        return send({ type: 'error', code: err.code, message: err.message, fix: err.fix })
      return send({ type: 'error', code: 'INTERNAL', message: `${(e as Error)?.message ?? String(e)}` })
    })
    .finally(finishWorker)
})
exitWithParent()
