import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ServiceContext } from '../context'
import type { DB } from '../db/open'
import { encryptInPlace, isPlaintextSqlite, openEncrypted, openSqlite } from '../db/sqlite'

/*
 * Backups must not be where records escape: no plaintext copy stays once records are encrypted,
 * and a deleted student is removed from every backup, not only from the live file.
 */

const backupFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /^clients-.*\.sqlite$/.test(f)) : []

/**
 * The first encrypted start of a folder that was used unencrypted: its backups are encrypted
 * in place with the records key. One that cannot be encrypted (damaged) is removed: it could
 * never be restored anyway. Leftover partial copies are removed. Returns what was done.
 */
export function encryptOldBackups(dir: string, key: Buffer): { encrypted: string[]; removed: string[] } {
  const encrypted: string[] = []
  const removed: string[] = []
  if (!existsSync(dir)) return { encrypted, removed }
  for (const f of readdirSync(dir))
    if (/^\.clients-.*\.partial$/.test(f)) rmSync(join(dir, f), { force: true })
  for (const f of backupFiles(dir)) {
    const file = join(dir, f)
    if (!isPlaintextSqlite(file)) continue
    try {
      encryptInPlace(file, key)
      encrypted.push(f)
    } catch {
      rmSync(file, { force: true })
      removed.push(f)
    }
    rmSync(`${file}-journal`, { force: true })
  }
  if (removed.length)
    console.warn(`[backups] removed ${removed.length} unencrypted backup(s) that could not be encrypted`)
  return { encrypted, removed }
}

/**
 * Set (app_settings) in the transaction that deletes a student, cleared once every backup has
 * been scrubbed: a crash in between is finished at the next start (scrubIfPending).
 */
export const SCRUB_PENDING = 'backups_scrub_pending'

export function markScrubPending(db: DB): void {
  db.prepare(
    'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(SCRUB_PENDING, '1')
}

/** At start: finishes a scrub a crash (or an unreadable backup) left undone. */
export function scrubIfPending(ctx: ServiceContext, dir: string): void {
  if (ctx.clients.prepare('SELECT 1 FROM app_settings WHERE key = ?').get(SCRUB_PENDING))
    scrubDeletedFromBackups(ctx, dir)
}

/**
 * Removes every student listed in deleted_students from every backup (matched on id and
 * creation time), then VACUUMs the file so the rows' pages are gone too. Called after a
 * deletion or a retention run commits, and at start when one did not finish. Returns how many
 * backups changed.
 */
export function scrubDeletedFromBackups(ctx: ServiceContext, dir: string): number {
  const changed = scrubAll(ctx, dir)
  if (changed.failed === 0) ctx.clients.prepare('DELETE FROM app_settings WHERE key = ?').run(SCRUB_PENDING)
  return changed.changed
}

function scrubAll(ctx: ServiceContext, dir: string): { changed: number; failed: number } {
  let failed = 0
  const deleted = ctx.clients
    .prepare('SELECT student_id, student_created_at FROM deleted_students')
    .all() as { student_id: number; student_created_at: string }[]
  if (deleted.length === 0) return { changed: 0, failed }
  let changed = 0
  for (const f of backupFiles(dir)) {
    let db: DB | undefined
    try {
      const file = join(dir, f)
      db = ctx.clientsKey ? openEncrypted(file, ctx.clientsKey) : openSqlite(file)
      db.pragma('foreign_keys = ON')
      db.pragma('temp_store = MEMORY')
      const hit = db.prepare('SELECT 1 FROM students WHERE id = ? AND created_at = ?')
      const present = deleted.filter((d) => hit.get(d.student_id, d.student_created_at))
      if (present.length === 0) continue
      const has = (t: string) =>
        !!db!.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t)
      const logTables = ['disclosures', 'disclosure_heads', 'disclosure_anchors'].filter(has)
      const gate = has('disclosure_purge_gate')
      db.transaction(() => {
        for (const d of present) {
          if (gate)
            db!
              .prepare('INSERT OR IGNORE INTO disclosure_purge_gate (student_id) VALUES (?)')
              .run(d.student_id)
          for (const t of logTables) db!.prepare(`DELETE FROM ${t} WHERE student_id = ?`).run(d.student_id)
          db!.prepare('DELETE FROM students WHERE id = ?').run(d.student_id)
          if (gate) db!.prepare('DELETE FROM disclosure_purge_gate WHERE student_id = ?').run(d.student_id)
        }
      })()
      db.exec('VACUUM')
      changed++
    } catch (e) {
      failed++
      console.error(`[backups] could not remove deleted students from ${f}:`, e)
    } finally {
      db?.close()
    }
  }
  return { changed, failed }
}
