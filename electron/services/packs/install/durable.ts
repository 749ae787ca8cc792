import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../../../../shared/errors'
import { type InstallHooks, type InstallStage, NO_HOOKS } from './hooks'

const CHUNK = 1024 * 1024

/**
 * Copies `src` to `dest` chunk by chunk and fsyncs it, so a file that exists under its final
 * name (after the caller's rename) is complete on disk even if the power goes next.
 * A full disk is reported as DISK_FULL and the partial file removed.
 */
export function copyDurable(
  src: string,
  dest: string,
  hooks: InstallHooks = NO_HOOKS,
  stage?: InstallStage,
): void {
  const buf = Buffer.allocUnsafe(CHUNK)
  const input = openSync(src, 'r')
  let output: number | null = null
  try {
    output = openSync(dest, 'wx')
    let offset = 0
    let paused = false
    for (;;) {
      const n = readSync(input, buf, 0, CHUNK, offset)
      if (n === 0) break
      hooks.beforeWrite?.(dest, offset, n)
      writeSync(output, buf, 0, n, offset)
      offset += n
      if (stage && !paused && offset >= CHUNK) {
        // Half-written: the crash test kills the process here.
        paused = true
        hooks.reached?.(stage)
      }
    }
    fsyncSync(output)
  } catch (e) {
    if (output !== null) closeSync(output)
    output = null
    rmSync(dest, { force: true })
    throw diskError(e, dest)
  } finally {
    closeSync(input)
    if (output !== null) closeSync(output)
  }
}

/** Makes a rename or new file in `dir` survive a power cut (no-op where directories cannot be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** Replaces `file` with `text` atomically (temp file in the same folder, fsync, rename). */
export function writeFileAtomic(file: string, text: string, hooks: InstallHooks = NO_HOOKS): void {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`)
  let fd: number | null = null
  try {
    fd = openSync(tmp, 'wx')
    const data = Buffer.from(text, 'utf8')
    hooks.beforeWrite?.(tmp, 0, data.length)
    writeSync(fd, data)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(tmp, file)
    fsyncDir(dirname(file))
  } catch (e) {
    if (fd !== null) closeSync(fd)
    rmSync(tmp, { force: true })
    throw diskError(e, file)
  }
}

/** Turns "disk full" and "no permission" into messages a counselor can act on. */
export function diskError(e: unknown, file: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new UserError(
      'DISK_FULL',
      `There is not enough free disk space to write ${basename(file)}. The installed data pack and your student records were not changed.`,
      'Free some disk space (empty the trash, remove old downloads), then try again.',
    )
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new UserError(
      'NO_ACCESS',
      `Career Atlas may not write to its data folder (${basename(file)}: ${code}). Nothing was changed.`,
      'Ask your IT person to give your account write access to the Career Atlas data folder.',
    )
  return e
}
