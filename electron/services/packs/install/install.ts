import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import type { InstallResult, PackChangeReport, PackSummary } from '../../../../shared/domain/packs'
import { UserError } from '../../../../shared/errors'
import { openCatalog } from '../../catalog/open'
import { upgradeCatalogFile } from '../../catalog/upgrade'
import type { ServiceContext } from '../../context'
import type { DB } from '../../db/open'
import { checksummedTables } from '../checksum'
import { diffSavedCareers } from './changes'
import { copyDurable, diskError, fsyncDir } from './durable'
import { type InstallHooks, NO_HOOKS } from './hooks'
import { loadSavedCareers, saveChangeReport } from './reports'
import { rebuildSearchIndex } from './search-rebuild'
import { PackStore } from './store'
import { countTables, summarize } from './summary'
import { FIX_ALTERED, invalid, precheckPackFile, shownName, validatePackDb } from './validate'

/**
 * What an install or rollback needs: the catalog, and the records only for the what-changed
 * report. `clients: null` is the catalog-only mode of the CLI in an encrypted data folder whose
 * key it cannot unwrap: the catalog is swapped as usual and saved careers are not checked.
 */
export type PackContext = Pick<ServiceContext, 'dataDir' | 'now' | 'catalog' | 'events' | 'hooks'> & {
  clients: DB | null
}

/** A candidate pack copied beside catalog.sqlite and fully validated, ready to swap in. */
export interface PreparedPack {
  incoming: string
  name: string
  checksum: string
}

/**
 * Installs a pack file. Order matters for crash safety: copy to a temp file beside
 * catalog.sqlite and fsync it, validate that copy (the bytes we will install, not the user's
 * file, which could change meanwhile), keep the current catalog as packs/previous.sqlite, then
 * rename the copy over catalog.sqlite. A kill at any point leaves the old or the new catalog
 * whole; clients.sqlite is written only after the swap, in one transaction (the change report).
 * The app runs the slow half (prepareInstall) in a child process; this is the in-process form.
 */
export function installPack(ctx: PackContext, src: string, name = shownName(src)): InstallResult {
  return commitInstall(ctx, prepareInstall(ctx.dataDir, src, name, ctx.hooks.install))
}

/** The slow steps of prepareInstall, in order: a first start shows them while it sets up. */
export type PrepareStep = 'copying' | 'checking' | 'indexing'

/** Copy and validate (seconds for a national pack). Needs no services, so a child process can run it. */
export function prepareInstall(
  dataDir: string,
  src: string,
  name = shownName(src),
  hooks: InstallHooks = NO_HOOKS,
  onStep?: (step: PrepareStep) => void,
): PreparedPack {
  const store = new PackStore(dataDir, hooks)
  store.sweep()
  precheckPackFile(src, name)
  const incoming = store.incomingPath()
  try {
    onStep?.('copying')
    copyDurable(src, incoming, hooks, 'copying')
    setRollbackJournal(incoming)
    onStep?.('checking')
    const valid = validatePackDb(incoming, name)
    // A pack from an older Career Atlas gains the tables this version reads, empty.
    upgradeCatalogFile(incoming, { searchIndex: false })
    // The search index is derived data: rebuilt here from the validated tables, never trusted.
    onStep?.('indexing')
    const planted = rebuildSearchIndex(incoming)
    if (planted) throw invalid(name, planted, FIX_ALTERED)
    hooks.reached?.('validated')
    return { incoming, name, checksum: valid.checksum }
  } catch (e) {
    rmSync(incoming, { force: true })
    throw e
  }
}

/** Keep the current pack, swap the prepared one in, report what changed. Quick (renames and links). */
export function commitInstall(ctx: PackContext, prepared: PreparedPack): InstallResult {
  const hooks = ctx.hooks.install ?? NO_HOOKS
  const store = new PackStore(ctx.dataDir, hooks)
  const { incoming, name } = prepared
  let closed = false
  try {
    if (prepared.checksum === installedChecksum(ctx))
      throw new UserError(
        'CONFLICT',
        `“${name}” is already the installed data pack.`,
        'Nothing needed doing.',
      )
    if (existsSync(store.catalog)) keepAsPrevious(store.catalog, store)
    hooks.reached?.('previous-saved')
    ctx.catalog.close()
    closed = true
    swapInto(incoming, store)
  } catch (e) {
    rmSync(incoming, { force: true })
    throw e
  } finally {
    if (closed) ctx.catalog.reopen()
  }
  hooks.reached?.('swapped')
  return afterSwap(ctx, store, 'install')
}

/** Brings back packs/previous.sqlite; the pack it replaces becomes the new previous (undo = roll back again). */
export function rollbackPack(ctx: PackContext, opts: { validated?: boolean } = {}): InstallResult {
  const store = new PackStore(ctx.dataDir, ctx.hooks.install)
  if (!opts.validated) checkPrevious(ctx.dataDir)
  const hold = store.previousTempPath()
  ctx.catalog.close()
  try {
    if (existsSync(store.catalog)) linkOrCopy(store.catalog, hold)
    swapInto(store.previous, store)
    if (existsSync(hold)) renameSync(hold, store.previous)
    fsyncDir(store.dir)
  } catch (e) {
    rmSync(hold, { force: true })
    throw diskError(e, store.catalog)
  } finally {
    ctx.catalog.reopen()
  }
  return afterSwap(ctx, store, 'rollback')
}

/** Refuses a rollback when there is no previous pack or it was damaged on disk (slow: full validation). */
export function checkPrevious(dataDir: string): void {
  const store = new PackStore(dataDir)
  store.sweep()
  if (!store.hasPrevious())
    throw new UserError(
      'NOT_FOUND',
      'There is no previous data pack to go back to on this computer.',
      'Import the pack you want from its .capack file instead.',
    )
  validatePackDb(store.previous, 'The previous data pack')
}

function keepAsPrevious(catalog: string, store: PackStore): void {
  const tmp = store.previousTempPath()
  try {
    linkOrCopy(catalog, tmp)
    renameSync(tmp, store.previous)
    fsyncDir(store.dir)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw diskError(e, store.previous)
  }
}

/** A hard link costs no space and is atomic; fall back to a copy where links are not allowed. */
function linkOrCopy(src: string, dest: string): void {
  try {
    linkSync(src, dest)
  } catch {
    copyDurable(src, dest)
  }
}

function swapInto(file: string, store: PackStore): void {
  // Journal files of the old catalog must not be applied to the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(store.catalog + suffix, { force: true })
  renameSync(file, store.catalog)
  fsyncDir(store.dataDir)
}

/** A pack built in WAL mode would make readers create -wal files beside catalog.sqlite; packs never need one. */
function setRollbackJournal(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    const b = Buffer.alloc(2)
    readSync(fd, b, 0, 2, 18)
    if (b[0] === 2 || b[1] === 2) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18)
  } finally {
    closeSync(fd)
  }
}

function installedChecksum(ctx: PackContext): string | null {
  if (!ctx.catalog.exists()) return null
  try {
    const row = ctx.catalog
      .get()
      .prepare("SELECT value FROM manifest WHERE key = 'content_checksum'")
      .get() as { value: string } | undefined
    return row?.value ?? null
  } catch {
    return null
  }
}

/** Summary of a pack file on disk (installed or previous). */
export function describePackFile(db: DB, file: string, installedAt: string | null): PackSummary {
  return summarize(db, countTables(db, checksummedTables(db)), {
    installedAt,
    byteLength: statSync(file).size,
  })
}

function afterSwap(ctx: PackContext, store: PackStore, action: 'install' | 'rollback'): InstallResult {
  const now = ctx.now().toISOString()
  const pack = describePackFile(ctx.catalog.get(), store.catalog, now)
  let oldDb: DB | null = null
  try {
    oldDb = store.hasPrevious() ? openCatalog(store.previous) : null
  } catch {
    oldDb = null
  }
  try {
    const from = oldDb ? describePackFile(oldDb, store.previous, null) : null
    // The swap is done: from here a failure (say a full disk) must not report the install as failed.
    try {
      store.record(
        {
          name: pack.name,
          builtAt: pack.builtAt,
          contentChecksum: pack.contentChecksum,
          occupations: pack.occupations,
          installedAt: now,
          action,
        },
        from?.contentChecksum ?? null,
      )
    } catch (e) {
      console.warn('[packs] could not record the install history:', (e as Error).message)
    }
    const saved = ctx.clients ? loadSavedCareers(ctx.clients) : []
    const report = {
      createdAt: now,
      action,
      fromPack: from ? { name: from.name, contentChecksum: from.contentChecksum } : null,
      toPack: { name: pack.name, contentChecksum: pack.contentChecksum },
      savedCareersChecked: saved.length,
      items: diffSavedCareers(saved, oldDb, ctx.catalog.get()),
    }
    let changes: PackChangeReport = {
      ...report,
      id: 0,
      studentsAffected: new Set(report.items.map((i) => i.studentId)).size,
    }
    try {
      if (ctx.clients) changes = saveChangeReport(ctx.clients, report)
    } catch (e) {
      console.warn('[packs] could not store the what-changed report:', (e as Error).message)
    }
    ctx.hooks.install?.reached?.('reported')
    ctx.events.emit({ type: 'catalog.changed' })
    return { pack, changes }
  } finally {
    oldDb?.close()
  }
}
