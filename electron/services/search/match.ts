import { ENTRY_SEPARATOR } from './build-index'
import { fold, STOP_WORDS, wordSpans } from './normalize'
import type { Phrase, Plan } from './plan'

/**
 * How well one entry (a title, a task…) answers the query, lower is better:
 * 0 the entry is the query ("Electricians" for "electrician"), 1 every word found as a whole
 * word, 2 found through a lay word, 3 found as another form of a word ("Biologists" for
 * "biology"), 4 found as the start of a longer word, 5 found only after respelling, 6 the words
 * are spread over several entries.
 */
export const Quality = { exact: 0, words: 1, lay: 2, form: 3, prefix: 4, spelling: 5, spread: 6 } as const

export interface EntryHit {
  quality: number
  /** Words in the entry beyond the query's: "Nurse" is closer to "nurse" than "Nurse Midwives". */
  extra: number
  /** The entry as stored (original case and accents). */
  text: string
}

// ASCII word boundaries: entries are folded to ASCII, and \b is far cheaper than a Unicode look-behind.
const B = '\\b'
/** A whole word, plural allowed: "nurse" is a whole-word match in "Registered Nurses". */
const EP = '(?:s|es)?\\b'
/** Letters, digits and anything beyond ASCII (an accented letter) continue a word. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 127
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const phraseSource = (p: Phrase) => B + p.words.map(esc).join('[^a-z0-9]+') + (p.prefix ? '' : EP)

interface GroupTest {
  words: { prefix: RegExp; whole: RegExp | null; spelled: RegExp | null; forms: RegExp | null }[]
  lay: RegExp | null
  /** The last words of the lay word's expansions: what a job name ends with ("officer"). */
  layHeads: RegExp | null
}

/** Evaluates entries against one query plan; built once per search. */
export class EntryMatcher {
  private readonly groups: GroupTest[]
  /** Words whose start in a field marks an entry worth evaluating. */
  private readonly starts: string[]
  private readonly exact: Set<string>
  private readonly queryWords: number
  private readonly good: number
  /** False when every word is only one or two letters: nothing to weigh yet. */
  readonly wholeWords: boolean
  private readonly highlightWords: { word: string; prefix: boolean }[] = []

  constructor(plan: Plan) {
    const anyParts: string[] = []
    this.groups = plan.groups.map((g) => {
      const words = g.words.map((w) => {
        anyParts.push(w.typed)
        this.highlightWords.push({ word: w.typed, prefix: true })
        const spelled = w.spelled.length > 0 ? `${B}(?:${w.spelled.map(esc).join('|')})${EP}` : null
        const forms = w.forms.length > 0 ? `${B}(?:${w.forms.map(esc).join('|')})${B}` : null
        anyParts.push(...w.spelled, ...w.forms)
        for (const s of [...w.spelled, ...w.forms]) this.highlightWords.push({ word: s, prefix: false })
        return {
          prefix: new RegExp(B + esc(w.typed)),
          // One or two typed letters are the start of a word, never a word ("a" in "CDL-A").
          whole: w.typed.length > 2 ? new RegExp(B + esc(w.typed) + EP) : null,
          spelled: spelled ? new RegExp(spelled) : null,
          forms: forms ? new RegExp(forms) : null,
        }
      })
      const phrases = g.expansions.filter((p) => p.words.length > 0)
      const heads = phrases.map((p) => p.words[p.words.length - 1] as string)
      for (const p of phrases) {
        anyParts.push(p.words[0] as string)
        p.words.forEach((word, i) => {
          if (!STOP_WORDS.has(word))
            this.highlightWords.push({ word, prefix: p.prefix && i === p.words.length - 1 })
        })
      }
      const lay = phrases.length > 0 ? new RegExp(phrases.map(phraseSource).join('|')) : null
      const layHeads =
        heads.length > 0
          ? new RegExp(
              `^(?:${phrases.map((p, i) => esc(heads[i] as string) + (p.prefix ? '' : EP)).join('|')})`,
            )
          : null
      return { words, lay, layHeads }
    })
    // No look-behind here: a pattern that starts with plain words lets the regex engine skip
    // quickly through long task lists; the word boundary is checked by hand on each hit.
    this.starts = [...new Set(anyParts)].filter((w) => w.length > 0)
    // The best quality an entry could reach: one- or two-letter words are only ever prefixes.
    const short = plan.groups.every(
      (g) => !g.lay && g.words.every((w) => w.typed.length <= 2 && !w.spelled.length),
    )
    this.good = short ? Quality.prefix : Quality.words
    this.wholeWords = !short
    this.queryWords = plan.folded.split(' ').length
    this.exact = new Set(plan.exactKeys)
  }

  /** Quality of one folded entry. */
  private quality(folded: string): number {
    let worst: number = Quality.exact
    for (const g of this.groups) {
      let literal = g.words.length > 0 ? Quality.words : Number.POSITIVE_INFINITY
      for (const w of g.words) {
        const q = w.whole?.test(folded)
          ? Quality.words
          : w.forms?.test(folded)
            ? Quality.form
            : w.prefix.test(folded)
              ? Quality.prefix
              : w.spelled?.test(folded)
                ? Quality.spelling
                : Number.POSITIVE_INFINITY
        literal = Math.max(literal, q)
      }
      const best = Math.min(literal, g.lay?.test(folded) ? Quality.lay : Number.POSITIVE_INFINITY)
      if (best === Number.POSITIVE_INFINITY) return Quality.spread
      worst = Math.max(worst, best)
    }
    if (worst > Quality.words) return worst
    const normal = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    return this.exact.has(normal) ? Quality.exact : worst
  }

  /**
   * The best entry of a field (entries joined by ENTRY_SEPARATOR, shortest first), looking at
   * no more than `budget` candidate entries so a long task list stays cheap.
   */
  bestEntry(field: string, folded = fold(field), budget = 6): EntryHit | null {
    if (!field) return null
    return this.scan(field, folded, budget)
  }

  /**
   * Finds entries where a searched word starts, with indexOf (far faster than a regex over
   * long task lists), and evaluates them in field order, which is shortest first for titles.
   */
  private scan(field: string, folded: string, budget: number): EntryHit | null {
    const starts = this.entryStarts(folded, budget)
    let best: EntryHit | null = null
    for (const start of [...starts].sort((a, b) => a - b)) {
      const endAt = folded.indexOf(ENTRY_SEPARATOR, start)
      const end = endAt < 0 ? folded.length : endAt
      const entry = folded.slice(start, end)
      const quality = this.quality(entry)
      if (!best || quality < best.quality)
        best = { quality, extra: this.extraWords(entry), text: entryAt(field, folded, start, end) }
      if (quality <= this.good || --budget <= 0) break
    }
    return best
  }

  /**
   * Whether the query names what the job is (the head of a job name: "Cleaner" in "Hospital
   * Cleaner", "Nurse" in "Nurse, Hospital"), not only where or with what it is done.
   */
  namesHead(entry: string): boolean {
    const lower = fold(entry)
    const main = (lower.split(',')[0] ?? lower).replace(/\([^)]*\)/g, ' ')
    const words = main.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    const head = words[words.length - 1]
    if (!head) return false
    return this.groups.some(
      (g) =>
        g.layHeads?.test(head) ||
        g.words.some(
          (w) => w.whole?.test(head) || w.prefix.test(head) || w.forms?.test(head) || w.spelled?.test(head),
        ),
    )
  }

  /**
   * How many entries of a field answer the whole query (up to `cap`): how strongly an
   * occupation is tied to a general word ("hospital" in seven alternate titles, not one).
   */
  countEntries(lower: string, cap = 8): number {
    if (!lower) return 0
    const starts = new Set<number>()
    for (const word of this.starts) {
      // Any occurrence counts toward the bound, word start or not: a long field stays cheap.
      let seen = 0
      for (let i = lower.indexOf(word); i >= 0 && seen < cap * 2; i = lower.indexOf(word, i + 1)) {
        seen++
        if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue
        starts.add(lower.lastIndexOf(ENTRY_SEPARATOR, i) + 1)
      }
    }
    let n = 0
    for (const start of starts) {
      const endAt = lower.indexOf(ENTRY_SEPARATOR, start)
      if (this.quality(lower.slice(start, endAt < 0 ? lower.length : endAt)) < Quality.spread && ++n >= cap)
        break
    }
    return n
  }

  /**
   * Where the entries start in which a searched word starts, from the first `max` places each
   * word starts in the field (indexOf: far faster than a regex over long task lists).
   */
  private entryStarts(folded: string, max: number): Set<number> {
    const starts = new Set<number>()
    for (const word of this.starts) {
      let found = 0
      for (let i = folded.indexOf(word); i >= 0 && found < max; i = folded.indexOf(word, i + 1)) {
        if (i > 0 && isWordChar(folded.charCodeAt(i - 1))) continue
        starts.add(folded.lastIndexOf(ENTRY_SEPARATOR, i) + 1)
        found++
      }
    }
    return starts
  }

  extraWords(folded: string): number {
    const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w)).length
    return Math.max(0, words - this.queryWords)
  }

  /** Character ranges of `text` to highlight: the words the query found there. */
  highlights(text: string): [number, number][] {
    const out: [number, number][] = []
    for (const [start, end, word] of wordSpans(text)) {
      const hit = this.highlightWords.some((h) => (h.prefix ? word.startsWith(h.word) : word === h.word))
      if (hit) out.push([start, end])
    }
    return out
  }
}

/** The original entry for a folded range (folding keeps the separators, not always offsets). */
function entryAt(field: string, folded: string, start: number, end: number): string {
  if (field.length === folded.length) return field.slice(start, end)
  const index = countSeparators(folded, start)
  return field.split(ENTRY_SEPARATOR)[index] ?? ''
}

function countSeparators(s: string, upTo: number): number {
  let n = 0
  for (let i = s.indexOf(ENTRY_SEPARATOR); i >= 0 && i < upTo; i = s.indexOf(ENTRY_SEPARATOR, i + 1)) n++
  return n
}
