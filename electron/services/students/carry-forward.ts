import type { DB } from '../db/open'
import { CHAIN_ANCHORED, purgeDisclosures } from './disclosures'

/*
 * What a restore never takes back. A backup is an older snapshot: restoring it returns the
 * students, sessions, notes, goals and saved careers as they were, but the append-only logs
 * (disclosures, deletions, restores), the chain anchors and the security settings (passcode,
 * auto-lock, wrong-passcode backoff) and the backup count are read from the records being replaced and written into
 * the restored file, and students deleted since the backup are deleted again.
 */

/** app_settings keys that follow the current records, not the backup. */
const SECURITY_KEYS = [
  'passcode',
  'auto_lock_minutes',
  'unlock_failures',
  'unlock_not_before',
  CHAIN_ANCHORED,
]

/**
 * records_settings keys that follow the current records: how many backups to keep acts on its
 * own at the next backup (prune), so an older value coming back would delete backups unasked.
 */
const RECORDS_KEYS = ['backup_keep']

type Rows = Record<string, unknown>[]

export interface CarriedState {
  disclosures: Rows
  anchors: Rows
  deletionLog: Rows
  deletedStudents: Rows
  restoreLog: Rows
  security: { key: string; value: string | null }[]
  records: { key: string; value: string | null }[]
}

export function readCarriedState(db: DB): CarriedState {
  const all = (sql: string) => db.prepare(sql).all() as Rows
  const setting = (key: string, table = 'app_settings') =>
    (db.prepare(`SELECT value FROM ${table} WHERE key = ?`).get(key) as { value: string } | undefined)
      ?.value ?? null
  return {
    disclosures: all('SELECT * FROM disclosures ORDER BY student_id, seq'),
    anchors: all('SELECT * FROM disclosure_anchors'),
    deletionLog: all('SELECT * FROM deletion_log ORDER BY id'),
    deletedStudents: all('SELECT * FROM deleted_students ORDER BY id'),
    restoreLog: all('SELECT * FROM restore_log ORDER BY id'),
    security: SECURITY_KEYS.map((key) => ({ key, value: setting(key) })),
    records: RECORDS_KEYS.map((key) => ({ key, value: setting(key, 'records_settings') })),
  }
}

export interface CarrySummary {
  disclosures: number
  deletions: number
  studentsDeletedAgain: number
}

/** Writes the carried state into the freshly restored records, in one transaction. */
export function applyCarriedState(db: DB, state: CarriedState): CarrySummary {
  return db.transaction(() => {
    const has = (table: string, id: unknown) => !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)
    const insert = (table: string, row: Record<string, unknown>) => {
      const cols = Object.keys(row)
      db.prepare(
        `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      ).run(row)
    }

    // Students deleted since the backup stay deleted (matched on id and creation time, so a
    // later student who reused the id is never touched).
    let studentsDeletedAgain = 0
    for (const d of state.deletedStudents) {
      if (!has('deleted_students', d.id)) insert('deleted_students', d)
      const back = db
        .prepare('SELECT 1 FROM students WHERE id = ? AND created_at = ?')
        .get(d.student_id, d.student_created_at)
      if (back) {
        purgeDisclosures(db, d.student_id as number)
        db.prepare('DELETE FROM students WHERE id = ?').run(d.student_id)
        studentsDeletedAgain++
      }
    }
    let deletions = 0
    for (const r of state.deletionLog)
      if (!has('deletion_log', r.id)) {
        insert('deletion_log', r)
        deletions++
      }
    for (const r of state.restoreLog) if (!has('restore_log', r.id)) insert('restore_log', r)

    // Disclosure entries made since the backup, in chain order (the seal trigger moves forward).
    let disclosures = 0
    const exists = db.prepare('SELECT 1 FROM disclosures WHERE student_id = ? AND seq = ?')
    for (const r of state.disclosures) {
      if (exists.get(r.student_id, r.seq)) continue
      const { id: _id, ...row } = r
      insert('disclosures', row)
      disclosures++
    }
    const anchored = db.prepare('SELECT 1 FROM disclosure_anchors WHERE student_id = ?')
    for (const a of state.anchors) if (!anchored.get(a.student_id)) insert('disclosure_anchors', a)

    const put = (table: string, { key, value }: { key: string; value: string | null }) => {
      if (value == null) db.prepare(`DELETE FROM ${table} WHERE key = ?`).run(key)
      else
        db.prepare(
          `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        ).run(key, value)
    }
    for (const kv of state.security) put('app_settings', kv)
    for (const kv of state.records) put('records_settings', kv)
    return { disclosures, deletions, studentsDeletedAgain }
  })()
}

export function logRestore(db: DB, at: string, backup: string, safetyCopy: string, summary: string): void {
  db.prepare('INSERT INTO restore_log (at, backup, safety_copy, summary) VALUES (?, ?, ?, ?)').run(
    at,
    backup,
    safetyCopy,
    summary,
  )
}
