/**
 * The worker's side of the channel to the app: Node's IPC (process.send) when started with
 * child_process.fork, Electron's process.parentPort when started as a utility process.
 */
interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

const port = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort

export function onParentMessage<T>(listener: (message: T) => void): void {
  if (port) port.on('message', (e) => listener(e.data as T))
  else process.on('message', (m) => listener(m as T))
}

/** Resolves once the message is handed over (Node IPC) or queued (utility process). */
export function sendToParent(message: unknown): Promise<void> {
  return new Promise((ok) => {
    if (port) {
      port.postMessage(message)
      return ok()
    }
    if (!process.send) return ok()
    process.send(message, undefined, undefined, () => ok())
  })
}

/** Sent last by a utility process: everything before it has arrived, so the app may end the process. */
export const WORKER_FINISHED = '__careerAtlasWorkerFinished'

/**
 * The work is answered: end the process. A Node child disconnects and exits; a utility process
 * has no channel to disconnect and exiting at once could drop the answer still in flight, so it
 * says it is finished and the app ends it (electron/main/workers.ts).
 */
export function finishWorker(): void {
  if (port) port.postMessage(WORKER_FINISHED)
  else process.disconnect?.()
}

/** If the app goes away (crash, kill), so does its worker. */
export function exitWithParent(): void {
  if (!port) process.on('disconnect', () => process.exit(0))
}
