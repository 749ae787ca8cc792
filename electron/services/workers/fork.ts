import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** What the services need of a worker process, whether a Node child or an Electron utility process. */
export interface WorkerChild {
  // Listeners are typed by the caller's protocol (FromWorker, FromBatch): messages arrive as sent.
  // biome-ignore lint/suspicious/noExplicitAny: the same loose signature as ChildProcess.on
  on(event: 'message' | 'exit', listener: (...args: any[]) => void): unknown
  // biome-ignore lint/suspicious/noExplicitAny: as above
  once(event: 'exit', listener: (...args: any[]) => void): unknown
  send(message: object): unknown
  kill(signal?: NodeJS.Signals): unknown
}

export interface StartedWorker {
  child: WorkerChild
  stderr: () => string
}

/** Starts a bundled worker script; the desktop shell supplies one that uses Electron's utilityProcess. */
export type WorkerLauncher = (entry: string) => StartedWorker

let bundledLauncher: WorkerLauncher | null = null

/**
 * The shell (electron/main) sets how bundled workers start: as Electron utility processes, so
 * the packaged app never needs ELECTRON_RUN_AS_NODE and the RunAsNode fuse stays off. Services
 * stay Electron-free: they only see a WorkerChild.
 */
export function setWorkerLauncher(launcher: WorkerLauncher): void {
  bundledLauncher = launcher
}

/**
 * Starts a worker script as a child process, so long work (pack builds, batch reports) never
 * blocks the main process. Bundled (electron-vite), the worker is `<bundled>` beside the main
 * bundle, started by the shell's launcher (a utility process). From source (tsx, vitest, the
 * CLI) it is `<source>` in the caller's folder, run by the same Node with tsx's loader.
 */
export function forkWorker(callerDir: string, bundled: string, source: string): StartedWorker {
  const bundledPath = join(callerDir, bundled)
  const fromSource = !existsSync(bundledPath)
  if (!fromSource && bundledLauncher) return bundledLauncher(bundledPath)
  const entry = fromSource ? join(callerDir, source) : bundledPath
  const execArgv = fromSource
    ? ['--import', pathToFileURL(createRequire(join(callerDir, source)).resolve('tsx')).href]
    : []
  const child = fork(entry, [], {
    execPath: process.execPath,
    execArgv,
    env: process.env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  })
  let err = ''
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-2000)
  })
  return { child, stderr: () => err.trim() }
}
