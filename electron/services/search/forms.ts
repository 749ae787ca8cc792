import { openSqlite } from '../db/sqlite'

/**
 * Word families: the catalog words that are forms of one another ("nursing" and "nurses",
 * "biology" and "biologist", "welding" and "welder", "pharmacy" and "pharmacist"), so a student
 * who names a field finds the people who practise it.
 *
 * The stem is SQLite's own Porter stemmer (FTS5's `porter` tokenizer, run over an in-memory
 * table); on top of it a few derivational endings of field and practitioner names are joined
 * (the -ology/-ologist, -y/-ist, -ing/-er and -ian pairs Porter keeps apart). Forms only ever
 * widen a search: a word as typed always ranks before its relatives.
 */
export class WordForms {
  private readonly keyOf = new Map<string, string>()
  private readonly families = new Map<string, string[]>()
  private readonly memory = openSqlite(':memory:')
  /** Keys of typed words the catalog does not hold, as they are asked for. */
  private readonly typed = new Map<string, string | null>()
  private readonly probe: { insert: (w: string) => void; stem: () => string | undefined; clear: () => void }

  /** `words`: every catalog word with a weight (more common words are offered first). */
  constructor(words: Map<string, number>) {
    this.memory.exec(`
      CREATE VIRTUAL TABLE words USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE stems USING fts5vocab('words', 'instance');`)
    const list = [...words.keys()].filter((w) => w.length >= 3 && !/\d/.test(w))
    const insert = this.memory.prepare('INSERT INTO words (rowid, w) VALUES (?, ?)')
    this.memory.transaction(() => {
      list.forEach((w, i) => {
        insert.run(i + 1, w)
      })
    })()
    for (const r of this.memory.prepare('SELECT term, doc FROM stems').iterate() as Iterable<{
      term: string
      doc: number
    }>) {
      const word = list[r.doc - 1]
      if (!word) continue
      const key = familyKey(r.term)
      this.keyOf.set(word, key)
      const family = this.families.get(key)
      if (family) family.push(word)
      else this.families.set(key, [word])
    }
    for (const family of this.families.values())
      family.sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0) || a.localeCompare(b))
    // Words typed that the catalog does not hold are stemmed one at a time in a table of their
    // own, kept empty (the vocabulary table of a big one is scanned whole on every look-up).
    this.memory.exec(`
      DROP TABLE stems; DROP TABLE words;
      CREATE VIRTUAL TABLE probe USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE probe_stems USING fts5vocab('probe', 'instance');`)
    const probeInsert = this.memory.prepare('INSERT INTO probe (rowid, w) VALUES (1, ?)')
    const probeStem = this.memory.prepare('SELECT term FROM probe_stems').pluck()
    const probeClear = this.memory.prepare('DELETE FROM probe')
    this.probe = {
      insert: (w) => probeInsert.run(w),
      stem: () => probeStem.get() as string | undefined,
      clear: () => probeClear.run(),
    }
  }

  /** The family key of any word, catalog word or not. */
  key(word: string): string | null {
    const known = this.keyOf.get(word)
    if (known) return known
    if (word.length < 3 || /\d/.test(word)) return null
    const cached = this.typed.get(word)
    if (cached !== undefined) return cached
    this.probe.insert(word)
    const stem = this.probe.stem()
    this.probe.clear()
    const key = stem ? familyKey(stem) : null
    if (this.typed.size > 5000) this.typed.clear()
    this.typed.set(word, key)
    return key
  }

  /**
   * The catalog words of `word`'s family that a prefix search for it would not already find
   * ("biologist" for "biology"; not "nurses" for "nurse"), most common first.
   */
  relatives(word: string, max = 5): string[] {
    if (word.length < 4) return []
    const key = this.key(word)
    if (!key) return []
    // Much shorter forms are mostly other words that share a stem ("dents" for "dentists").
    const shortest = Math.max(4, word.length - 2)
    return (this.families.get(key) ?? [])
      .filter((w) => !w.startsWith(word) && w.length >= shortest)
      .slice(0, max)
  }

  close(): void {
    this.memory.close()
  }
}

/**
 * Derivational endings joined after Porter, longest first; each keeps at least MIN letters.
 * Both sides of a pair go through the same rules, so only consistency matters, not linguistics.
 */
const ENDINGS: [ending: string, replacement: string][] = [
  ['istri', ''], // chemistry / chemist, dentistry / dentist
  ['enc', 'ent'], // science / scientist, agency / agent
  ['ologist', 'olog'], // biologist / biology
  ['ist', ''], // pharmacist / pharmacy, therapist / therapy, journalist / journalism
  ['ician', ''], // electrician / electrical, mathematician / mathematics
  ['ian', ''], // librarian / library, musician / music
  ['ator', ''], // educator / education, administrator / administration
  ['yer', ''], // lawyer / law
  ['er', ''], // welder / welding, teacher / teaching, plumber / plumbing
  ['or', ''], // editor / editing, counselor / counseling, surveyor / surveying
  ['i', ''], // Porter's y → i: pharmaci, librari, therapi
  ['al', ''], // dental / dentist, clinical / clinic
  ['olog', ''], // psychology / psych-
  ['ion', ''], // nutrition / nutritionist
  ['ur', ''], // architecture / architect
  ['e', ''], // drive / driver
]
const MIN = 4

export function familyKey(stem: string): string {
  let s = stem
  for (let pass = 0; pass < 4; pass++) {
    if (s.endsWith('y')) s = `${s.slice(0, -1)}i` // surveyor → survey → survei, as Porter says surveying
    const before = s
    for (const [ending, replacement] of ENDINGS) {
      if (!s.endsWith(ending)) continue
      if (ending === 'ist' && s.endsWith('sist')) continue // assist, resist, consist
      const rest = s.slice(0, -ending.length) + replacement
      if (rest.length < (ending === 'yer' ? 3 : MIN)) continue
      s = rest
      break
    }
    // forestr(y) / forest(er), carpentr(y) / carpent(er), masonr(y) / mason
    if (/[^aeiouc]r$/.test(s) && s.length > MIN) s = s.slice(0, -1)
    // programm(er) / program(ming)
    if (/([^aeioulsz])\1$/.test(s)) s = s.slice(0, -1)
    if (s === before) break
  }
  return s
}
