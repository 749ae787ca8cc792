import type { DB } from '../db/open'
import { SYNONYMS } from './synonyms'

/**
 * The searchable fields of an occupation, in ranking order: a title match beats an alternate
 * title, which beats a reported title, which beats a program it is studied as (CIP title),
 * which beats a task or a technology example.
 */
export const FIELDS = ['title', 'alternate', 'reported', 'program', 'task', 'technology'] as const
export type Field = (typeof FIELDS)[number]

/** Separates the entries (one alternate title, one task…) inside a field. */
export const ENTRY_SEPARATOR = '\n'

/**
 * Two FTS5 tables with one row per occupation and one column per field: names (title,
 * alternate, reported) and details (task, technology). Every term's doclist then holds at most
 * one entry per occupation, so even a one-letter prefix stays cheap, and the long task text
 * never slows a name lookup. detail=column keeps doclists small (which field, not which word
 * position): phrases are checked word by word here and exactly when a match is explained.
 * Rows go in most-employed first: rowid order is a sensible order
 * for a prefix too short to rank by anything else.
 */
const CREATE = `
DROP TABLE IF EXISTS search_names_vocab;
DROP TABLE IF EXISTS search_details_vocab;
DROP TABLE IF EXISTS search_programs_vocab;
DROP TABLE IF EXISTS search_names;
DROP TABLE IF EXISTS search_details;
DROP TABLE IF EXISTS search_programs;
CREATE VIRTUAL TABLE search_names USING fts5(
  code UNINDEXED, title, alternate, reported,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4', detail = column
);
CREATE VIRTUAL TABLE search_details USING fts5(
  code UNINDEXED, task, technology,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4', detail = column
);
CREATE VIRTUAL TABLE search_programs USING fts5(
  code UNINDEXED, program,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4', detail = column
);
CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab('search_names', 'row');
CREATE VIRTUAL TABLE search_details_vocab USING fts5vocab('search_details', 'row');
CREATE VIRTUAL TABLE search_programs_vocab USING fts5vocab('search_programs', 'row');
`

const SOURCES: Record<Exclude<Field, 'title'>, string> = {
  alternate: `SELECT code, title AS text FROM titles WHERE kind = 'alternate'
              UNION ALL
              SELECT code, short_title FROM titles
               WHERE short_title IS NOT NULL AND trim(short_title) NOT IN ('', 'n/a')`,
  reported: `SELECT code, title AS text FROM titles WHERE kind = 'reported'`,
  // The school programs (CIP titles) the crosswalk links to the occupation: how students and
  // parents name a field of study ("Cosmetology", "Criminal Justice/Police Science").
  program: 'SELECT code, cip_title AS text FROM programs ORDER BY code, cip',
  task: 'SELECT code, task AS text FROM tasks ORDER BY code, task_type IS NULL, task_type, task_id',
  technology: 'SELECT code, example AS text FROM technology ORDER BY code, hot DESC, example',
}

/**
 * Called by the pack builder on the new, writable catalog once the tables it reads are written
 * (occupations, wages for the row order, titles, tasks, technology, programs: the area wages come
 * after it), and by pack install, to bring an older pack's index up to date: builds the FTS5
 * index and writes the lay-word synonym list, so an installed pack (opened read-only) is ready to
 * search with no work at start-up. The one place the search index is made.
 */
export function buildSearchIndex(db: DB): void {
  const occupations = db
    .prepare(
      `SELECT o.code, o.title FROM occupations o LEFT JOIN wages w ON w.code = o.code
        ORDER BY w.tot_emp IS NULL, w.tot_emp DESC, o.code`,
    )
    .all() as { code: string; title: string }[]
  // Each occupation's entries, deduplicated across fields: an alternate title that repeats
  // the title, or a reported title that repeats an alternate one, counts once at its best tier.
  const seen = new Map<string, Set<string>>()
  const fields = new Map<string, Record<Field, string[]>>()
  for (const o of occupations) {
    seen.set(o.code, new Set([o.title.trim().toLowerCase()]))
    fields.set(o.code, {
      title: [o.title.trim()],
      alternate: [],
      reported: [],
      program: [],
      task: [],
      technology: [],
    })
  }
  for (const [field, sql] of Object.entries(SOURCES) as [Exclude<Field, 'title'>, string][]) {
    for (const r of db.prepare(sql).iterate() as Iterable<{ code: string; text: string | null }>) {
      const text = r.text?.replace(/\s+/g, ' ').trim()
      const known = seen.get(r.code)
      if (!text || !known || known.has(text.toLowerCase())) continue
      known.add(text.toLowerCase())
      fields.get(r.code)?.[field].push(text)
    }
  }
  db.transaction(() => {
    db.exec(CREATE)
    const names = db.prepare(
      'INSERT INTO search_names (code, title, alternate, reported) VALUES (?, ?, ?, ?)',
    )
    const details = db.prepare('INSERT INTO search_details (code, task, technology) VALUES (?, ?, ?)')
    const programs = db.prepare('INSERT INTO search_programs (code, program) VALUES (?, ?)')
    // Shortest titles first: the first entry that matches is the most exact one to show.
    const byLength = (list: string[]) => [...list].sort((a, b) => a.length - b.length).join(ENTRY_SEPARATOR)
    for (const o of occupations) {
      const f = fields.get(o.code) as Record<Field, string[]>
      names.run(o.code, f.title.join(ENTRY_SEPARATOR), byLength(f.alternate), byLength(f.reported))
      details.run(o.code, f.task.join(ENTRY_SEPARATOR), f.technology.join(ENTRY_SEPARATOR))
      if (f.program.length > 0) programs.run(o.code, byLength(f.program))
    }
    const add = db.prepare('INSERT OR IGNORE INTO synonyms (term, expansion) VALUES (?, ?)')
    for (const [term, expansions] of Object.entries(SYNONYMS)) {
      for (const e of expansions) add.run(term, e)
    }
    db.exec(`INSERT INTO search_names (search_names) VALUES ('optimize')`)
    db.exec(`INSERT INTO search_details (search_details) VALUES ('optimize')`)
    db.exec(`INSERT INTO search_programs (search_programs) VALUES ('optimize')`)
  })()
}

/**
 * Rebuilds the index of an existing pack (install, or an older installed pack brought up to date)
 * without changing its content: the pack's own synonyms are checksummed, so they stay exactly as
 * they came (buildSearchIndex would add ours).
 */
export function rebuildSearchIndexKeepingSynonyms(db: DB): void {
  db.transaction(() => {
    db.exec('CREATE TEMP TABLE kept_synonyms AS SELECT term, expansion FROM main.synonyms')
    buildSearchIndex(db)
    db.exec(`DELETE FROM main.synonyms WHERE NOT EXISTS (SELECT 1 FROM temp.kept_synonyms k
               WHERE k.term = synonyms.term AND k.expansion = synonyms.expansion)`)
    db.exec('DROP TABLE temp.kept_synonyms')
  })()
}
