import { type ChildProcess, fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Starts a worker script as a child process, so long work (pack builds, batch reports) never
 * blocks the main process. Bundled (electron-vite), the worker is `<bundled>` beside the main
 * bundle and Electron runs it as plain Node (ELECTRON_RUN_AS_NODE=1). From source (tsx, vitest,
 * the CLI) it is `<source>` in the caller's folder, run by the same Node with tsx's loader.
 */
export function forkWorker(
  callerDir: string,
  bundled: string,
  source: string,
): { child: ChildProcess; stderr: () => string } {
  const bundledPath = join(callerDir, bundled)
  const fromSource = !existsSync(bundledPath)
  const entry = fromSource ? join(callerDir, source) : bundledPath
  const execArgv = fromSource
    ? ['--import', pathToFileURL(createRequire(join(callerDir, source)).resolve('tsx')).href]
    : []
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
  return { child, stderr: () => err.trim() }
}
