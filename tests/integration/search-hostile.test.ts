import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DB } from '../../electron/services/db/open'
import { SearchEngine } from '../../electron/services/search/engine'
import { nationalPackPath } from '../support/national-pack'

// What a bored student or a pasted paragraph types, on the national pack.
let db: DB
let engine: SearchEngine
const NURSE = '29-1141.00'

beforeAll(async () => {
  db = new Database(await nationalPackPath(), { readonly: true, fileMustExist: true })
  engine = new SearchEngine(db)
})
afterAll(() => db?.close())

/** How many word groups the engine ranked to answer `q`. */
function groupsRanked(q: string): { results: ReturnType<SearchEngine['search']>; ranked: number } {
  const spy = vi.spyOn(engine as unknown as { rank: () => unknown }, 'rank')
  try {
    const results = engine.search(q, 25)
    return { results, ranked: spy.mock.calls.length }
  } finally {
    spy.mockRestore()
  }
}

describe('long and pathological queries', () => {
  it('judges a bounded number of word groups when twelve known words never meet', () => {
    // Twelve words have 4,094 smaller groups; each judged group costs SQL statements.
    const q = 'nurse plumber welder baker chef pilot dentist lawyer farmer judge clerk miner'
    const { results, ranked } = groupsRanked(q)
    expect(ranked).toBeLessThanOrEqual(40)
    expect(results.length).toBeGreaterThan(0)
    expect(results[0]?.partial?.dropped.length).toBeGreaterThan(0)
  })

  it('shows something for twelve everyday verbs that never meet', () => {
    const { results, ranked } = groupsRanked(
      'fix teach grow catch help sell build drive cook clean care make',
    )
    expect(ranked).toBeLessThanOrEqual(40)
    expect(results.length).toBeGreaterThan(0)
  })

  it('reads a word typed again and again as the word once', () => {
    expect(engine.search('nurse nurse nurse nurse', 5).map((r) => r.code)).toEqual(
      engine.search('nurse', 5).map((r) => r.code),
    )
    const [first] = engine.search('nurse qqqqzz nurse qqqqzz', 3)
    expect(first?.code).toBe(NURSE)
    expect(first?.partial).toEqual({ showing: 'nurse', dropped: ['qqqqzz'], alone: true })
    // Two misspellings of one word, or one beside the word, are the word once.
    for (const q of ['plumber nurce nurrse', 'plumber nurce nurse'])
      expect(engine.search(q, 3)[0]?.partial, q).toMatchObject({ dropped: ['nurse'] })
    // Twelve times one word is one word: nothing to leave out, no notice.
    const teach = groupsRanked('teach '.repeat(12))
    expect(teach.ranked).toBe(0)
    expect(teach.results[0]?.partial).toBeUndefined()
  })

  it('answers a word longer than any catalog word without trying to respell it', () => {
    // Respelling probes grow with the square of the word (seconds for 1,000 letters).
    expect(engine.search('ab'.repeat(500), 5)).toEqual([])
    expect(engine.suggest('ab'.repeat(500))).toEqual([])
    expect(engine.search(`nurse ${'x'.repeat(300)}`, 3)[0]?.code).toBe(NURSE)
  })

  it('treats FTS syntax, quotes and symbols around a word as the word', () => {
    for (const q of ['"nurse', 'nurse*', '-nurse', '^nurse', "nurse' OR 1=1 --", '👩‍⚕️ nurse', 'nurse\u200b'])
      expect(engine.search(q, 3)[0]?.code, q).toBe(NURSE)
    for (const q of ['"', '*', '(((', ')))', '😀', '中文', '\u0000', '-- ;', 'NEAR(nurse'])
      expect(() => engine.search(q, 3), q).not.toThrow()
  })
})
