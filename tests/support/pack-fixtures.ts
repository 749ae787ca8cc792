import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Services } from '../../electron/services'
import type { DB } from '../../electron/services/db/open'

/** Two students with saved careers, written straight into clients.sqlite (no students API needed). */
export function seedStudents(clients: DB, saved: { student: string; code: string; title: string }[]): void {
  const now = '2026-09-01T10:00:00.000Z'
  const ids = new Map<string, number>()
  const student = clients.prepare('INSERT INTO students (name, created_at, updated_at) VALUES (?, ?, ?)')
  const career = clients.prepare(
    'INSERT INTO saved_careers (student_id, code, title, rank, saved_at) VALUES (?, ?, ?, ?, ?)',
  )
  saved.forEach((s, rank) => {
    let id = ids.get(s.student)
    if (id === undefined) {
      id = Number(student.run(s.student, now, now).lastInsertRowid)
      ids.set(s.student, id)
    }
    career.run(id, s.code, s.title, rank, now)
  })
}

/** Everything a counselor owns in clients.sqlite that a pack install must never touch. */
export function studentSnapshot(clients: DB): string {
  const rows = [
    clients.prepare('SELECT * FROM students ORDER BY id').all(),
    clients.prepare('SELECT * FROM saved_careers ORDER BY id').all(),
  ]
  return JSON.stringify(rows)
}

/** The installed catalog's bytes (sha256), or 'none'. */
export function catalogFingerprint(dataDir: string): string {
  const file = join(dataDir, 'catalog.sqlite')
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none'
}

/** Calls a method and returns its value, failing the test with the API's message otherwise. */
export async function ok<T = unknown>(services: Services, method: string, input: unknown = {}): Promise<T> {
  const r = await services.call(method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.code} ${r.message}`)
  return r.value as T
}
