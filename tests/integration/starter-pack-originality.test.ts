import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { listFiles, readPackTsv, STARTER_PACK_DIR } from '../../scripts/starter-pack/pack-files'
import { ROOT, SHARED_DATA } from '../support/tmp'

/**
 * Our descriptions, tasks and job-zone texts must be our own words. This scans every official
 * prose file we hold and fails if any official sentence of 60+ characters appears in the starter
 * pack or in the generator's text sources, and if any of our sentences shares a long run of
 * words with an official one (a lightly reworded copy).
 */
const HAVE_DATA = existsSync(join(SHARED_DATA, 'onet/27.0_text/Task Statements.txt'))
const MIN_CHARS = 60
const RUN_WORDS = 9

const normalize = (s: string) =>
  s
    .replace(/\\(['"])/g, '$1')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
const sentences = (text: string) => text.split(/(?<=[.!?;])\s+/).map((s) => s.trim())
const words = (s: string) => normalize(s).match(/[a-z0-9']+/g) ?? []

function tsvColumn(rel: string, columns: string[]): string[] {
  const [head, ...rows] = readFileSync(join(SHARED_DATA, rel), 'utf8').replace(/\r/g, '').split('\n')
  const header = (head ?? '').split('\t')
  const idx = columns.map((c) => header.indexOf(c)).filter((i) => i >= 0)
  return rows.flatMap((r) => {
    const cells = r.split('\t')
    return idx.map((i) => cells[i] ?? '')
  })
}

function csvColumn(rel: string, columns: string[]): string[] {
  const records = parse(readFileSync(join(SHARED_DATA, rel)), {
    columns: true,
    bom: true,
    relax_quotes: true,
  }) as Record<string, string>[]
  return records.flatMap((r) => columns.map((c) => r[c] ?? ''))
}

function officialProse(): string[] {
  const fields = [
    ...tsvColumn('onet/27.0_text/Occupation Data.txt', ['Description']),
    ...tsvColumn('onet/30.1_text/Occupation Data.txt', ['Description']),
    ...csvColumn('onet/30.3_csv/occupation_data.csv', ['Description']),
    ...tsvColumn('onet/27.0_text/Task Statements.txt', ['Task']),
    ...csvColumn('onet/30.3_csv/task_statements.csv', ['Task']),
    ...tsvColumn('onet/27.0_text/Emerging Tasks.txt', ['Task', 'Original Task']),
    ...csvColumn('onet/30.3_csv/emerging_tasks.csv', ['Task', 'Original Task']),
    ...tsvColumn('onet/27.0_text/Job Zone Reference.txt', [
      'Experience',
      'Education',
      'Job Training',
      'Examples',
    ]),
    ...csvColumn('onet/30.3_csv/job_zone_reference.csv', [
      'Experience',
      'Education',
      'Job Training',
      'Examples',
    ]),
    ...csvColumn('crosswalks/nces_cip2020_soc2018/CIPCode2020.csv', ['CIPDefinition']),
  ]
  return [...new Set(fields.flatMap(sentences).filter((s) => s.length >= MIN_CHARS))]
}

/** Everything we commit that could carry copied prose: the pack and the generator's sources. */
function ourFiles(): string[] {
  return [...listFiles(STARTER_PACK_DIR), ...listFiles(join(ROOT, 'scripts/starter-pack'))]
}

const TITLE = HAVE_DATA
  ? 'starter pack originality'
  : 'starter pack originality (skipped: ../shared/data is not present to compare against)'

describe.skipIf(!HAVE_DATA)(TITLE, () => {
  const official = HAVE_DATA ? officialProse() : []

  it('contains no official sentence of 60+ characters', () => {
    expect(official.length).toBeGreaterThan(20_000)
    // Index official sentences by their first 40 normalized characters, then slide over our text.
    const KEY = 40
    const byKey = new Map<string, string[]>()
    for (const s of official) {
      const n = normalize(s)
      const k = n.slice(0, KEY)
      byKey.set(k, [...(byKey.get(k) ?? []), n])
    }
    const found: string[] = []
    for (const file of ourFiles()) {
      const text = normalize(readFileSync(file, 'utf8'))
      for (let i = 0; i + KEY <= text.length; i++) {
        const hits = byKey.get(text.slice(i, i + KEY))
        for (const s of hits ?? []) if (text.startsWith(s, i)) found.push(`${file}: ${s}`)
      }
    }
    expect(found).toEqual([])
  })

  it(`has no sentence of ours sharing ${RUN_WORDS} words in a row with an official one`, () => {
    const runs = new Set<string>()
    for (const s of official) {
      const w = words(s)
      for (let i = 0; i + RUN_WORDS <= w.length; i++) runs.add(w.slice(i, i + RUN_WORDS).join(' '))
    }
    const ours = [
      ...readPackTsv('Occupation Data.txt').records.map((r) => r.Description!),
      ...readPackTsv('Task Statements.txt').records.map((r) => r.Task!),
      ...readPackTsv('Job Zone Reference.txt').rows.flatMap((r) => r.slice(2, 6)),
    ]
    const close = ours.filter((s) => {
      const w = words(s)
      for (let i = 0; i + RUN_WORDS <= w.length; i++)
        if (runs.has(w.slice(i, i + RUN_WORDS).join(' '))) return true
      return false
    })
    expect(close).toEqual([])
  })
})
