import type { ReportSettings } from '../../../shared/api/reports'
import type { DB } from '../db/open'
import type { Paper } from './kit/doc'

export function readSettings(db: DB): ReportSettings {
  const r = db.prepare("SELECT value FROM report_settings WHERE key = 'paper'").get() as
    | { value: string }
    | undefined
  return { paper: r?.value === 'a4' ? 'a4' : 'letter' }
}

export function writeSettings(db: DB, s: ReportSettings): ReportSettings {
  db.prepare(
    "INSERT INTO report_settings (key, value) VALUES ('paper', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(s.paper)
  return readSettings(db)
}

export function paperFor(db: DB, asked: Paper | undefined): Paper {
  return asked ?? readSettings(db).paper
}
