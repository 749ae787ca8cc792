import { EventEmitter } from 'node:events'
import { utilityProcess } from 'electron'
import { type StartedWorker, setWorkerLauncher } from '../services/workers/fork'
import { WORKER_FINISHED } from '../services/workers/parent'

/**
 * Bundled workers (pack builds and checks, batch reports) run as Electron utility processes:
 * no ELECTRON_RUN_AS_NODE, so the RunAsNode fuse can stay off (electron-builder.yml). The
 * services see the same small interface a Node child gives them.
 */
export function launchWorkersAsUtilityProcesses(): void {
  setWorkerLauncher((entry): StartedWorker => {
    const proc = utilityProcess.fork(entry, [], {
      stdio: 'pipe',
      serviceName: 'Career Atlas worker',
      env: { ...process.env },
    })
    const events = new EventEmitter()
    let err = ''
    proc.stderr?.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-2000)
    })
    proc.on('message', (m: unknown) => {
      if (m === WORKER_FINISHED) proc.kill()
      else events.emit('message', m)
    })
    proc.on('exit', (code: number) => events.emit('exit', code, null))
    const child = {
      on: (event: string, listener: (...a: unknown[]) => void) => events.on(event, listener),
      once: (event: string, listener: (...a: unknown[]) => void) => events.once(event, listener),
      send: (m: unknown) => proc.postMessage(m),
      kill: () => proc.kill(),
    }
    return { child, stderr: () => err.trim() }
  })
}
