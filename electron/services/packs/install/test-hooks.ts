import { writeFileSync } from 'node:fs'

/**
 * Fault injection for the crash and disk-full tests, off unless a test turns it on.
 * - In-process: `installTestHooks.write` may throw (e.g. an ENOSPC error) before a chunk is written.
 * - Child process (kill -9 test): CAREER_ATLAS_TEST_PAUSE_AT=<stage> makes the install stop at
 *   that stage, write CAREER_ATLAS_TEST_PAUSE_FILE and wait, so the parent can kill it there.
 */
export const installTestHooks: {
  write: ((file: string, offset: number, length: number) => void) | null
} = { write: null }

export function testWriteHook(file: string, offset: number, length: number): void {
  installTestHooks.write?.(file, offset, length)
}

export function testPause(stage: string): void {
  if (process.env.CAREER_ATLAS_TEST_PAUSE_AT !== stage) return
  const marker = process.env.CAREER_ATLAS_TEST_PAUSE_FILE
  if (marker) writeFileSync(marker, stage)
  // Block this thread (not just this task) so nothing else runs before the kill arrives.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
}

/** An ENOSPC error like the one a full disk raises, for tests. */
export function diskFullError(): NodeJS.ErrnoException {
  const e = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException
  e.code = 'ENOSPC'
  return e
}
