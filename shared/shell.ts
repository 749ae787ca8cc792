import { z } from 'zod'

/**
 * The shell channel: native dialogs, preview and printing, which only the desktop app has.
 * Part of the one contract: every action has a zod schema, and the main process checks the
 * sender and the app lock before any of them runs (electron/main/shell.ts).
 */
const fileId = z.string().min(1).max(200)
const title = z.string().trim().min(1).max(200)

export const shellApi = {
  openFile: z.tuple([fileId]),
  saveFile: z.tuple([fileId]),
  printFile: z.tuple([fileId]),
  pickFile: z.tuple([
    z.object({ title, extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).max(10) }).strict(),
  ]),
  pickFolder: z.tuple([z.object({ title }).strict()]),
  /** Files dropped on the window: their paths (from webUtils in the preload) become grants. */
  grantDropped: z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(10_000)]),
  /** About › Open log folder: the error log for support. */
  openLogFolder: z.tuple([]),
} as const

export type ShellAction = keyof typeof shellApi

export function isShellAction(s: unknown): s is ShellAction {
  return typeof s === 'string' && Object.hasOwn(shellApi, s)
}
