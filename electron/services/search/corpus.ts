import type { DB } from '../db/open'
import { ENTRY_SEPARATOR, FIELDS, type Field } from './build-index'
import { fold, tokenize } from './normalize'

export interface OccupationText {
  text: Record<Field, string>
  /** The text folded once (lower case, accents stripped) as the index sees it. */
  lower: Record<Field, string>
}

export interface ExactEntry {
  code: string
  rowid: number
  field: Field
  entry: string
}

/**
 * Every occupation's searchable text, as stored and in lower case, kept in memory (about 10 MB
 * for the national pack) so explaining a match never goes back to the database.
 */
export function loadTexts(db: DB): Map<string, OccupationText> {
  const map = new Map<string, OccupationText>()
  // Two scans joined here: a join on the FTS tables' unindexed code column would rescan.
  const details = new Map<string, { task: string | null; technology: string | null }>()
  const detailRows = db.prepare('SELECT code, task, technology FROM search_details').iterate()
  for (const r of detailRows as Iterable<{ code: string; task: string | null; technology: string | null }>)
    details.set(r.code, r)
  const programs = new Map<string, string>()
  if (hasProgramIndex(db))
    for (const r of db.prepare('SELECT code, program FROM search_programs').iterate() as Iterable<{
      code: string
      program: string
    }>)
      programs.set(r.code, r.program)
  const rows = db.prepare('SELECT code, title, alternate, reported FROM search_names').iterate()
  for (const r of rows as Iterable<{ code: string } & Record<Field, string | null>>) {
    const all: Record<Field, string | null> = {
      ...r,
      program: programs.get(r.code) ?? null,
      task: null,
      technology: null,
      ...details.get(r.code),
    }
    const text = {} as Record<Field, string>
    const lower = {} as Record<Field, string>
    for (const f of FIELDS) {
      text[f] = all[f] ?? ''
      lower[f] = fold(text[f])
    }
    map.set(r.code, { text, lower })
  }
  return map
}

/** Packs built before programs were searchable have no program index (until reinstalled). */
export function hasProgramIndex(db: DB): boolean {
  return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'search_programs'`).get()
}

/** Every title, alternate and reported title by its folded words, for exact-entry matches. */
export function exactIndex(db: DB, texts: Map<string, OccupationText>): Map<string, ExactEntry[]> {
  const map = new Map<string, ExactEntry[]>()
  const rowids = new Map(
    (db.prepare('SELECT rowid, code FROM search_names').all() as { rowid: number; code: string }[]).map(
      (r) => [r.code, r.rowid],
    ),
  )
  for (const [code, { text }] of texts) {
    for (const field of ['title', 'alternate', 'reported'] as const) {
      for (const entry of text[field].split(ENTRY_SEPARATOR)) {
        const key = tokenize(entry).join(' ')
        if (!key) continue
        const list = map.get(key)
        const e = { code, rowid: rowids.get(code) ?? 0, field, entry }
        if (!list) map.set(key, [e])
        else if (!list.some((x) => x.code === code)) list.push(e)
      }
    }
  }
  return map
}
