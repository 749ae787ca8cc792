import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { contentChecksum } from '../../electron/services/packs/checksum'
import { makeMiniPack, miniOccupations } from '../support/mini-pack'
import { tempDir } from '../support/tmp'

describe('contentChecksum', () => {
  const t = tempDir()
  afterAll(() => t.cleanup())
  const sumOf = (file: string) => {
    const db = new Database(file, { readonly: true })
    try {
      return contentChecksum(db)
    } finally {
      db.close()
    }
  }

  it('depends on what the pack holds, not on the order rows were written or on the manifest', () => {
    const occ = miniOccupations(6)
    const a = makeMiniPack(`${t.dir}/a.sqlite`, { occupations: occ, name: 'A' })
    const b = makeMiniPack(`${t.dir}/b.sqlite`, { occupations: [...occ].reverse(), name: 'B', builtAt: 'x' })
    expect(sumOf(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(sumOf(a)).toBe(sumOf(b))
  })

  it('changes when one figure changes', () => {
    const occ = miniOccupations(6)
    const a = makeMiniPack(`${t.dir}/c.sqlite`, { occupations: occ })
    const changed = occ.map((o, i) => (i === 3 ? { ...o, median: (o.median ?? 0) + 1 } : o))
    const b = makeMiniPack(`${t.dir}/d.sqlite`, { occupations: changed })
    expect(sumOf(a)).not.toBe(sumOf(b))
  })

  it('tells apart text that differs only slightly (empty, digits)', () => {
    const mk = (name: string, v: string) =>
      makeMiniPack(`${t.dir}/${name}.sqlite`, {
        count: 1,
        before: (db) => db.prepare('INSERT INTO bls_totals VALUES (?, 1, ?)').run('k', v),
      })
    const sums = [sumOf(mk('n', 'x')), sumOf(mk('e', '')), sumOf(mk('s', '1'))]
    expect(new Set(sums).size).toBe(3)
  })

  it('skips the search index (virtual tables and their shadow tables)', () => {
    const a = makeMiniPack(`${t.dir}/f.sqlite`, { count: 3 })
    const before = sumOf(a)
    const db = new Database(a)
    db.exec("CREATE VIRTUAL TABLE search USING fts5(title); INSERT INTO search VALUES ('nurse')")
    db.close()
    expect(sumOf(a)).toBe(before)
  })
})
