import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/*
 * What a screen reader gets from a PDF: its structure tree, each element's text (decoded from
 * the page content through the fonts' ToUnicode maps) and the order the content was drawn in.
 * qpdf --qdf uncompresses the file; the small parser below reads just enough PDF syntax for
 * that (pdfkit's output, plus qpdf's rewriting of it).
 */

class Name {
  constructor(readonly v: string) {}
}
class Ref {
  constructor(readonly n: number) {}
}
class Str {
  constructor(readonly bytes: Buffer) {}
  get text(): string {
    const b = this.bytes
    if (b[0] === 0xfe && b[1] === 0xff) return b.subarray(2).swap16().toString('utf16le')
    return b.toString('latin1')
  }
}
type Value = number | boolean | null | Name | Ref | Str | Op | Value[] | { [k: string]: Value }
class Op {
  constructor(readonly v: string) {}
}

const DELIM = new Set([...'()<>[]{}/%'])
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0'

function* tokens(src: string): Generator<Value | '<<' | '>>' | '[' | ']'> {
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (isSpace(c)) i++
    else if (c === '%') while (i < src.length && src[i] !== '\n') i++
    else if (src.startsWith('<<', i) || src.startsWith('>>', i)) {
      yield src.slice(i, i + 2) as '<<' | '>>'
      i += 2
    } else if (c === '[' || c === ']') {
      yield c
      i++
    } else if (c === '(') {
      let depth = 1
      let out = ''
      i++
      while (i < src.length && depth > 0) {
        const d = src[i++]!
        if (d === '\\') {
          const e = src[i++]!
          const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
          if (/[0-7]/.test(e)) {
            let oct = e
            while (oct.length < 3 && /[0-7]/.test(src[i]!)) oct += src[i++]
            out += String.fromCharCode(Number.parseInt(oct, 8))
          } else if (e === '\n') {
            /* line continuation */
          } else out += map[e] ?? e
        } else if (d === '(') {
          depth++
          out += d
        } else if (d === ')') {
          if (--depth > 0) out += d
        } else out += d
      }
      yield new Str(Buffer.from(out, 'latin1'))
    } else if (c === '<') {
      const end = src.indexOf('>', i)
      const hex = src.slice(i + 1, end).replace(/\s+/g, '')
      yield new Str(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'))
      i = end + 1
    } else if (c === '/') {
      let j = i + 1
      while (j < src.length && !isSpace(src[j]!) && !DELIM.has(src[j]!)) j++
      yield new Name(src.slice(i + 1, j))
      i = j
    } else {
      let j = i
      while (j < src.length && !isSpace(src[j]!) && !DELIM.has(src[j]!)) j++
      if (j === i) j++
      const word = src.slice(i, j)
      i = j
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield Number(word)
      else if (word === 'true' || word === 'false') yield word === 'true'
      else if (word === 'null') yield null
      else yield new Op(word)
    }
  }
}

/** Parses a sequence of values; `N G R` becomes a Ref; operators stay in the list (content streams). */
function parseAll(src: string): Value[] {
  const stack: Value[][] = [[]]
  const kinds: string[] = []
  for (const t of tokens(src)) {
    const top = stack.at(-1)!
    if (t === '<<' || t === '[') {
      stack.push([])
      kinds.push(t)
    } else if (t === '>>' || t === ']') {
      const items = stack.pop()!
      kinds.pop()
      if (t === ']') stack.at(-1)!.push(items)
      else {
        const dict: Record<string, Value> = {}
        for (let k = 0; k + 1 < items.length; k += 2) dict[(items[k] as Name).v] = items[k + 1]!
        stack.at(-1)!.push(dict)
      }
    } else if (
      t instanceof Op &&
      t.v === 'R' &&
      typeof top.at(-1) === 'number' &&
      typeof top.at(-2) === 'number'
    ) {
      top.pop()
      top.push(new Ref(top.pop() as number))
    } else top.push(t)
  }
  return stack[0]!
}

type Dict = Record<string, Value>

export interface StructNode {
  type: string
  alt?: string
  /** ActualText: the words a listener hears in place of the drawn text. */
  actual?: string
  /** Text drawn in this element and its descendants, in drawing order. */
  text: string
  children: StructNode[]
  /** This element's own marked content: [page index, position of the content on that page]. */
  content: [number, number][]
}

export interface TaggedPdf {
  marked: boolean
  lang: string | null
  displayDocTitle: boolean
  title: string | null
  root: StructNode | null
  /** Marked content in tree order; equal to drawing order when the tree reads as the page is drawn. */
  treeOrder: [number, number][]
  /** Every marked-content id drawn, in drawing order. */
  drawnOrder: [number, number][]
  /** Text or paint drawn outside any marked content ("page 2: f"): neither tagged nor an artifact. */
  unmarked: string[]
}

export function readTaggedPdf(pdfPath: string): TaggedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'ca-qdf-'))
  let raw: string
  try {
    const out = join(dir, 'q.pdf')
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, out])
    raw = readFileSync(out).toString('latin1')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const objects = new Map<number, { value: Value; stream: string | null }>()
  for (const m of raw.matchAll(/^(\d+) 0 obj\n([\s\S]*?)\nendobj$/gm)) {
    const body = m[2]!
    const s = body.indexOf('\nstream\n')
    const head = s >= 0 ? body.slice(0, s) : body
    const stream = s >= 0 ? body.slice(s + 8, body.lastIndexOf('endstream')) : null
    objects.set(Number(m[1]), { value: parseAll(head)[0]!, stream })
  }
  const get = (v: Value | undefined): Value | undefined => (v instanceof Ref ? objects.get(v.n)?.value : v)
  const streamOf = (v: Value | undefined) => (v instanceof Ref ? (objects.get(v.n)?.stream ?? '') : '')
  const trailer = parseAll(raw.slice(raw.lastIndexOf('trailer') + 7))[0] as Dict
  const catalog = get(trailer.Root) as Dict
  const info = get(trailer.Info) as Dict | undefined
  const pagesRefs = ((get(catalog.Pages) as Dict).Kids as Ref[]).map((r) => r.n)

  // Page contents: the order marked content was drawn in, the text of each, and unmarked paint.
  const cmaps = new Map<number, Map<number, string>>()
  const unicodeMap = (fontRef: Value): Map<number, string> => {
    const key = fontRef instanceof Ref ? fontRef.n : -1
    const known = cmaps.get(key)
    if (known) return known
    const map = new Map<number, string>()
    const src = streamOf((get(fontRef) as Dict).ToUnicode)
    const hex = (s: string) => Buffer.from(s, 'hex')
    const utf16 = (s: string) => hex(s).swap16().toString('utf16le')
    for (const r of src.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const start = Number.parseInt(r[1]!, 16)
      let code = start
      for (const d of r[3]!.matchAll(/<([0-9a-fA-F\s]*)>/g)) map.set(code++, utf16(d[1]!.replace(/\s+/g, '')))
    }
    const plain = src.replace(/<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\[[^\]]*\]/g, '')
    for (const r of plain.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [a, b, d] = [Number.parseInt(r[1]!, 16), Number.parseInt(r[2]!, 16), r[3]!]
      for (let c = a; c <= b; c++) map.set(c, String.fromCharCode(Number.parseInt(d, 16) + (c - a)))
    }
    cmaps.set(key, map)
    return map
  }
  const textOf = new Map<string, string>()
  const drawnOrder: [number, number][] = []
  const unmarked: string[] = []
  const mcidPos = new Map<string, [number, number]>()
  pagesRefs.forEach((ref, pageIndex) => {
    const page = objects.get(ref)!.value as Dict
    const fonts = ((get((get(page.Resources) as Dict).Font) as Dict | undefined) ?? {}) as Dict
    const contents = page.Contents
    const src = Array.isArray(contents) ? contents.map(streamOf).join('\n') : streamOf(contents)
    const marks: (number | null)[] = []
    let operands: Value[] = []
    let font: Map<number, string> = new Map()
    const addText = (s: Str) => {
      const mcid = marks.findLast((m) => m !== null)
      if (marks.length === 0) unmarked.push(`page ${pageIndex + 1}: text`)
      if (mcid == null) return
      const b = s.bytes
      let t = ''
      for (let k = 0; k + 1 < b.length; k += 2) t += font.get(b.readUInt16BE(k)) ?? ''
      const key = `${pageIndex}:${mcid}`
      textOf.set(key, (textOf.get(key) ?? '') + t)
    }
    for (const v of parseAll(src)) {
      if (!(v instanceof Op)) {
        operands.push(v)
        continue
      }
      const op = v.v
      if (op === 'BDC') {
        const props = operands[1]
        const mcid =
          props && typeof props === 'object' && !Array.isArray(props) ? (props as Dict).MCID : undefined
        if (typeof mcid === 'number') {
          const pos: [number, number] = [pageIndex, drawnOrder.length]
          drawnOrder.push(pos)
          mcidPos.set(`${pageIndex}:${mcid}`, pos)
        }
        marks.push(typeof mcid === 'number' ? mcid : null)
      } else if (op === 'BMC') marks.push(null)
      else if (op === 'EMC') marks.pop()
      else if (op === 'Tf') font = unicodeMap(fonts[(operands[0] as Name).v]!)
      else if (op === 'Tj' || op === "'" || op === '"') addText(operands.at(-1) as Str)
      else if (op === 'TJ') {
        for (const part of operands[0] as Value[]) if (part instanceof Str) addText(part)
        const key = `${pageIndex}:${marks.findLast((m) => m !== null)}`
        if (textOf.has(key)) textOf.set(key, `${textOf.get(key)} `)
      } else if (/^(f\*?|F|S|s|B\*?|b\*?|Do|sh)$/.test(op) && marks.length === 0)
        unmarked.push(`page ${pageIndex + 1}: ${op}`)
      operands = []
    }
  })

  const pageIndexOf = (r: Value | undefined) => (r instanceof Ref ? pagesRefs.indexOf(r.n) : -1)
  const treeOrder: [number, number][] = []
  const walk = (ref: Value, inherited: number): StructNode => {
    const d = get(ref) as Dict
    const page = d.Pg ? pageIndexOf(d.Pg) : inherited
    const node: StructNode = {
      type: (d.S as Name).v,
      ...(d.Alt instanceof Str ? { alt: d.Alt.text } : {}),
      ...(d.ActualText instanceof Str ? { actual: d.ActualText.text } : {}),
      text: '',
      children: [],
      content: [],
    }
    const kids = d.K === undefined ? [] : Array.isArray(d.K) ? d.K : [d.K]
    for (const k of kids) {
      const kv = get(k)
      let at: [number, number] | undefined
      if (typeof kv === 'number') at = mcidPos.get(`${page}:${kv}`) ?? [page, -1 - kv]
      else if (kv && typeof kv === 'object' && !Array.isArray(kv) && (kv as Dict).Type instanceof Name) {
        const mcr = kv as Dict
        if ((mcr.Type as Name).v === 'MCR') {
          const p = pageIndexOf(mcr.Pg)
          at = mcidPos.get(`${p}:${mcr.MCID}`) ?? [p, -1]
          node.text += textOf.get(`${p}:${mcr.MCID}`) ?? ''
        }
      }
      if (typeof kv === 'number') node.text += textOf.get(`${page}:${kv}`) ?? ''
      if (at) {
        node.content.push(at)
        treeOrder.push(at)
      } else if (k instanceof Ref) {
        const child = walk(k, page)
        node.children.push(child)
        node.text += ` ${child.text}`
      }
    }
    node.text = node.text.replace(/\s+/g, ' ').trim()
    return node
  }
  const treeRoot = get(catalog.StructTreeRoot) as Dict | undefined
  let root: StructNode | null = null
  if (treeRoot) {
    const kids = Array.isArray(treeRoot.K) ? treeRoot.K : treeRoot.K ? [treeRoot.K] : []
    const children = kids.map((k) => walk(k, -1))
    root = { type: 'StructTreeRoot', text: '', children, content: [] }
  }
  const viewer = get(catalog.ViewerPreferences) as Dict | undefined
  return {
    marked: (get(catalog.MarkInfo) as Dict | undefined)?.Marked === true,
    lang: catalog.Lang instanceof Str ? catalog.Lang.text : null,
    displayDocTitle: viewer?.DisplayDocTitle === true,
    title: (() => {
      const t = get(info?.Title)
      return t instanceof Str ? t.text : null
    })(),
    root,
    treeOrder,
    drawnOrder,
    unmarked,
  }
}

/** Elements of the given types in reading (tree) order. */
export function elements(root: StructNode | null, types: RegExp): StructNode[] {
  const out: StructNode[] = []
  const visit = (n: StructNode) => {
    if (types.test(n.type)) out.push(n)
    n.children.forEach(visit)
  }
  if (root) visit(root)
  return out
}
