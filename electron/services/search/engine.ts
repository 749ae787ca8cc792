import type { SearchResult } from '../../../shared/domain/catalog'
import type { DB, Statement } from '../db/open'
import type { Field } from './build-index'
import { findCodes, isCodeQuery } from './codes'
import { type ExactEntry, exactIndex, loadTexts, type OccupationText } from './corpus'
import { EntryMatcher, Quality } from './match'
import { exactKeys, ftsExpression, type Phrase, type Plan, parseExpansion, planQuery } from './plan'
import { type Candidate, compare, FIELD_TIER, SPREAD_TIER } from './ranking'
import { Speller } from './speller'

interface Facts {
  title: string
  jobZone: number | null
  medianWage: number | null
}

const NAME_FIELDS: Field[] = ['title', 'alternate', 'reported']
const DETAIL_FIELDS: Field[] = ['task', 'technology']

/**
 * Rows read per query: enough to rerank the top of a broad match, cheap enough for every
 * keystroke. Rows come most-employed first, so a broad prefix keeps the common occupations.
 */
const TITLE_ROWS = 30
const NAME_ROWS = 40
const DETAIL_ROWS = 30

const LABEL: Record<Field, string> = {
  title: 'title',
  alternate: 'alternate title',
  reported: 'job title reported by workers',
  task: 'task',
  technology: 'technology',
}

interface MatchRow {
  rowid: number
  code: string
}

/**
 * Search over one installed catalog: prepared statements, the occupation facts shown with every
 * result, the synonym list and the speller, all built on first use and kept for as long as the
 * catalog handle lives (the handler rebuilds the engine when catalog.version changes).
 */
export class SearchEngine {
  private readonly facts = new Map<string, Facts>()
  private readonly codes: string[]
  private readonly synonyms = new Map<string, Phrase[]>()
  private readonly stmts: Record<'titles' | 'names' | 'details', Statement>
  private texts: Map<string, OccupationText> | null = null
  private speller: Speller | null = null
  private exact: Map<string, ExactEntry[]> | null = null

  constructor(private readonly db: DB) {
    const rows = db
      .prepare(
        `SELECT o.code, o.title, o.job_zone AS jobZone, w.a_median AS medianWage
           FROM occupations o LEFT JOIN wages w ON w.code = o.code ORDER BY o.code`,
      )
      .all() as ({ code: string } & Facts)[]
    for (const r of rows)
      this.facts.set(r.code, { title: r.title, jobZone: r.jobZone, medianWage: r.medianWage })
    this.codes = rows.map((r) => r.code)
    for (const s of db.prepare('SELECT term, expansion FROM synonyms').all() as {
      term: string
      expansion: string
    }[]) {
      const list = this.synonyms.get(s.term) ?? []
      list.push(parseExpansion(s.expansion))
      this.synonyms.set(s.term, list)
    }
    // Matching returns only rowids; the field text to explain a match is held in memory.
    const match = (table: string, filter: string, rows: number) =>
      db.prepare(
        `SELECT rowid, code FROM search_${table} WHERE search_${table} MATCH ${filter} LIMIT ${rows}`,
      )
    this.stmts = {
      // Titles alone first: their doclists are short, and a broad prefix over every name field
      // would otherwise crowd out a title match of a less common occupation.
      titles: match('names', `'{title} : (' || ? || ')'`, TITLE_ROWS),
      names: match('names', '?', NAME_ROWS),
      details: match('details', '?', DETAIL_ROWS),
    }
  }

  /** The speller needs the whole vocabulary; built on the first search that needs it. */
  private getSpeller(): Speller {
    if (!this.speller) {
      const words = new Map<string, number>()
      for (const [table, weight] of [
        ['search_names_vocab', 4],
        ['search_details_vocab', 1],
      ] as const) {
        for (const r of this.db.prepare(`SELECT term, doc FROM ${table}`).iterate() as Iterable<{
          term: string
          doc: number
        }>) {
          words.set(r.term, (words.get(r.term) ?? 0) + r.doc * weight)
        }
      }
      for (const term of this.synonyms.keys()) if (!term.includes(' ')) words.set(term, 1e6)
      this.speller = new Speller(words)
    }
    return this.speller
  }

  private getTexts(): Map<string, OccupationText> {
    this.texts ??= loadTexts(this.db)
    return this.texts
  }

  private getExact(): Map<string, ExactEntry[]> {
    this.exact ??= exactIndex(this.db, this.getTexts())
    return this.exact
  }

  /** Makes the first real search fast (the benchmark and the app both call this once). */
  warm(): void {
    this.getTexts()
    this.getSpeller()
    this.getExact()
  }

  search(q: string, limit = 25): SearchResult[] {
    const text = q.trim()
    if (!text) return []
    if (isCodeQuery(text)) return findCodes(text, this.codes, limit).map((c) => this.codeResult(c))
    const plan = planQuery(text, this.synonyms, this.getSpeller())
    if (!plan) return []
    return this.runPlan(plan, limit)
  }

  /** Queries to offer when a search found nothing: a respelling, or one of its words alone. */
  suggest(q: string): string[] {
    const plan = planQuery(q, this.synonyms, this.getSpeller())
    if (!plan) return []
    const out = new Set<string>()
    if (plan.spelled && this.runPlan(plan, 1).length > 0) out.add(plan.spelled)
    if (plan.groups.length > 1) {
      for (const g of plan.groups) {
        const one: Plan = { groups: [g], spelled: null, folded: '', exactKeys: [] }
        const label = g.lay ?? g.words.map((w) => w.spelled[0] ?? w.typed).join(' ')
        if (label && this.runPlan(one, 1).length > 0) out.add(label)
      }
    }
    return [...out].slice(0, 4)
  }

  private runPlan(plan: Plan, limit: number): SearchResult[] {
    const expr = ftsExpression(plan)
    const matcher = new EntryMatcher(plan)
    const found = new Map<string, Candidate>()
    const offer = (c: Candidate) => {
      const had = found.get(c.code)
      if (!had || compare(c, had) < 0) found.set(c.code, c)
    }
    for (const c of this.exactNames(plan)) offer(c)
    const texts = this.getTexts()
    const consider = (rows: { rowid: number; code: string }[], fields: Field[], spreadTier: number) => {
      for (const row of rows) {
        const text = texts.get(row.code)
        if (found.get(row.code)?.bucket === 0 || !text) continue
        const c = this.best(row, text, fields, spreadTier, matcher)
        if (c) offer(c)
      }
    }
    const names = this.stmts.names.all(expr) as MatchRow[]
    // A broad match was cut at NAME_ROWS: make sure title matches were not among the cut.
    if (names.length === NAME_ROWS)
      consider(this.stmts.titles.all(expr) as MatchRow[], ['title'], SPREAD_TIER.names)
    consider(names, NAME_FIELDS, SPREAD_TIER.names)
    // Tasks and technology fill the room names left.
    if (found.size < limit)
      consider(this.stmts.details.all(expr) as MatchRow[], DETAIL_FIELDS, SPREAD_TIER.details)
    return [...found.values()]
      .sort(compare)
      .slice(0, limit)
      .map((c) => this.result(c, plan, matcher))
  }

  /** Entries that are exactly the query ("Coder", "Nurse"), whatever field they sit in. */
  private exactNames(plan: Plan): Candidate[] {
    const index = this.getExact()
    const out: Candidate[] = []
    for (const key of [...plan.exactKeys, ...exactKeys(plan.spelled ? [plan.spelled] : [])]) {
      for (const e of index.get(key) ?? []) {
        const tier = FIELD_TIER[e.field]
        out.push({ ...e, tier, quality: Quality.exact, bucket: 0, extra: 0 })
      }
    }
    return out
  }

  /** The best-matching entry of an occupation over some fields, as a ranked candidate. */
  private best(row: MatchRow, text: OccupationText, fields: Field[], spreadTier: number, m: EntryMatcher) {
    let best: Candidate | null = null
    for (const field of fields) {
      const hit = m.bestEntry(text.text[field], text.lower[field])
      if (!hit) continue
      const spread = hit.quality === Quality.spread
      const c: Candidate = {
        code: row.code,
        rowid: row.rowid,
        field,
        tier: spread ? spreadTier : FIELD_TIER[field],
        quality: hit.quality,
        bucket: hit.quality === Quality.prefix || spread ? 1 : 0,
        extra: hit.extra,
        entry: hit.text,
      }
      if (!best || compare(c, best) < 0) best = c
      if (best.quality <= Quality.words) break
    }
    return best
  }

  private result(c: Candidate, plan: Plan, m: EntryMatcher): SearchResult {
    const facts = this.facts.get(c.code)
    const lay = c.quality === Quality.lay ? (plan.groups.find((g) => g.lay)?.lay ?? null) : null
    const snippet = c.field === 'task' ? clip(c.entry, m.highlights(c.entry)) : c.entry
    const reason = `${LABEL[c.field]}: ${snippet}`
    return {
      code: c.code,
      title: facts?.title ?? c.code,
      matched: lay ? `matched lay word '${lay}' → ${reason}` : `matched ${reason}`,
      jobZone: facts?.jobZone ?? null,
      medianWage: facts?.medianWage ?? null,
      field: c.field,
      snippet,
      highlights: m.highlights(snippet),
      layWord: lay,
      spelledAs: plan.spelled,
    }
  }

  private codeResult(code: string): SearchResult {
    const f = this.facts.get(code)
    return {
      code,
      title: f?.title ?? code,
      matched: `matched code: ${code}`,
      jobZone: f?.jobZone ?? null,
      medianWage: f?.medianWage ?? null,
      field: 'code',
      snippet: code,
      highlights: [[0, code.length]],
      layWord: null,
      spelledAs: null,
    }
  }
}

/** A long task cut to ~110 characters around its first highlighted word. */
function clip(text: string, ranges: [number, number][]): string {
  const MAX = 110
  if (text.length <= MAX) return text
  const at = ranges[0]?.[0] ?? 0
  const start = Math.max(0, Math.min(at - 30, text.length - MAX))
  const cut = text.slice(start, start + MAX)
  return `${start > 0 ? '…' : ''}${cut.trim()}${start + MAX < text.length ? '…' : ''}`
}
