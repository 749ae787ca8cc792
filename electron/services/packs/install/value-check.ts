import type { DB } from '../../db/open'
import { quoteIdent } from '../checksum'
import { type Column, expectedSchema } from './schema-check'

/*
 * Every value of every catalog column, checked against its declared type and a length cap, in
 * one pass per table. SQLite stores whatever it is given in any column, so a pack can hold text
 * where a wage belongs or a megabyte where a title belongs; the screens and the PDF must never
 * meet either. Caps are ten times and more the longest value in the national pack.
 */
export const DEFAULT_TEXT_CAP = 1_000
export const TEXT_CAPS: Record<string, number> = {
  'manifest.value': 100_000,
  'occupations.description': 5_000,
  'tasks.task': 3_000,
  'job_zone_reference.experience': 3_000,
  'job_zone_reference.education': 3_000,
  'job_zone_reference.job_training': 3_000,
  'job_zone_reference.examples': 3_000,
  'education_categories.name': 3_000,
  'wages.flags': 2_000,
}
export const MAX_MAGNITUDE = 1e12
/** Rows per table: the national pack's largest table holds under 100,000. */
export const MAX_ROWS = 1_000_000
export const MAX_ROWS_BY_TABLE: Record<string, number> = {
  occupations: 20_000,
  manifest: 100,
  synonyms: 20_000,
}

/** char(1…8, 11, 12, 14…31): tab, newline and carriage return are ordinary in official text. */
const CONTROL_CHARS = `char(${[...Array(32).keys()].filter((c) => c > 0 && c !== 9 && c !== 10 && c !== 13).join(', ')})`

interface Rule {
  sql: string
  problem: (value: unknown) => string
}

function rulesFor(table: string, c: Column): Rule[] {
  const col = quoteIdent(c.name)
  const where = `${table}.${c.name}`
  const t = c.type.toUpperCase()
  const rules: Rule[] = [
    {
      sql: `typeof(${col}) = 'blob'`,
      problem: () =>
        `column ${where} holds binary data where Career Atlas keeps ${t === 'TEXT' ? 'text' : 'numbers'}.`,
    },
  ]
  if (t === 'INTEGER' || t === 'REAL')
    rules.push({
      sql:
        t === 'INTEGER'
          ? `typeof(${col}) NOT IN ('integer', 'null')`
          : `typeof(${col}) NOT IN ('real', 'integer', 'null')`,
      problem: (v) =>
        `column ${where} holds ${describe(v)} where ${t === 'INTEGER' ? 'a whole number' : 'a number'} belongs.`,
    })
  if (t === 'INTEGER' || t === 'REAL')
    rules.push({
      // Infinity and absurd magnitudes are storable; no count, wage or year comes near 10^12.
      sql: `typeof(${col}) IN ('integer', 'real') AND abs(${col}) > ${MAX_MAGNITUDE}`,
      problem: (v) => `column ${where} holds ${describe(v)}, far outside any real figure.`,
    })
  if (t === 'TEXT') {
    const cap = TEXT_CAPS[where] ?? DEFAULT_TEXT_CAP
    rules.push(
      {
        sql: `typeof(${col}) NOT IN ('text', 'null')`,
        problem: (v) => `column ${where} holds ${describe(v)} where text belongs.`,
      },
      {
        sql: `length(${col}) > ${cap}`,
        problem: (v) =>
          `column ${where} holds a value ${String(v).length.toLocaleString('en-US')} characters long (at most ${cap.toLocaleString('en-US')} are allowed).`,
      },
      {
        // NUL and other control characters hide text from screens and searches alike.
        sql: `(${col} GLOB '*[' || ${CONTROL_CHARS} || ']*' OR instr(${col}, char(0)) > 0)`,
        problem: () => `column ${where} holds control characters, which no official text contains.`,
      },
    )
  }
  return rules
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `the text “${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`
  if (typeof v === 'number') return `the number ${v}`
  if (v === null) return 'nothing'
  return 'binary data'
}

/** The first value that breaks its column's type, length or the row caps, in words; null when none. */
export function valueProblem(db: DB, counts: Record<string, number>): string | null {
  const { tables } = expectedSchema()
  for (const [table, n] of Object.entries(counts)) {
    const cap = MAX_ROWS_BY_TABLE[table] ?? MAX_ROWS
    if (n > cap)
      return `table ${table} holds ${n.toLocaleString('en-US')} rows, more than any real pack (at most ${cap.toLocaleString('en-US')}).`
  }
  for (const [table, columns] of tables) {
    if (!(table in counts)) continue // a table an older pack's schema did not have
    const rules = columns.flatMap((c) => rulesFor(table, c).map((r) => ({ ...r, column: c.name })))
    if (!rules.length) continue
    const from = quoteIdent(table)
    const hits = db
      .prepare(`SELECT ${rules.map((r) => `max(coalesce(${r.sql}, 0))`).join(', ')} FROM ${from}`)
      .raw(true)
      .get() as number[]
    const i = hits.indexOf(1)
    if (i < 0) continue
    const rule = rules[i] as Rule & { column: string }
    const value = db
      .prepare(`SELECT ${quoteIdent(rule.column)} FROM ${from} WHERE ${rule.sql} LIMIT 1`)
      .pluck()
      .get()
    return rule.problem(value)
  }
  return null
}
