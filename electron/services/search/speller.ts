/**
 * Typo tolerance for search: finds the catalog words within a small edit distance of a word
 * that matches nothing ("electrican" → electrician, "nurce" → nurse). Built once per installed
 * pack from the FTS vocabulary with a one-deletion index (SymSpell): a lookup generates the
 * deletions of the typed word and meets the dictionary's deletions halfway, so it never scans
 * the whole vocabulary.
 */
export class Speller {
  private readonly freq: Map<string, number>
  private readonly sorted: string[]
  private readonly deletes = new Map<string, string[]>()
  /** The longest catalog word: a typed word much longer than it is no typo of one. */
  private readonly longest: number

  /** `words`: every indexed word with a weight (how many occupations use it, names weigh more). */
  constructor(words: Map<string, number>) {
    this.freq = words
    this.sorted = [...words.keys()].sort()
    this.longest = this.sorted.reduce((n, w) => Math.max(n, w.length), 0)
    for (const w of this.sorted) {
      if (w.length < 3 || /\d/.test(w)) continue
      this.link(w, w)
      for (const d of deletions(w)) this.link(d, w)
    }
  }

  private link(key: string, word: string): void {
    const list = this.deletes.get(key)
    if (!list) this.deletes.set(key, [word])
    else if (list[list.length - 1] !== word) list.push(word)
  }

  has(word: string): boolean {
    return this.freq.has(word)
  }

  /** True when some catalog word starts with `prefix` (what a prefix query would match). */
  knowsPrefix(prefix: string): boolean {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    return lo < this.sorted.length && (this.sorted[lo] as string).startsWith(prefix)
  }

  /**
   * Up to `max` catalog words closest to `word`, best first: distance 1 for words of 4-7
   * letters, 2 for longer ones; too short or numeric words are never "corrected".
   */
  correct(word: string, max = 2): string[] {
    const limit = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0
    // The probes grow with the square of the word's length (a million for a 1,000-letter one).
    if (limit === 0 || /\d/.test(word) || word.length > this.longest + limit) return []
    const probes = new Set([word, ...deletions(word)])
    if (limit === 2) for (const d of [...probes]) for (const dd of deletions(d)) probes.add(dd)
    const found = new Map<string, number>()
    for (const p of probes) {
      for (const cand of this.deletes.get(p) ?? []) {
        if (found.has(cand) || cand === word) continue
        const d = distance(word, cand, limit)
        if (d <= limit) found.set(cand, d)
      }
    }
    return [...found.entries()]
      .sort(
        (a, b) =>
          a[1] - b[1] ||
          Number(b[0][0] === word[0]) - Number(a[0][0] === word[0]) ||
          (this.freq.get(b[0]) ?? 0) - (this.freq.get(a[0]) ?? 0),
      )
      .slice(0, max)
      .map(([w]) => w)
  }
}

function deletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping past `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1)
      cur.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > limit) return limit + 1
    prev2 = prev
    prev = cur
  }
  return prev[b.length] as number
}
