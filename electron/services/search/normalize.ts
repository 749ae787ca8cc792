/**
 * Text folding that mirrors the FTS5 tokenizer (unicode61 remove_diacritics 2): lower case,
 * accents stripped, split on anything that is not a letter or digit. The query side must fold
 * exactly like the index side, or "café" and "cafe" would not meet.
 */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: plain ASCII needs no Unicode folding
const ASCII = /^[\x00-\x7f]*$/

export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

/**
 * Words a student wraps around what they mean ("I want to be a vet"). Dropped unless the whole
 * query is made of them, so a lone "a" still searches as a prefix.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'with',
  'for',
  'in',
  'on',
  'to',
  'at',
  'as',
  'by',
  'i',
  'im',
  'want',
  'wanna',
  'would',
  'like',
  'be',
  'become',
  'becoming',
  'being',
  'do',
  'job',
  'jobs',
  'career',
  'careers',
  'something',
  'some',
  'kind',
  'type',
  'my',
  'me',
  // Everyday verbs around what is meant ("work on cars", "make movies", "take pictures").
  'work',
  'working',
  'make',
  'making',
  'get',
  'getting',
  'take',
  'taking',
  'look',
  'looking',
  'help',
  'helping',
  'put',
  'out',
  'their',
  'them',
  'others',
])

/** Query tokens with the wrapper words removed (kept when nothing else is left). */
export function queryTokens(text: string): string[] {
  const all = tokenize(text).slice(0, 12)
  const kept = all.filter((t) => !STOP_WORDS.has(t))
  return kept.length > 0 ? kept : all
}

/** Word spans of the original text, for highlighting: [start, end, folded word]. */
export function wordSpans(text: string): [number, number, string][] {
  const spans: [number, number, string][] = []
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = m.index ?? 0
    spans.push([start, start + m[0].length, fold(m[0])])
  }
  return spans
}
