import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DB } from '../../electron/services/db/open'
import type { BuildPackInput } from '../../shared/api/packs'
import type { AppEvent } from '../../shared/events'
import { SHARED_DATA } from './tmp'

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

const onet = join(SHARED_DATA, 'onet')
const cw = join(SHARED_DATA, 'crosswalks')
/** packs.build input for the national pack from ../shared/data. */
export const NATIONAL_INPUT: BuildPackInput = {
  onet: [
    join(onet, '30.3_csv'),
    { path: join(onet, '30.1_text'), release: '30.1' },
    join(onet, '29.0_excel'),
    join(onet, '27.0_text'),
  ],
  oews: join(SHARED_DATA, 'bls/oews/national_M2025_dl.xlsx'),
  ep: join(SHARED_DATA, 'bls/ep/occupation.xlsx'),
  cip: join(cw, 'nces_cip2020_soc2018/CIP2020_SOC2018_Crosswalk.csv'),
  cipCodes: join(cw, 'nces_cip2020_soc2018/CIPCode2020.csv'),
  clusters: join(cw, 'onet_career_clusters/All_Career_Clusters.csv'),
  name: 'National test build',
}

/** Collects a job's events until its pack.done. */
export function watchJob(events: { subscribe: (l: (e: AppEvent) => void) => () => void }) {
  const seen: AppEvent[] = []
  let resolveDone: (e: Extract<AppEvent, { type: 'pack.done' }>) => void = () => {}
  const done = new Promise<Extract<AppEvent, { type: 'pack.done' }>>((r) => {
    resolveDone = r
  })
  const off = events.subscribe((e) => {
    seen.push(e)
    if (e.type === 'pack.done') {
      off()
      resolveDone(e)
    }
  })
  return { seen, done }
}
