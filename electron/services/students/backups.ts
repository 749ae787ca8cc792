import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, RestorePreview } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import {
  checkClientsHistory,
  checkClientsSchema,
  copyClientsDatabase,
  openClientsDatabase,
  openClientsReadonly,
} from '../db/clients'
import { clientsMigrations } from '../db/migrations/clients'
import { type DB, latestVersion } from '../db/open'
import { applyCarriedState, type CarrySummary, logRestore, readCarriedState } from './carry-forward'
import { getSetting, putSetting } from './retention'

/*
 * Backups of clients.sqlite made with SQLite's online backup API (a consistent copy even while
 * the app writes). Taken at start and then daily; the newest N are kept. A restore validates the
 * backup, keeps a safety copy of the current records, swaps the file by rename and reopens,
 * then writes back what a restore never takes away (carry-forward.ts) and logs the restore.
 */

const DAY = 24 * 3600 * 1000
const SAFETY = '-prerestore'

export const backupDir = (ctx: ServiceContext) => join(ctx.dataDir, 'backups')
const clientsFile = (ctx: ServiceContext) => join(ctx.dataDir, 'clients.sqlite')

/**
 * How many daily backups to keep. The stored value is read as the setter allows it (1–365): one
 * edited into the records file ("abc" reads as NaN, and slice(NaN) keeps nothing) must not make
 * the next backup delete every other one.
 */
export function backupKeep(ctx: ServiceContext): number {
  const n = Number(getSetting(ctx.clients, 'backup_keep') ?? 10)
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : 10
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
  // Its own temporary name: the start-up backup and one asked for in the same millisecond
  // would otherwise write one file, and the second rename fails (ENOENT).
  const tmp = join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.partial`)
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
      'BACKUP_INVALID',
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
    try {
      checkClientsHistory(db)
    } catch {
      throw bad(
        'it was set up by a different build of Career Atlas (its schema steps differ from this one’s).',
      )
    }
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'students'`).get())
      throw bad('it does not hold student records.')
    try {
      checkClientsSchema(db)
    } catch {
      throw bad('its tables or triggers were altered outside Career Atlas.')
    }
  } catch (e) {
    // The records key not opening a backup says nothing about today's records: the file is
    // damaged, not a records file, or was made on another computer.
    if (e instanceof UserError && e.code === 'KEY_MISMATCH')
      throw bad('it is damaged, or was not made with this computer’s key.')
    if (e instanceof UserError) throw e
    throw bad('it is not a Career Atlas records file.')
  } finally {
    db?.close()
  }
}

const restoringFile = (dataDir: string) => join(dataDir, 'clients.sqlite.restoring')

/**
 * A restore that crashed before its swap leaves its half-made file behind: a copy of student
 * records that no deletion would ever scrub. Removed at start, before anything else runs.
 */
export function dropRestoreLeftovers(dataDir: string): void {
  const tmp = restoringFile(dataDir)
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) rmSync(f, { force: true })
}

export async function restoreBackup(
  ctx: ServiceContext,
  fileName: string,
): Promise<{ restored: string; safetyCopy: string; summary: string }> {
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
  const tmp = restoringFile(ctx.dataDir)
  const dropTmp = () => dropRestoreLeftovers(ctx.dataDir)
  // The restored file is made whole (migrated, logs and security settings carried forward,
  // the restore logged) BEFORE it replaces the live one: a crash at any moment leaves either
  // today's records or the finished restore, never an older snapshot without today's logs.
  // Nothing can write between reading the carried state and the swap: this is all synchronous.
  const carried = readCarriedState(ctx.clients)
  let summary: string
  dropTmp()
  copyFileSync(src, tmp)
  try {
    const next = openClientsDatabase(tmp, ctx.clientsKey)
    try {
      summary = restoreSummary(fileName, applyCarriedState(next, carried))
      logRestore(next, ctx.now().toISOString(), fileName, safety.fileName, summary)
      next.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      next.close()
    }
  } catch (e) {
    dropTmp()
    throw e
  }
  ctx.clients.pragma('wal_checkpoint(TRUNCATE)')
  ctx.clients.close()
  rmSync(`${live}-wal`, { force: true })
  rmSync(`${live}-shm`, { force: true })
  renameSync(tmp, live)
  ctx.hooks.restoreSwapped?.()
  try {
    ctx.clients = openClientsDatabase(live, ctx.clientsKey)
  } catch (e) {
    // Put the records that were open back rather than leave the app without any.
    copyFileSync(join(backupDir(ctx), safety.fileName), live)
    ctx.clients = openClientsDatabase(live, ctx.clientsKey)
    throw e
  }
  return { restored: fileName, safetyCopy: safety.fileName, summary }
}

function restoreSummary(fileName: string, kept: CarrySummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const again = kept.studentsDeletedAgain
  return `Restored ${fileName}. Kept from the current records: ${plural(kept.disclosures, 'newer disclosure-log entry', 'newer disclosure-log entries')}, ${plural(kept.deletions, 'newer deletion', 'newer deletions')}${again ? ` (${plural(again, 'student', 'students')} deleted since the backup ${again === 1 ? 'stays' : 'stay'} deleted)` : ''}, the passcode and auto-lock.`
}

/** Every restore, newest first. */
export function restoreLog(
  ctx: ServiceContext,
): { id: number; at: string; backup: string; summary: string }[] {
  return ctx.clients
    .prepare('SELECT id, at, backup, summary FROM restore_log ORDER BY id DESC LIMIT 200')
    .all() as { id: number; at: string; backup: string; summary: string }[]
}

/** What a restore of this backup would bring back and what it would keep, without changing anything. */
export function previewRestore(ctx: ServiceContext, fileName: string): RestorePreview {
  const src = join(backupDir(ctx), fileName)
  if (!existsSync(src))
    throw new UserError(
      'NOT_FOUND',
      'That backup is no longer in the backups folder.',
      'Pick another backup from the list.',
    )
  validateBackup(src, ctx.clientsKey)
  const counts = (db: DB) => {
    const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    return { students: n('students'), sessions: n('sessions'), goals: n('goals') }
  }
  const db = openClientsReadonly(src, ctx.clientsKey)
  try {
    const inBackup = new Set(
      (
        db.prepare('SELECT student_id, seq FROM disclosures').all() as { student_id: number; seq: number }[]
      ).map((r) => `${r.student_id}:${r.seq}`),
    )
    const live = ctx.clients.prepare('SELECT student_id, seq FROM disclosures').all() as {
      student_id: number
      seq: number
    }[]
    const back = db.prepare('SELECT 1 FROM students WHERE id = ? AND created_at = ?')
    const deleted = ctx.clients
      .prepare('SELECT student_id, student_created_at FROM deleted_students')
      .all() as { student_id: number; student_created_at: string }[]
    return {
      fileName,
      backup: counts(db),
      now: counts(ctx.clients),
      newerDisclosures: live.filter((r) => !inBackup.has(`${r.student_id}:${r.seq}`)).length,
      deletedSince: deleted.filter((d) => back.get(d.student_id, d.student_created_at)).length,
    }
  } finally {
    db.close()
  }
}
