import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const SERVICES = join(ROOT, 'electron/services')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

/*
 * Test seams are passed in (ServiceOptions.hooks), never read from the environment or kept in
 * module globals in code the app ships. Reading the environment is allowed only where the shell
 * configures the process itself: the native SQLite builds Electron needs (sqlite.ts) and the
 * environment a worker process inherits (fork.ts).
 */
const ALLOWED_ENV = new Set(['electron/services/db/sqlite.ts', 'electron/services/workers/fork.ts'])

describe('shipped services carry no test seams', () => {
  const sources = files(SERVICES).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }))

  it('reads no environment variables outside the shell configuration', () => {
    const readers = sources
      .filter((s) => /process\.env\b/.test(s.text) && !ALLOWED_ENV.has(s.file))
      .map((s) => s.file)
    expect(readers).toEqual([])
  })

  // The pack builder's area rows come from a reader thread: the main thread waits on the
  // thread's shared counter of posted batches (never on time), so that one wait is allowed.
  const WAITS_FOR_READER = new Set(['electron/services/packs/readers/row-prefetch.ts'])

  it('has no test-only switches or pauses', () => {
    const seams = sources
      .filter(
        (s) =>
          /CAREER_ATLAS_(TEST|PACK_WORK)|test-hooks|\\d\{13\}-/.test(s.text) ||
          (/Atomics\.wait/.test(s.text) && !WAITS_FOR_READER.has(s.file)),
      )
      .map((s) => s.file)
    expect(seams).toEqual([])
  })
})
