import type { ReportSettings } from '../../../shared/api/reports'
import type { DB } from '../db/open'
import type { Paper } from './kit/doc'

export function readSettings(db: DB): ReportSettings {
  const all = new Map(
    (db.prepare('SELECT key, value FROM report_settings').all() as { key: string; value: string }[]).map(
      (r) => [r.key, r.value],
    ),
  )
  return {
    paper: all.get('paper') === 'a4' ? 'a4' : 'letter',
    counselorName: all.get('counselorName') || null,
  }
}

export function writeSettings(db: DB, s: Partial<ReportSettings>): ReportSettings {
  const put = db.prepare(
    'INSERT INTO report_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )
  db.transaction(() => {
    if (s.paper) put.run('paper', s.paper)
    if (s.counselorName !== undefined) put.run('counselorName', s.counselorName?.trim() ?? '')
  })()
  return readSettings(db)
}

export function paperFor(db: DB, asked: Paper | undefined): Paper {
  return asked ?? readSettings(db).paper
}
