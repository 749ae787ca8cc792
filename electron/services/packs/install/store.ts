import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { PackHistoryEntry } from '../../../../shared/domain/packs'
import { writeFileAtomic } from './durable'
import { type InstallHooks, NO_HOOKS } from './hooks'

const HISTORY_LIMIT = 50

/**
 * The data folder's pack files: `catalog.sqlite` (installed), `packs/previous.sqlite` (what a
 * rollback brings back) and `packs/history.json` (what was installed when). Temporary files
 * sit beside their final names so every swap is a rename within one file system.
 */
export class PackStore {
  readonly catalog: string
  readonly dir: string
  readonly previous: string
  readonly historyFile: string

  constructor(
    readonly dataDir: string,
    private readonly hooks: InstallHooks = NO_HOOKS,
  ) {
    this.catalog = join(dataDir, 'catalog.sqlite')
    this.dir = join(dataDir, 'packs')
    this.previous = join(this.dir, 'previous.sqlite')
    this.historyFile = join(this.dir, 'history.json')
    mkdirSync(this.dir, { recursive: true })
  }

  /** A fresh temp name beside the catalog (same folder, so the final rename is atomic). */
  incomingPath(): string {
    return join(this.dataDir, `.catalog-incoming-${process.pid}-${Date.now()}.sqlite`)
  }

  previousTempPath(): string {
    return join(this.dir, `.previous-${process.pid}-${Date.now()}.sqlite`)
  }

  /** Removes temp files a killed install left behind (they never hold the only copy of anything). */
  sweep(): void {
    for (const [dir, prefix] of [
      [this.dataDir, '.catalog-incoming-'],
      [this.dir, '.previous-'],
    ] as const) {
      for (const f of safeList(dir)) {
        if (f.startsWith(prefix) && !writerAlive(f)) rmSync(join(dir, f), { force: true })
      }
    }
  }

  hasPrevious(): boolean {
    return existsSync(this.previous)
  }

  history(): PackHistoryEntry[] {
    try {
      const list = JSON.parse(readFileSync(this.historyFile, 'utf8')) as PackHistoryEntry[]
      return Array.isArray(list) ? list : []
    } catch {
      return []
    }
  }

  /** Records an install or rollback; only the entry matching the kept previous pack is restorable. */
  record(entry: Omit<PackHistoryEntry, 'restorable'>, previousChecksum: string | null): void {
    const list = [{ ...entry, restorable: false }, ...this.history()].slice(0, HISTORY_LIMIT)
    let marked = false
    for (const h of list.slice(1)) {
      h.restorable = !marked && previousChecksum !== null && h.contentChecksum === previousChecksum
      if (h.restorable) marked = true
    }
    writeFileAtomic(this.historyFile, `${JSON.stringify(list, null, 2)}\n`, this.hooks)
  }
}

/**
 * Temp names carry the writer's pid. Another live process (the install worker) may still be
 * writing its file; this process never is while it sweeps, since its own installs are synchronous.
 */
function writerAlive(file: string): boolean {
  const pid = Number(/-(\d+)-\d+\.sqlite$/.exec(file)?.[1])
  return pid !== process.pid && processAlive(pid)
}

/** Whether a process with this id runs (signal 0 only asks). */
export function processAlive(pid: number): boolean {
  if (!pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
