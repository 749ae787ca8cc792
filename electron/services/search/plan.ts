import { STOP_WORDS, tokenize } from './normalize'
import type { Speller } from './speller'

/** A phrase of folded words; `prefix` lets the last word match longer words. */
export interface Phrase {
  words: string[]
  prefix: boolean
}

/** One typed word: matched as a prefix, or through the spellings the speller offered. */
export interface Word {
  typed: string
  /** Corrected spellings when the typed word matches nothing in the catalog. */
  spelled: string[]
  /** Other forms of the word in the catalog ("biologist" for "biology"), searched second. */
  forms: string[]
}

/** A piece of the query that must match: its own words, or a lay word's expansions. */
export interface Group {
  words: Word[]
  /** The lay word (synonym term) that brought `expansions`, e.g. 'cop'. */
  lay: string | null
  expansions: Phrase[]
}

export interface Plan {
  groups: Group[]
  /** The query as searched when a word was respelled ("nurse" for "nurce"), else null. */
  spelled: string | null
  /** The folded query, to recognise an entry that equals it exactly. */
  folded: string
  /** Folded forms an entry may equal to count as exact: the whole query, and without wrapper words. */
  exactKeys: string[]
}

const MAX_PHRASE = 4
const PERSON = /^([a-z]{4,}?)(?:man|men|woman|women|person|people|lady|boy|girl)$/

/** Words that say a field is being studied ("welding class"): never the only words a fallback keeps. */
export const SCHOOL_WORDS: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'course',
  'courses',
  'program',
  'programs',
  'degree',
  'degrees',
  'major',
  'majors',
  'studies',
  'school',
  'college',
  'university',
  'training',
  'certificate',
  'diploma',
])

/** Words that say who, not what: never the only words a fallback search keeps. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'man',
  'men',
  'woman',
  'women',
  'lady',
  'ladies',
  'boy',
  'boys',
  'girl',
  'girls',
  'guy',
  'guys',
  'person',
  'people',
])

/** Parses "9 to 5 vet tech" style input into groups; null when nothing searchable is left. */
export function planQuery(
  q: string,
  synonyms: Map<string, Phrase[]>,
  speller: Speller,
  forms: (word: string) => string[] = () => [],
): Plan | null {
  // A word typed twice ("nurse nurse") asks for nothing more, and each word is one more the
  // fallback may have to leave out.
  const tokens = [...new Set(tokenize(q))].slice(0, 12)
  if (tokens.length === 0) return null
  const onlyStopWords = tokens.every((t) => STOP_WORDS.has(t))
  const groups: Group[] = []
  let respelled = false
  const spelledTokens: string[] = []
  /** The words (or lay words) already in a group, as they will be searched. */
  const said = new Set<string>()
  for (let i = 0; i < tokens.length; ) {
    const lay = longestSynonym(tokens, i, synonyms)
    if (lay) {
      i += lay.tokens.length
      if (said.has(lay.term)) continue
      said.add(lay.term)
      const words = lay.tokens
        .filter((t) => !STOP_WORDS.has(t))
        .map((t) => ({ typed: t, spelled: [], forms: [] }))
      groups.push({ words, lay: lay.term, expansions: lay.phrases })
      spelledTokens.push(...lay.tokens)
      continue
    }
    const typed = tokens[i] as string
    i++
    if (STOP_WORDS.has(typed) && !onlyStopWords) continue
    // "deliveryman", "washerwoman": a job named by what the person handles, when the
    // compound itself is in no title.
    const person = needsSpelling(typed, speller) ? PERSON.exec(typed) : null
    const t = person?.[1] && speller.knowsPrefix(person[1]) ? person[1] : typed
    const spelled = needsSpelling(t, speller) ? speller.correct(t) : []
    const best = spelled[0]
    // Two misspellings of one word ("nurce nurrse"), or one beside the word itself, are one word.
    if (said.has(best ?? t)) continue
    said.add(best ?? t)
    if (best) {
      respelled = true
      spelledTokens.push(best)
      const viaLay = synonyms.get(best)
      // A respelled lay word still brings its expansions, but the match is credited to the spelling.
      groups.push({ words: [{ typed: t, spelled, forms: [] }], lay: null, expansions: viaLay ?? [] })
    } else {
      spelledTokens.push(t)
      groups.push({ words: [{ typed: t, spelled: [], forms: forms(t) }], lay: null, expansions: [] })
    }
  }
  if (groups.length === 0) return null
  return {
    groups,
    spelled: respelled ? spelledTokens.filter((t) => !STOP_WORDS.has(t)).join(' ') : null,
    folded: tokens.filter((t) => onlyStopWords || !STOP_WORDS.has(t)).join(' '),
    exactKeys: exactKeys([tokens.join(' '), tokens.filter((t) => !STOP_WORDS.has(t)).join(' ')]),
  }
}

/** The keys and their singular/plural forms ("electrician" equals "Electricians"). */
export function exactKeys(keys: string[]): string[] {
  const out = new Set<string>()
  for (const k of keys) if (k) for (const v of [k, `${k}s`, `${k}es`, k.replace(/e?s$/, '')]) out.add(v)
  return [...out]
}

function longestSynonym(
  tokens: string[],
  at: number,
  synonyms: Map<string, Phrase[]>,
): { term: string; tokens: string[]; phrases: Phrase[] } | null {
  for (let n = Math.min(MAX_PHRASE, tokens.length - at); n >= 1; n--) {
    const slice = tokens.slice(at, at + n)
    const term = slice.join(' ')
    const phrases = synonyms.get(term)
    if (phrases) return { term, tokens: slice, phrases }
  }
  return null
}

/** Only a word that matches nothing, not even as the start of a longer word, gets respelled. */
function needsSpelling(word: string, speller: Speller): boolean {
  return word.length >= 4 && !/\d/.test(word) && !speller.knowsPrefix(word)
}

/** Parses a stored expansion ("veterinary technologist*") into a phrase. */
export function parseExpansion(expansion: string): Phrase {
  const trimmed = expansion.trim()
  return { words: tokenize(trimmed), prefix: trimmed.endsWith('*') }
}

const quote = (w: string) => `"${w.replace(/"/g, '""')}"`
/** The index keeps no word positions, so a phrase is its words, the last one maybe a prefix. */
export const phraseFts = (p: Phrase) =>
  p.words.map((w, i) => `${quote(w)}${p.prefix && i === p.words.length - 1 ? '*' : ''}`).join(' AND ')

/** True when some word of the plan has other forms to search for. */
export const hasForms = (plan: Plan) => plan.groups.some((g) => g.words.some((w) => w.forms.length > 0))

/**
 * The FTS5 MATCH expression for a plan, as typed or (`withForms`) with each word's other forms.
 * Every word is quoted, so nothing a user types can be read as FTS syntax (a stray `"`, `*`,
 * `AND (` or `-` is only ever a separator).
 */
export function ftsExpression(plan: Plan, withForms = false): string {
  return plan.groups
    .map((g) => {
      const literal = g.words.map((w) =>
        w.spelled.length > 0
          ? `(${w.spelled.map(quote).join(' OR ')})`
          : withForms && w.forms.length > 0
            ? `(${quote(w.typed)}* OR ${w.forms.map(quote).join(' OR ')})`
            : `${quote(w.typed)}*`,
      )
      const options = [
        ...(literal.length > 0 ? [literal.join(' AND ')] : []),
        ...g.expansions.filter((p) => p.words.length > 0).map(phraseFts),
      ]
      return `(${options.map((o) => `(${o})`).join(' OR ')})`
    })
    .join(' AND ')
}
