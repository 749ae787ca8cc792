import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// A cycle makes load order decide what a module sees (undefined at import time) and keeps a
// folder from being understood or moved on its own. Type-only imports count: they are the
// first step to a value import, and the tools that report cycles (madge) count them too.
const ROOT = resolve(__dirname, '../../electron/services/reports')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

function localImports(file: string): string[] {
  const src = readFileSync(file, 'utf8')
  const out: string[] = []
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)) {
    const base = resolve(dirname(file), m[1]!)
    const hit = [`${base}.ts`, join(base, 'index.ts')].find(existsSync)
    if (hit?.startsWith(ROOT)) out.push(hit)
  }
  return out
}

function cycles(): string[][] {
  const graph = new Map(files(ROOT).map((f) => [f, localImports(f)]))
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (f: string) => {
    state.set(f, 'open')
    stack.push(f)
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push(stack.slice(stack.indexOf(g)).map((p) => relative(ROOT, p)))
      else if (!state.has(g)) visit(g)
    }
    stack.pop()
    state.set(f, 'done')
  }
  for (const f of graph.keys()) if (!state.has(f)) visit(f)
  return found
}

describe('report services imports', () => {
  it('form no cycle (batch run/context/zip share batch/types, kit doc/fonts share kit/types)', () => {
    expect(cycles()).toEqual([])
  })
})
