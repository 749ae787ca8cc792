import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

const MAX_BYTES = 512 * 1024
const KEEP = 3

/**
 * What support asks for when something went wrong: unexpected errors with their stack, in
 * <data folder>/logs/error.log, rotated at 512 KB (error.log.1 … .3 kept). No student data: a
 * message keeps its shape but quoted text (names, notes, search words) is replaced by "…".
 */
export class ErrorLog {
  readonly dir: string
  readonly file: string

  constructor(
    dataDir: string,
    private readonly appVersion: string,
  ) {
    this.dir = join(dataDir, 'logs')
    this.file = join(this.dir, 'error.log')
  }

  write(where: string, e: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 })
      this.rotate()
      const label = where.replace(/^\[(.*)\]$/, '$1')
      const line = `${new Date().toISOString()} [${label}] Career Atlas ${this.appVersion} ${process.platform}\n${scrub(e)}\n\n`
      appendFileSync(this.file, line, { mode: 0o600 })
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  }

  private rotate(): void {
    if (!existsSync(this.file) || statSync(this.file).size < MAX_BYTES) return
    for (let i = KEEP - 1; i >= 1; i--) {
      const from = `${this.file}.${i}`
      if (existsSync(from)) renameSync(from, `${this.file}.${i + 1}`)
    }
    renameSync(this.file, `${this.file}.1`)
  }
}

/** The error's kind, code, message without quoted text, and stack frames (file:line only). */
export function scrub(e: unknown): string {
  const err = e instanceof Error ? e : new Error(typeof e === 'string' ? e : 'non-error value thrown')
  const code = (err as { code?: unknown }).code
  const message = redact(err.message).slice(0, 500)
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 15)
  return [`${err.name}${typeof code === 'string' ? ` ${code}` : ''}: ${message}`, ...frames].join('\n')
}

function redact(s: string): string {
  return s
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/“[^”]*”/g, '“…”')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '…@…')
}
