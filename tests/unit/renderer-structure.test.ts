import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const RENDERER = join(ROOT, 'renderer/src')

function walk(dir: string, test: (f: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, test, out)
    else if (test(p)) out.push(p)
  }
  return out
}

const rel = (f: string) => relative(ROOT, f)
const code = (dir: string) => walk(join(ROOT, dir), (f) => /\.(ts|tsx|mjs)$/.test(f))
const importsOf = (file: string): string[] =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    ),
  ]
    .map((m) => m[1] as string)
    .map((spec) => resolveSpec(file, spec))
    .filter((f): f is string => f !== null)

function resolveSpec(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const ext of ['', '.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'])
    try {
      if (statSync(base + ext).isFile()) return base + ext
    } catch {}
  return null
}

/** Every cycle found by a depth-first walk, each as the files around it. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => /\.(ts|tsx|mjs)$/.test(t))]))
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (f: string) => {
    state.set(f, 'open')
    stack.push(f)
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') found.push(stack.slice(stack.indexOf(t)).map(rel))
      else if (!state.has(t)) visit(t)
    }
    stack.pop()
    state.set(f, 'done')
  }
  for (const f of files) if (!state.has(f)) visit(f)
  return found
}

describe('code structure', () => {
  it('has no import cycles in the renderer, the services (reports kit and batch included) or shared', () => {
    expect(cycles([...code('renderer/src'), ...code('electron'), ...code('shared')])).toEqual([])
  })

  it('features import only components, hooks, the router, the api and shared — never another feature', () => {
    const wrong: string[] = []
    for (const f of code('renderer/src/features')) {
      const own = relative(join(RENDERER, 'features'), f).split('/')[0]
      for (const t of importsOf(f)) {
        const r = relative(RENDERER, t)
        if (r.startsWith('features/') && r.split('/')[1] !== own) wrong.push(`${rel(f)} → ${r}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

// Strictly prefixed feature styles: a class belongs to one feature and one CSS file.
const PREFIX: Record<string, string> = {
  'features/explore': 'ex-',
  'features/profile': 'pf-',
  'features/browse': 'br-',
  'features/compare': 'cm-',
  'features/students/interests': 'in-',
  'features/students': 'st-',
  'features/caseload': 'cl-',
  'features/data': 'dt-',
  'features/settings': 'se-',
  'features/lock': 'lk-',
  'components/reports': 'rp-',
  'components/charts': 'ch-',
}
const cssFiles = walk(RENDERER, (f) => f.endsWith('.css'))
/**
 * The class each rule is scoped to: the first class of every selector. A feature styles its own
 * elements under its own classes (`.se-form .ui-field` is settings' rule for a shared field).
 */
const scopesOf = (css: string): string[] => [
  ...new Set(
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)]
      .flatMap((m) => (m[1] as string).split(','))
      .filter((sel) => !/^\s*(@|from|to|\d)/.test(sel))
      .map((sel) => /\.(-?[_a-zA-Z][\w-]*)/.exec(sel)?.[1])
      .filter((c): c is string => c !== undefined),
  ),
]

describe('renderer styles', () => {
  it('scopes every rule in a feature stylesheet to a class with its prefix', () => {
    const wrong: string[] = []
    for (const f of cssFiles) {
      const r = relative(RENDERER, dirname(f))
      const key = Object.keys(PREFIX).find((k) => r === k || r.startsWith(`${k}/`))
      if (!key) continue
      for (const c of scopesOf(readFileSync(f, 'utf8')))
        if (!c.startsWith(PREFIX[key] as string)) wrong.push(`${rel(f)}: .${c}`)
    }
    expect(wrong).toEqual([])
  })

  it('styles each class from one stylesheet only', () => {
    const owner = new Map<string, string>()
    const twice: string[] = []
    for (const f of cssFiles)
      for (const c of scopesOf(readFileSync(f, 'utf8'))) {
        const o = owner.get(c)
        if (o && o !== f) twice.push(`.${c}: ${rel(o)} and ${rel(f)}`)
        owner.set(c, f)
      }
    expect(twice).toEqual([])
  })

  it('writes colours only as tokens (custom properties), never as literals in rules', () => {
    const literal = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(?:white|black|red|blue|green|gray|grey)\b/
    const wrong: string[] = []
    for (const f of cssFiles)
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .forEach((line, i) => {
          if (literal.test(line) && !/^\s*--[\w-]+\s*:/.test(line))
            wrong.push(`${rel(f)}:${i + 1}: ${line.trim()}`)
        })
    expect(wrong).toEqual([])
  })
})

/*
 * Colours live in three places: the stylesheet's tokens (screens; charts pass `var(--…)` to
 * recharts), the report kit's theme (PDFs) and the chart palette (series colours that travel
 * with a chart model to both). A literal anywhere else is a colour the palette cannot change.
 */
const COLOUR_LITERAL =
  /#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\(|['"`](?:white|black|red|blue|green|gray|grey|orange|purple|yellow)['"`]/

/** A colour in the code of a line; its comment may name an issue (#123) or an old value. */
const hasColour = (line: string) =>
  COLOUR_LITERAL.test(line.replace(/^\s*(?:\/\/|\/\*|\*).*$/, '').replace(/\s\/\/\s.*$/, ''))

function colourLiterals(files: string[], allowed: string[]): string[] {
  const wrong: string[] = []
  for (const f of files) {
    if (allowed.includes(rel(f))) continue
    readFileSync(f, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (hasColour(line)) wrong.push(`${rel(f)}:${i + 1}: ${line.trim()}`)
      })
  }
  return wrong
}

describe('colours in code', () => {
  it('the rule finds colours in code, not issue numbers, anchors or old values in comments', () => {
    for (const line of [
      "doc.rect(0, 0, w, 18).fill('#b3261e')",
      '<rect stroke="#fff" />',
      "cursor={{ fill: 'rgba(31,95,153,0.06)' }}",
      "flow.para(t, { color: 'white' })",
      "style={{ border: '1px solid #ccc' }}",
    ])
      expect(hasColour(line), line).toBe(true)
    for (const line of [
      '// see issue #123 for why',
      ' * the #fff ground of the old cover',
      'stroke={CHART_COLORS.grid} // was #e5e9ef',
      "fill: 'var(--chart-grid)'",
      '<a href="#add-student">',
    ])
      expect(hasColour(line), line).toBe(false)
  })

  it('renderer code writes no colour literals: charts and components take the stylesheet tokens', () => {
    expect(colourLiterals(code('renderer/src'), [])).toEqual([])
  })

  it('reports take colours only from the kit theme, chart models only from the palette', () => {
    expect(
      colourLiterals(
        [...code('electron/services/reports'), ...code('shared')],
        ['electron/services/reports/kit/theme.ts', 'shared/charts/palette.ts'],
      ),
    ).toEqual([])
  })
})
