import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderProfile } from '../../electron/services/reports/docs/profile'
import { createDoc, finish } from '../../electron/services/reports/kit/doc'
import { Flow } from '../../electron/services/reports/kit/flow'
import { UNPRINTABLE } from '../../electron/services/reports/kit/fonts'
import { stampPages } from '../../electron/services/reports/kit/pages'
import { envFor } from '../../electron/services/reports/output'
import { wageRangeChart } from '../../shared/charts/occupation'
import type { OccupationProfile } from '../../shared/domain/catalog'
import { NATIONAL_PACK, nationalServices } from '../support/national-pack'
import { renderPdf } from '../support/shots'
import { RESOURCES, ROOT, tempDir } from '../support/tmp'

/**
 * Every glyph id a PDF's text operators draw (pdfkit writes 4-hex-digit subset ids in TJ arrays);
 * id 0 is .notdef, the empty box a reader sees for a missing glyph.
 */
function drawnGlyphIds(pdf: Buffer): string[] {
  const ids: string[] = []
  const raw = pdf.toString('latin1')
  const re = /stream\r?\n/g
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length
    const end = raw.indexOf('endstream', start)
    let body: string
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1')
    } catch {
      body = raw.slice(start, end)
    }
    for (const tj of body.matchAll(/\[([^\]]*)\] TJ/g))
      for (const hex of tj[1]!.matchAll(/<([0-9a-f]*)>/g))
        for (let i = 0; i < hex[1]!.length; i += 4) ids.push(hex[1]!.slice(i, i + 4))
  }
  return ids
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f))
}

const visible = (ch: string) => /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)

/** Every non-ASCII character our own code can print (string literals, and more: whole files). */
function codeCharacters(): Set<string> {
  const out = new Set<string>()
  for (const f of [...filesUnder(join(ROOT, 'shared')), ...filesUnder(join(ROOT, 'electron/services'))])
    for (const ch of readFileSync(f, 'utf8')) if (ch > '\x7f' && visible(ch)) out.add(ch)
  return out
}

/** Every character in every text column of the national pack (titles, tasks, descriptions…). */
function packCharacters(): Set<string> {
  const db = new Database(NATIONAL_PACK, { readonly: true })
  const out = new Set<string>()
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
    for (const t of tables) {
      const cols = (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string; type: string }[])
        .filter((c) => /TEXT/i.test(c.type) || c.type === '')
        .map((c) => c.name)
      for (const c of cols)
        for (const v of db.prepare(`SELECT DISTINCT "${c}" FROM "${t}"`).pluck().iterate())
          if (typeof v === 'string') for (const ch of v) if (ch > '\x7f' && visible(ch)) out.add(ch)
    }
  } finally {
    db.close()
  }
  return out
}

/** The Latin letters a name may carry, the punctuation around them, arrows and maths signs. */
function latinRanges(): Set<string> {
  const out = new Set<string>()
  for (const [a, b] of [
    [0xa0, 0x24f],
    [0x1e00, 0x1eff],
    [0x2010, 0x205e],
    // Arrows and comparison signs a counselor or the data may use (≤, ≠, →, ⇒).
    [0x2190, 0x22ff],
  ] as const)
    for (let cp = a; cp <= b; cp++) {
      const ch = String.fromCodePoint(cp)
      if (visible(ch)) out.add(ch)
    }
  return out
}

async function print(lines: string[], file: string): Promise<Buffer> {
  const doc = createDoc({
    paper: 'letter',
    fontsDir: join(RESOURCES, 'fonts'),
    title: 'Every character',
    subject: 'glyph coverage',
    date: new Date('2026-11-26T12:00:00Z'),
  })
  const flow = new Flow(doc)
  flow.heading('Every character Career Atlas prints ≥ ≤ – — … ✓ →', 1)
  for (const line of lines) {
    flow.para(line)
    flow.para(line, { bold: true })
  }
  stampPages(doc, { header: 'Glyphs ≥ ✓', footer: 'Zoë Łukasiewicz · ≥ $239,200 · ✓ 🙂' })
  const bytes = await finish(doc)
  writeFileSync(file, bytes)
  execFileSync('qpdf', ['--check', file])
  return bytes
}

const chunk = (chars: string[], n: number) =>
  Array.from({ length: Math.ceil(chars.length / n) }, (_, i) => chars.slice(i * n, (i + 1) * n).join(' '))

describe('report fonts', () => {
  let t: ReturnType<typeof tempDir>
  beforeAll(() => {
    t = tempDir('ca-glyphs-')
  })
  afterAll(() => t?.cleanup())

  it('draw every character the code, the data and a name can produce, with no empty box', async () => {
    const chars = [...new Set([...codeCharacters(), ...packCharacters(), ...latinRanges()])].sort()
    // The check marks and shapes the screens' words use, typed into a note or pasted into a name.
    chars.push(...'✓✔✗✘★☆■□▲▼►◄●○◆◇✎✉☎⚠'.split(''))
    for (const must of ['≥', '≤', '–', '—', '…', '✓', '→', '←', 'Ł', 'ő', 'ș', 'Ẁ'])
      expect(chars).toContain(must)
    const file = join(t.dir, 'all.pdf')
    const bytes = await print(chunk(chars, 40), file)
    const ids = drawnGlyphIds(bytes)
    expect(ids.length).toBeGreaterThan(chars.length)
    expect(ids.filter((id) => id === '0000')).toEqual([])
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8')
    for (const must of ['≥', '✓', '→', 'Ł']) expect(text).toContain(must)
    renderPdf(file, 'glyphs', 'all')
  }, 120_000)

  it('print emoji and other scripts as one visible [?] each, never as a box', async () => {
    const file = join(t.dir, 'emoji.pdf')
    const bytes = await print(['Loves art 🎨 and 👩‍🔬 science 🚀🚀 — 中文 עברית ✌️ ok ✓'], file)
    expect(drawnGlyphIds(bytes).filter((id) => id === '0000')).toEqual([])
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8')
    const q = UNPRINTABLE
    expect(text).toContain(`Loves art ${q} and ${q} science ${q} — ${q} ${q} ✌ ok ✓`)
    renderPdf(file, 'glyphs', 'emoji')
  })

  it('a real profile whose 90th-percentile wage is top-coded prints its ≥ (national pack)', async () => {
    const s = await nationalServices()
    try {
      const r = await s.call('catalog.profile', { code: '11-1011.00' })
      if (!r.ok) throw new Error(r.message)
      // OEWS May 2025 top-codes nothing; earlier releases cap at $239,200 with this flag.
      const p = r.value as OccupationProfile
      const wages = structuredClone(p.wages!)
      wages.annual.p90 = { value: 239200, flag: 'topcoded' }
      const profile = {
        ...p,
        wages,
        charts: { ...p.charts, wagesAnnual: wageRangeChart([{ label: p.title, wages }], 'annual') },
      }
      const { bytes } = await renderProfile(envFor(s.ctx, 'letter'), profile)
      const path = join(t.dir, 'profile.pdf')
      writeFileSync(path, bytes)
      expect(drawnGlyphIds(bytes).filter((id) => id === '0000')).toEqual([])
      expect(execFileSync('pdftotext', [path, '-']).toString('utf8')).toMatch(/≥ \$239,200/)
      renderPdf(path, 'glyphs', 'profile')
    } finally {
      s.cleanup()
    }
  }, 120_000)
})
