import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../electron/services/context'
import type { DB } from '../../electron/services/db/open'
import { SearchEngine } from '../../electron/services/search/engine'
import { searchEngineFor } from '../../electron/services/search/engine-for'
import { buildSearchFixture } from './search-fixture'

const dir = mkdtempSync(join(tmpdir(), 'ca-search-'))
let db: DB
let engine: SearchEngine
const codes = (q: string, n = 3) => engine.search(q, n).map((r) => r.code)

beforeAll(() => {
  db = new Database(buildSearchFixture(join(dir, 'catalog.sqlite')), { readonly: true })
  engine = new SearchEngine(db)
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('search on a small catalog', () => {
  it('finds an occupation by its title, an alternate title and its code in every written form', () => {
    for (const q of ['medical records', 'Medical Coder', '29-2072', '29-2072.00', '292072', '29 2072']) {
      expect(codes(q)[0], q).toBe('29-2072.00')
    }
  })

  it('says why each result matched', () => {
    const [r] = engine.search('coding specialist', 1)
    expect(r?.matched).toBe('matched alternate title: Coding Specialist')
    expect(r?.field).toBe('alternate')
    expect(r?.snippet.slice(...(r.highlights[0] ?? [0, 0]))).toBe('Coding')
    expect(engine.search('29-2072', 1)[0]?.matched).toBe('matched code: 29-2072.00')
  })

  it('follows lay words from the synonym table in the pack', () => {
    const cop = engine.search('cop', 3)
    expect(cop[0]?.code).toBe('33-3051.00')
    expect(cop[0]?.layWord).toBe('cop')
    expect(cop[0]?.matched).toMatch(/^matched lay word 'cop'/)
    expect(codes('coder', 5)).toEqual(expect.arrayContaining(['29-2072.00', '15-1251.00']))
    expect(codes('vet tech')[0]).toBe('29-2056.00')
    expect(codes('I want to be a vet')[0]).toBe('29-2056.00')
  })

  it('respells a word that matches nothing', () => {
    const [e] = engine.search('electrican', 1)
    expect(e?.code).toBe('47-2111.00')
    expect(e?.spelledAs).toBe('electrician')
    expect(codes('nurce')[0]).toBe('29-1141.00')
    expect(engine.suggest('electrican plumbing')).toContain('electrician')
  })

  it('folds accents both ways', () => {
    expect(codes('cafe')).toContain('35-3023.00')
    expect(codes('café')).toContain('35-3023.00')
    expect(codes('CAFÉ')).toEqual(codes('cafe'))
  })

  it('ranks a title match above a task-only match', () => {
    const r = engine.search('medical records', 10)
    const title = r.findIndex((x) => x.code === '29-2072.00')
    const task = r.findIndex((x) => x.code === '35-1011.00')
    expect(title).toBe(0)
    expect(task).toBeGreaterThan(title)
    expect(r[task]?.field).toBe('task')
  })

  it('searches prefixes as the user types', () => {
    expect(codes('elec')[0]).toBe('47-2111.00')
    expect(codes('e', 10)).toContain('47-2111.00')
    expect(codes('vet t')[0]).toBe('29-2056.00')
  })

  it('never throws on text that is FTS syntax', () => {
    for (const q of [
      '"',
      '*',
      'AND (',
      '-',
      'OR',
      'NOT',
      'NEAR(a b)',
      '"unterminated',
      'a:b',
      '{title}:x',
      '^x',
      '()',
      '\u0000',
      '💼',
      ' ',
      '-nurse',
      'nurse"*',
    ]) {
      expect(() => engine.search(q, 10), q).not.toThrow()
      expect(() => engine.suggest(q), q).not.toThrow()
    }
    expect(engine.search('   ', 10)).toEqual([])
  })

  it('returns each occupation once, with its job zone and median wage', () => {
    const r = engine.search('nurse', 25)
    expect(new Set(r.map((x) => x.code)).size).toBe(r.length)
    expect(r[0]).toMatchObject({ code: '29-1141.00', jobZone: 3, medianWage: 93600 })
  })
})

describe('the search engine cache', () => {
  it('is rebuilt when the installed catalog changes', () => {
    let version = 0
    const ctx = {
      catalog: {
        get: () => db,
        get version() {
          return version
        },
      },
    } as unknown as ServiceContext
    const first = searchEngineFor(ctx)
    expect(searchEngineFor(ctx)).toBe(first)
    version++
    expect(searchEngineFor(ctx)).not.toBe(first)
  })
})

describe('a pack without a search index', () => {
  it('is refused with a message a counselor can act on', () => {
    const bare = new Database(':memory:')
    bare.exec(
      'CREATE TABLE occupations (code TEXT, title TEXT, job_zone INTEGER); CREATE TABLE wages (code TEXT, a_median REAL); CREATE TABLE synonyms (term TEXT, expansion TEXT)',
    )
    const ctx = { catalog: { get: () => bare, version: 7 } } as unknown as ServiceContext
    expect(() => searchEngineFor(ctx)).toThrow(/no search index/)
    bare.close()
  })
})
