import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, methodNames } from '../../shared/api'
import { tempServices } from '../support/tmp'

/** A small seeded generator so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NASTY: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  '',
  'x'.repeat(100_000),
  "'; DROP TABLE students; --",
  '../../etc/passwd',
  '\u0000\uffff',
  [],
  [1, 2, 3],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: 1 } } },
]

function randomValue(r: () => number, depth = 0): unknown {
  const pick = r()
  if (pick < 0.35 || depth > 2) return NASTY[Math.floor(r() * NASTY.length)]
  if (pick < 0.55) return Math.floor(r() * 2 ** 40) * (r() < 0.5 ? -1 : 1)
  if (pick < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1))
  const keys = ['id', 'code', 'q', 'name', 'path', 'studentId', 'limit', 'grade', 'codes', 'passcode', 'x']
  return Object.fromEntries(
    Array.from({ length: 1 + Math.floor(r() * 4) }, () => [
      keys[Math.floor(r() * keys.length)]!,
      randomValue(r, depth + 1),
    ]),
  )
}

describe('every API method under random and malformed input', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  const digest = () => {
    const h = createHash('sha256')
    const tables = s.ctx.clients
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as {
      name: string
    }[]
    for (const { name } of tables)
      h.update(JSON.stringify(s.ctx.clients.prepare(`SELECT * FROM "${name}"`).all()))
    return h.digest('hex')
  }
  beforeAll(async () => {
    s = await tempServices()
    await s.call('students.create', { name: 'Fuzz Keeper' })
  })
  afterAll(() => s.cleanup())

  it('answers only with validation errors and changes no stored data', async () => {
    const before = digest()
    const r = rng(20261126)
    let sent = 0
    for (const method of methodNames) {
      for (let i = 0; i < 40; i++) {
        const input = randomValue(r)
        // Only inputs the contract rejects: a random input that happens to be valid is a real call.
        if (api[method].input.safeParse(input).success) continue
        const res = await s.call(method, input)
        sent++
        expect(res, `${method} ${JSON.stringify(input)?.slice(0, 200)}`).toMatchObject({
          ok: false,
          code: 'VALIDATION',
        })
      }
    }
    expect(sent).toBeGreaterThan(methodNames.length * 20)
    expect(digest()).toBe(before)
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('never crashes on inputs that pass validation but name nothing real (unknown ids, codes, paths)', async () => {
    const r = rng(7)
    let sent = 0
    for (const method of methodNames) {
      for (let i = 0; i < 60; i++) {
        const input = randomValue(r)
        if (!api[method].input.safeParse(input).success) continue
        const res = await s.call(method, input)
        sent++
        if (!res.ok)
          expect(res.code, `${method} ${JSON.stringify(input)?.slice(0, 200)}`).not.toBe('INTERNAL')
      }
    }
    expect(sent).toBeGreaterThan(0)
  })
})
