import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { methodNames } from '../../shared/api'

// A maintainer looking for 'caseload.stats' opens shared/api/caseload.ts: every method sits in the
// slice file named for its prefix, so the contract can be read (and merged) slice by slice.
const dir = join(__dirname, '../../shared/api')

function isMethodMap(v: unknown): v is Record<string, { input: { safeParse: unknown } }> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false
  const values = Object.values(v)
  return (
    values.length > 0 &&
    values.every(
      (m) =>
        !!m &&
        typeof m === 'object' &&
        typeof (m as { input?: { safeParse?: unknown } }).input?.safeParse === 'function',
    )
  )
}

/** Every method each slice file defines, as `file → methods`. */
async function slices(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(join(dir, f))) as Record<string, unknown>
    const methods = Object.values(mod)
      .filter(isMethodMap)
      .flatMap((m) => Object.keys(m))
    if (methods.length) out.set(basename(f, '.ts'), methods)
  }
  return out
}

describe('the API slice files', () => {
  it('hold only methods whose prefix is the file name', async () => {
    const misplaced: string[] = []
    for (const [file, methods] of await slices())
      for (const m of methods) if (m.slice(0, m.indexOf('.')) !== file) misplaced.push(`${m} in ${file}.ts`)
    expect(misplaced).toEqual([])
  })

  it('define every method of the contract exactly once', async () => {
    const defined = [...(await slices()).values()].flat()
    expect(defined.length).toBe(new Set(defined).size)
    expect([...defined].sort()).toEqual([...methodNames].sort())
  })
})
