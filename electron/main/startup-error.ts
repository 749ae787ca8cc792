import { dialog, shell } from 'electron'
import { UserError } from '../../shared/errors'
import type { ErrorLog } from './error-log'

/** A start-up problem the counselor can act on: what happened and what to do. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    /** The counselor already saw it (they chose Quit in our own dialog): exit without a second one. */
    readonly shown = false,
  ) {
    super(message)
    this.name = 'StartupError'
  }
}

export function explainStartup(e: unknown): { message: string; fix: string } {
  if (e instanceof StartupError || e instanceof UserError)
    return { message: e.message, fix: e.fix ?? 'Restart Career Atlas.' }
  return {
    message: 'Career Atlas could not start because of an unexpected problem.',
    fix: 'Restart your computer and try again. If it keeps happening, send the log folder to your support contact.',
  }
}

/**
 * Nothing opened, or something failed while opening: say so in a dialog with the fix, log it,
 * and end the process so the single-instance lock is released and the next launch starts clean.
 */
export async function failStartup(e: unknown, log: ErrorLog | null): Promise<void> {
  log?.write('start-up', e)
  if (e instanceof StartupError && e.shown) return
  const { message, fix } = explainStartup(e)
  const buttons = log ? ['Quit', 'Open log folder'] : ['Quit']
  const res = await dialog.showMessageBox({
    type: 'error',
    title: 'Career Atlas could not start',
    message,
    detail: fix,
    buttons,
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  if (log && res.response === 1) await shell.openPath(log.dir)
}
