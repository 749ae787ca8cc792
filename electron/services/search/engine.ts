import type { SearchResult } from '../../../shared/domain/catalog'
import type { DB, Statement } from '../db/open'
import type { Field } from './build-index'
import { ENTRY_SEPARATOR } from './build-index'
import { findCodes, isCodeQuery } from './codes'
import { type ExactEntry, exactIndex, hasProgramIndex, loadTexts, type OccupationText } from './corpus'
import { WordForms } from './forms'
import { EntryMatcher, Quality } from './match'
import {
  exactKeys,
  ftsExpression,
  type Group,
  hasForms,
  PERSON_WORDS,
  type Phrase,
  type Plan,
  parseExpansion,
  planQuery,
  SCHOOL_WORDS,
} from './plan'
import {
  asksForTeaching,
  type Candidate,
  compare,
  FIELD_TIER,
  isTeaching,
  SPREAD_TIER,
  TEACHING_TIER,
  WEAK_NAME_TIER,
} from './ranking'
import { Speller } from './speller'
import { OLDER_NAMES } from './synonyms'

interface Facts {
  title: string
  jobZone: number | null
  medianWage: number | null
}

const NAME_FIELDS: Field[] = ['title', 'alternate', 'reported']
const DETAIL_FIELDS: Field[] = ['task', 'technology']
const PROGRAM_FIELDS: Field[] = ['program']

/**
 * Rows read per query: enough to rerank the top of a broad match, cheap enough for every
 * keystroke. Rows come most-employed first, so a broad prefix keeps the common occupations.
 */
const TITLE_ROWS = 30
const NAME_ROWS = 40
const DETAIL_ROWS = 30
const PROGRAM_ROWS = 25
const PROGRAM_SCORED = 150
/** An exact alternate title shared by this many occupations says little about which is meant. */
const AMBIGUOUS_EXACT = 2
/** Candidates whose ties are counted (the most-employed first, as rows come). */
const MAX_TIED = 30
/**
 * Groups of the query's words judged, in all, when no career matched them all: every subset of
 * a query of up to five words the catalog knows, and a bound on a long one (twelve words have
 * 4,094 subsets; judging each takes a few SQL statements).
 */
const MAX_SUBSETS = 30

const LABEL: Record<Field, string> = {
  title: 'title',
  alternate: 'alternate title',
  reported: 'job title reported by workers',
  program: 'studied as',
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
  private readonly stmts: Record<'titles' | 'names' | 'details' | 'anyName' | 'anyDetail', Statement> & {
    programs: Statement | null
    anyProgram: Statement | null
  }
  private texts: Map<string, OccupationText> | null = null
  private speller: Speller | null = null
  private forms: WordForms | null = null
  private weights: Map<string, number> | null = null
  private exact: Map<string, ExactEntry[]> | null = null
  /**
   * Rows matched during one search, by statement and expression: a fallback judges a group of
   * words and then ranks the chosen one in full, and both read the same rows.
   */
  private matched: Map<string, MatchRow[]> | null = null

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
      anyName: match('names', '?', 1),
      anyDetail: match('details', '?', 1),
      anyProgram: hasProgramIndex(db) ? match('programs', '?', 1) : null,
      // Programs by bm25, not employment: an occupation whose programs are mostly physics comes
      // before one that lists physics among fifty. Only the first PROGRAM_SCORED matches are
      // scored, so a one-letter prefix does not score the whole table.
      programs: hasProgramIndex(db)
        ? db.prepare(
            `SELECT rowid, code FROM (SELECT rowid, code, rank FROM search_programs
              WHERE search_programs MATCH ? LIMIT ${PROGRAM_SCORED}) ORDER BY rank LIMIT ${PROGRAM_ROWS}`,
          )
        : null,
    }
  }

  /** Every catalog word, weighted by how many occupations use it (names weigh more). */
  private vocabulary(): Map<string, number> {
    const words = new Map<string, number>()
    const tables: [string, number][] = [
      ['search_names_vocab', 4],
      ['search_details_vocab', 1],
    ]
    if (this.stmts.programs) tables.push(['search_programs_vocab', 2])
    for (const [table, weight] of tables) {
      for (const r of this.db.prepare(`SELECT term, doc FROM ${table}`).iterate() as Iterable<{
        term: string
        doc: number
      }>) {
        words.set(r.term, (words.get(r.term) ?? 0) + r.doc * weight)
      }
    }
    return words
  }

  /** The speller needs the whole vocabulary; built on the first search that needs it. */
  private getSpeller(): Speller {
    if (!this.speller) {
      const words = this.vocabulary()
      this.weights = new Map(words)
      this.forms ??= new WordForms(words)
      for (const term of this.synonyms.keys()) if (!term.includes(' ')) words.set(term, 1e6)
      this.speller = new Speller(words)
    }
    return this.speller
  }

  private getForms(): WordForms {
    this.getSpeller()
    return this.forms as WordForms
  }

  private plan(q: string): Plan | null {
    const forms = this.getForms()
    const plan = planQuery(q, this.synonyms, this.getSpeller(), (w) => forms.relatives(w))
    // An old name that O*NET lists under several occupations ("Repairman") is best answered by
    // the older-names table, which says which one people mean: no exact-title shortcut then.
    if (plan && plan.groups.length === 1 && plan.groups[0]?.lay && OLDER_NAMES[plan.groups[0].lay]) {
      const index = this.getExact()
      if (plan.exactKeys.some((k) => (index.get(k)?.length ?? 0) >= AMBIGUOUS_EXACT)) plan.exactKeys = []
    }
    return plan
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
    this.matched = new Map()
    try {
      return this.searchOnce(q, limit)
    } finally {
      this.matched = null
    }
  }

  private searchOnce(q: string, limit: number): SearchResult[] {
    const text = q.trim()
    if (!text) return []
    if (isCodeQuery(text)) return findCodes(text, this.codes, limit).map((c) => this.codeResult(c))
    const plan = this.plan(text)
    if (!plan) return []
    const matcher = new EntryMatcher(plan)
    const found = this.candidates(plan, matcher, limit)
    // Every word in one entry somewhere: the answer. Otherwise some words may be in the way
    // ("nursing studies", "welding class"): search with the words that do match, and say so.
    // A task that holds a school or person word ("Customize treatment programs" for "physical
    // therapy program") is no answer either: tasks are read only when names left room, so
    // without this the answer would depend on how many results were asked for. Ties cannot
    // change whether the first is weak, so they are counted only for the answer.
    const top = found[0]
    const weak = !top || isWeak(top) || (top.tier >= FIELD_TIER.task && plan.groups.some(isContextWord))
    if (plan.groups.length > 1 && weak) {
      const partial = this.fallback(plan, limit, top)
      if (partial) {
        const matcher = new EntryMatcher(partial.plan)
        return partial.ranked.map((c) => ({
          ...this.result(c, partial.plan, matcher),
          partial: partial.notice,
        }))
      }
    }
    return this.untie(found, matcher, limit).map((c) => this.result(c, plan, matcher))
  }

  /** Queries to offer when a search found nothing: a respelling, or one of its words alone. */
  suggest(q: string): string[] {
    const plan = this.plan(q)
    if (!plan) return []
    const out = new Set<string>()
    if (plan.spelled && this.rank(plan, 1).length > 0) out.add(plan.spelled)
    if (plan.groups.length > 1) {
      for (const g of plan.groups) {
        const label = groupLabel(g)
        if (label && this.rank(subPlan([g]), 1).length > 0) out.add(label)
      }
    }
    return [...out].slice(0, 4)
  }

  /**
   * When no single entry holds all the words, or only a weak one does (a setting in an
   * alternate title, a teacher): first leave out the words that match nothing on their own; if
   * the rest still do not meet, the largest group of words that does, keeping the rarest words
   * (what the query is about: "cosmetology", not "school"). Null when nothing better is found.
   */
  private fallback(plan: Plan, limit: number, had: Candidate | undefined) {
    const groups = plan.groups
    const alone = groups.map((g) => this.exists(subPlan([g])))
    const known = groups.filter((_, i) => alone[i])
    if (known.length === 0) return null
    // With nothing found, anything is better; otherwise only a strong match is.
    const better = (c: Candidate | undefined, size: number) =>
      !!c && (had ? !isWeak(c) : c.quality !== Quality.spread || size === 1)
    let choice: { groups: Group[]; ranked: Candidate[] } | null = null
    // Each group of words is judged by its first result; only the chosen one is ranked in full.
    if (known.length < groups.length) {
      const ranked = this.rank(subPlan(known), 1, !!had)
      if (better(ranked[0], known.length)) choice = { groups: known, ranked }
    }
    // "welding class", "pharmacy school": the words without the school and person words first.
    const core = known.filter((g) => !isContextWord(g))
    if (!choice && core.length > 0 && core.length < known.length) {
      const ranked = this.rank(subPlan(core), 1, !!had)
      if (better(ranked[0], core.length)) choice = { groups: core, ranked }
    }
    let tried = 0
    for (let size = known.length - 1; size >= 1 && !choice && tried <= MAX_SUBSETS; size--) {
      let best: { groups: Group[]; ranked: Candidate[]; rarity: number } | null = null
      for (const subset of combinations(known, size)) {
        if (++tried > MAX_SUBSETS) break
        // "milk man" is about milk, "finance major" about finance: "man" or "major" alone never wins.
        if (subset.every(isContextWord) && size < known.length) continue
        const ranked = this.rank(subPlan(subset), 1, !!had)
        if (!better(ranked[0], size)) continue
        const rarity = subset.reduce((n, g) => n + this.commonness(g), 0)
        if (
          !best ||
          rarity < best.rarity ||
          (rarity === best.rarity && compare(ranked[0] as Candidate, best.ranked[0] as Candidate) < 0)
        )
          best = { groups: subset, ranked, rarity }
      }
      choice = best
    }
    // A long query can spend the budget before single words: with nothing found, anything is
    // better than an empty page, and its rarest word says most about what was asked.
    if (!choice && !had) {
      const rarest = [...known].sort((a, b) => this.commonness(a) - this.commonness(b))[0]
      if (rarest) choice = { groups: [rarest], ranked: [] }
    }
    if (!choice) return null
    const kept = new Set(choice.groups)
    const dropped = groups.filter((g) => !kept.has(g))
    const chosen = subPlan(choice.groups)
    return {
      plan: chosen,
      ranked: this.rank(chosen, limit),
      notice: {
        showing: choice.groups.map(groupLabel).join(' '),
        dropped: dropped.map(groupLabel),
        alone: dropped.every((g) => !alone[groups.indexOf(g)]),
      },
    }
  }

  /** How many occupations use a group's rarest word (or a lay word's expansions); school and person words count as common. */
  private commonness(g: Group): number {
    if (isContextWord(g)) return Number.MAX_SAFE_INTEGER
    this.getSpeller()
    const weights = this.weights as Map<string, number>
    const weight = (w: string) => weights.get(w) ?? 0
    // A lay word is as common as what it stands for: "fix" finds every repairer and mechanic.
    if (g.lay) return g.expansions.reduce((n, p) => n + Math.min(...p.words.map(weight)), 0)
    return Math.min(...g.words.map((w) => weight(w.spelled[0] ?? w.typed)))
  }

  /** The rows a statement matches for an expression, read once per search. */
  private rows(name: 'titles' | 'names' | 'details' | 'programs', expr: string): MatchRow[] {
    const stmt = this.stmts[name]
    if (!stmt) return []
    const key = `${name}\u0000${expr}`
    const hit = this.matched?.get(key)
    if (hit) return hit
    const rows = stmt.all(expr) as MatchRow[]
    this.matched?.set(key, rows)
    return rows
  }

  /** Whether anything at all matches a plan (cheaper than ranking it). */
  private exists(plan: Plan): boolean {
    const expr = ftsExpression(plan)
    return [this.stmts.anyName, this.stmts.anyDetail, this.stmts.anyProgram].some(
      (s) => s && s.get(expr) !== undefined,
    )
  }

  /**
   * The best candidates for a plan, in result order. `light`: names and programs only, no ties
   * (enough to judge a group of words in a fallback).
   */
  private rank(plan: Plan, limit: number, light = false): Candidate[] {
    const matcher = new EntryMatcher(plan)
    const found = this.candidates(plan, matcher, limit, light)
    return light ? found.slice(0, limit) : this.untie(found, matcher, limit)
  }

  /**
   * Candidates for a plan, the words as typed first, then their other forms; sorted, but with
   * ties not yet counted (they only reorder candidates of one tier and quality).
   */
  private candidates(plan: Plan, matcher: EntryMatcher, limit: number, light = false): Candidate[] {
    const teaching = asksForTeaching(
      plan.groups.flatMap((g) => [
        ...(g.lay ? [g.lay] : []),
        ...g.words.flatMap((w) => [w.typed, ...w.spelled]),
      ]),
    )
    const found = new Map<string, Candidate>()
    const offer = (c: Candidate) => {
      const had = found.get(c.code)
      if (!had || compare(c, had) < 0) found.set(c.code, c)
    }
    for (const c of this.exactNames(plan)) offer(c)
    const texts = this.getTexts()
    // In the pass for other word forms, an occupation already found by a name as typed stays.
    let settled = (c: Candidate | undefined) => c?.quality === Quality.exact
    const consider = (rows: { rowid: number; code: string }[], fields: Field[], spreadTier: number) => {
      for (const row of rows) {
        const text = texts.get(row.code)
        if (settled(found.get(row.code)) || !text) continue
        const c = this.best(row, text, fields, spreadTier, matcher, teaching)
        if (c) offer(c)
      }
    }
    const expr = ftsExpression(plan)
    const names = this.rows('names', expr)
    // A broad match was cut at NAME_ROWS: make sure title matches were not among the cut.
    if (names.length === NAME_ROWS) consider(this.rows('titles', expr), ['title'], SPREAD_TIER.names)
    consider(names, NAME_FIELDS, SPREAD_TIER.names)
    // Asked for the best one only (judging a fallback): a whole-word name match is it, since
    // programs, other word forms and tasks all rank below names.
    if (limit === 1) {
      const first = [...found.values()].sort(compare)[0]
      if (first && first.bucket === 0 && first.tier < FIELD_TIER.program) return [first]
    }
    // A program is a field's name: one or two typed letters say nothing about it yet.
    if (this.stmts.programs && matcher.wholeWords)
      consider(this.rows('programs', expr), PROGRAM_FIELDS, SPREAD_TIER.programs)
    // Other forms of the words, in titles only ("Biologists" for "biology"): unless the query
    // is exactly a job's name ("electricians"), which needs no other forms.
    if (hasForms(plan) && ![...found.values()].some((c) => c.quality === Quality.exact)) {
      settled = (c) => !!c && c.bucket === 0 && c.tier === FIELD_TIER.title
      consider(this.rows('titles', ftsExpression(plan, true)), ['title'], SPREAD_TIER.names)
    }
    // Tasks and technology fill the room names and programs left.
    if (found.size < limit && !light) consider(this.rows('details', expr), DETAIL_FIELDS, SPREAD_TIER.details)
    return [...found.values()].sort(compare)
  }

  /** The first `limit` candidates once ties are counted where they can change the order. */
  private untie(sorted: Candidate[], matcher: EntryMatcher, limit: number): Candidate[] {
    // Below the names, how many of its entries hold the words tells which occupation a general
    // word ("hospital", "science") is most about. Ties only reorder candidates of one rank, so
    // they are counted for the ranks that reach into the first `limit`, no further.
    const last = sorted[Math.min(limit, sorted.length) - 1]
    if (!last || last.tier < FIELD_TIER.program || !matcher.wholeWords) return sorted.slice(0, limit)
    const texts = this.getTexts()
    let counted = 0
    for (const c of sorted) {
      if (compare({ ...c, ties: 0, extra: 0, rowid: 0 }, { ...last, ties: 0, extra: 0, rowid: 1 }) > 0) break
      if (c.tier < FIELD_TIER.program || c.quality === Quality.exact) continue
      if (++counted > MAX_TIED) break
      const text = texts.get(c.code)
      if (text) c.ties = ties(text, matcher)
    }
    return sorted.sort(compare).slice(0, limit)
  }

  /** Entries that are exactly the query ("Coder", "Nurse"), whatever field they sit in. */
  private exactNames(plan: Plan): Candidate[] {
    const index = this.getExact()
    const out: Candidate[] = []
    for (const key of [...plan.exactKeys, ...exactKeys(plan.spelled ? [plan.spelled] : [])]) {
      for (const e of index.get(key) ?? []) {
        const tier = FIELD_TIER[e.field]
        out.push({ ...e, tier, quality: Quality.exact, bucket: 0, extra: 0, ties: 0 })
      }
    }
    return out
  }

  /** The best-matching entry of an occupation over some fields, as a ranked candidate. */
  private best(
    row: MatchRow,
    text: OccupationText,
    fields: Field[],
    spreadTier: number,
    m: EntryMatcher,
    teaching: boolean,
  ) {
    let best: Candidate | null = null
    for (const field of fields) {
      const hit = m.bestEntry(text.text[field], text.lower[field])
      if (!hit) continue
      // Only a name can be exactly what was asked for: a program called "Acting" is a field.
      if (hit.quality === Quality.exact && !NAME_FIELDS.includes(field)) hit.quality = Quality.words
      const spread = hit.quality === Quality.spread
      let tier = spread ? spreadTier : FIELD_TIER[field]
      // Another form of a word in a name ("Physical" for "physics") is weaker evidence than the
      // word itself in a program: it ranks with programs.
      if (hit.quality === Quality.form) tier = Math.max(tier, FIELD_TIER.program)
      if ((field === 'alternate' || field === 'reported') && !spread && hit.quality !== Quality.exact) {
        // "Hospital Cleaner" is a cleaner; an "All Other" occupation's odd titles say little.
        if (!m.namesHead(hit.text) || /\bAll Other$/.test(text.text.title)) tier = WEAK_NAME_TIER
      }
      if (!teaching && hit.quality !== Quality.exact && isTeaching(row.code))
        tier = Math.max(tier, TEACHING_TIER)
      const c: Candidate = {
        code: row.code,
        rowid: row.rowid,
        field,
        tier,
        quality: hit.quality,
        bucket: hit.quality === Quality.prefix || spread ? 1 : 0,
        extra: hit.extra,
        entry: hit.text,
        ties: 0,
      }
      if (!best || compare(c, best) < 0) best = c
      if (best.quality <= Quality.words && best.tier === FIELD_TIER[best.field]) break
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
      matched: lay
        ? `matched lay word '${lay}' → ${reason}`
        : c.field === 'program'
          ? `${reason}`
          : `matched ${reason}`,
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

/**
 * How tied an occupation is to the words: its alternate titles that hold them, and the share of
 * its programs that do (an occupation most of whose programs are physics is about physics; a
 * manager of every natural science is not, though more of its programs name physics).
 */
function ties(text: OccupationText, m: EntryMatcher): number {
  const programs = text.lower.program
  const total = programs ? programs.split(ENTRY_SEPARATOR).length : 0
  const share = total > 0 ? m.countEntries(programs, 40) / total : 0
  return m.countEntries(text.lower.alternate) + Math.round(4 * share)
}

/** How a group of the query reads in a notice: the lay word, or the words as searched. */
function groupLabel(g: Group): string {
  return g.lay ?? g.words.map((w) => w.spelled[0] ?? w.typed).join(' ')
}

/** No entry holds all the words, or only one that says little about the job. */
const isWeak = (c: Candidate) =>
  c.quality === Quality.spread || (c.tier >= WEAK_NAME_TIER && c.tier < FIELD_TIER.task)

/** A group that says who or in which school setting ("man", "lady", "class", "major"), not what. */
const isContextWord = (g: Group) =>
  !g.lay && g.words.every((w) => PERSON_WORDS.has(w.typed) || SCHOOL_WORDS.has(w.typed))

/** A plan for some of a query's groups, as if only their words had been typed. */
function subPlan(groups: Group[]): Plan {
  const folded = groups.map(groupLabel).join(' ')
  return { groups, spelled: null, folded, exactKeys: exactKeys([folded]) }
}

/** Subsets of `items` of one size, in order (earlier words kept first). */
function* combinations<T>(items: T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield []
    return
  }
  for (let i = from; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i] as T, ...rest]
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
