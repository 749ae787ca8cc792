import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { copyClientsDatabase, openClientsDatabase, openClientsReadonly } from '../db/clients'
import { clientsMigrations } from '../db/migrations/clients'
import { type DB, latestVersion } from '../db/open'
import { getSetting, putSetting } from './retention'

/*
 * Backups of clients.sqlite made with SQLite's online backup API (a consistent copy even while
 * the app writes). Taken at start and then daily; the newest N are kept. A restore validates the
 * backup, keeps a safety copy of the current records, swaps the file by rename and reopens.
 */

const DAY = 24 * 3600 * 1000
const SAFETY = '-prerestore'

export const backupDir = (ctx: ServiceContext) => join(ctx.dataDir, 'backups')
const clientsFile = (ctx: ServiceContext) => join(ctx.dataDir, 'clients.sqlite')

export function backupKeep(ctx: ServiceContext): number {
  return Number(getSetting(ctx.clients, 'backup_keep') ?? 10)
}

export function setBackupKeep(ctx: ServiceContext, keep: number): { keep: number } {
  putSetting(ctx.clients, 'backup_keep', String(keep))
  prune(ctx)
  return { keep }
}

export function listBackups(ctx: ServiceContext): BackupInfo[] {
  const dir = backupDir(ctx)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /^clients-.*\.sqlite$/.test(f))
    .map((fileName) => {
      const st = statSync(join(dir, fileName))
      return { fileName, createdAt: st.mtime.toISOString(), byteLength: st.size }
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName))
}

export async function createBackup(ctx: ServiceContext, suffix = ''): Promise<BackupInfo> {
  const dir = backupDir(ctx)
  mkdirSync(dir, { recursive: true })
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-')
  const fileName = `clients-${stamp}${suffix}.sqlite`
  const tmp = join(dir, `.${fileName}.partial`)
  try {
    await copyClientsDatabase(ctx.clients, ctx.clientsKey, tmp)
    renameSync(tmp, join(dir, fileName))
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  prune(ctx)
  const st = statSync(join(dir, fileName))
  return { fileName, createdAt: st.mtime.toISOString(), byteLength: st.size }
}

function prune(ctx: ServiceContext): void {
  const all = listBackups(ctx)
  const regular = all.filter((b) => !b.fileName.includes(SAFETY))
  const safety = all.filter((b) => b.fileName.includes(SAFETY))
  for (const b of [...regular.slice(backupKeep(ctx)), ...safety.slice(3)])
    rmSync(join(backupDir(ctx), b.fileName), { force: true })
}

/** A start-up backup now, then one whenever the newest is a day old (checked hourly). */
export function scheduleBackups(ctx: ServiceContext): void {
  const run = () => {
    if (!ctx.clients.open) return
    createBackup(ctx).catch((e) => {
      if (ctx.clients.open) console.error('[backups] automatic backup failed:', e)
    })
  }
  run()
  const timer = setInterval(() => {
    const newest = listBackups(ctx).find((b) => !b.fileName.includes(SAFETY))
    if (!newest || ctx.now().getTime() - Date.parse(newest.createdAt) >= DAY) run()
  }, 3600 * 1000)
  timer.unref()
}

/** Refuses anything that is not an intact student-records file this app can open. */
export function validateBackup(file: string, key: Buffer | null): void {
  const bad = (why: string) =>
    new UserError(
      'PACK_INVALID',
      `That backup cannot be restored: ${why}`,
      'Pick another backup from the list. Your current records were not changed.',
    )
  let db: DB | undefined
  try {
    db = openClientsReadonly(file, key)
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw bad('the file is damaged.')
    const v = db.pragma('user_version', { simple: true }) as number
    if (v > latestVersion(clientsMigrations)) throw bad('it was made by a newer version of Career Atlas.')
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'students'`).get())
      throw bad('it does not hold student records.')
  } catch (e) {
    if (e instanceof UserError) throw e
    throw bad('it is not a Career Atlas records file.')
  } finally {
    db?.close()
  }
}

export async function restoreBackup(
  ctx: ServiceContext,
  fileName: string,
): Promise<{ restored: string; safetyCopy: string }> {
  const src = join(backupDir(ctx), fileName)
  if (!existsSync(src))
    throw new UserError(
      'NOT_FOUND',
      'That backup is no longer in the backups folder.',
      'Pick another backup from the list.',
    )
  validateBackup(src, ctx.clientsKey)
  const safety = await createBackup(ctx, SAFETY)
  const live = clientsFile(ctx)
  const tmp = `${live}.restoring`
  copyFileSync(src, tmp)
  ctx.clients.pragma('wal_checkpoint(TRUNCATE)')
  ctx.clients.close()
  rmSync(`${live}-wal`, { force: true })
  rmSync(`${live}-shm`, { force: true })
  renameSync(tmp, live)
  try {
    ctx.clients = openClientsDatabase(live, ctx.clientsKey)
  } catch (e) {
    // Put the records that were open back rather than leave the app without any.
    copyFileSync(join(backupDir(ctx), safety.fileName), live)
    ctx.clients = openClientsDatabase(live, ctx.clientsKey)
    throw e
  }
  return { restored: fileName, safetyCopy: safety.fileName }
}
