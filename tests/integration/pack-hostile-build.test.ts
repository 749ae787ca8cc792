import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildPackInput } from '../../shared/api/packs'
import { callOk } from '../support/call-ok'
import { catalogFingerprint, seedStudents, studentSnapshot, watchJob } from '../support/pack-fixtures'
import { ROOT, tempServices } from '../support/tmp'

const STARTER = join(ROOT, 'resources/starter-pack')

/**
 * Bad official files, end to end through packs.build (child process, builder, validation):
 * each build ends with pack.done ok=false and a message naming the file (and the line, cell
 * or zip entry where it applies), and the installed pack and student records are untouched.
 */
describe('hostile source files through packs.build', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  let n = 0
  beforeAll(async () => {
    s = await tempServices()
    seedStudents(s.ctx.clients, [
      { student: 'Ana Lee', code: '13-2011.00', title: 'Accountants and Auditors' },
    ])
  })
  afterAll(() => s.cleanup())

  /** A copy of the starter O*NET folder with one file replaced or edited. */
  function onetCopy(edit?: (dir: string) => void): string {
    const dir = join(s.dataDir, `src-${++n}`, 'onet')
    mkdirSync(dir, { recursive: true })
    cpSync(join(STARTER, 'onet'), dir, { recursive: true })
    edit?.(dir)
    return dir
  }
  const editText = (dir: string, file: string, fn: (text: string) => string) =>
    writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')))
  /** The starter release as a zip (entry names as in the official zips). */
  function zipOf(dir: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
    const files: Record<string, Uint8Array> = {}
    for (const f of readdirSync(dir)) files[`db_26_1_text/${f}`] = readFileSync(join(dir, f))
    return zipSync({ ...files, ...extra })
  }
  function writeFile(name: string, data: string | Uint8Array): string {
    const dir = join(s.dataDir, `src-${++n}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, name), data)
    return join(dir, name)
  }

  async function expectBuildRefused(input: BuildPackInput, file: string, where?: RegExp, problem?: RegExp) {
    const before = { catalog: catalogFingerprint(s.dataDir), students: studentSnapshot(s.ctx.clients) }
    const watch = watchJob(s.ctx.events)
    await callOk(s, 'packs.build', input)
    const done = await watch.done
    if (process.env.SHOW_PACK_MESSAGES) console.log(`MSG ${done.message}`)
    expect(done.ok).toBe(false)
    expect(done.message).toContain(file)
    if (where) expect(done.message).toMatch(where)
    if (problem) expect(done.message).toMatch(problem)
    expect({ catalog: catalogFingerprint(s.dataDir), students: studentSnapshot(s.ctx.clients) }).toEqual(
      before,
    )
    expect(readdirSync(join(s.dataDir, 'packs')).filter((f) => f.startsWith('built-'))).toEqual([])
  }
  const onet = (path: string) => ({ onet: [{ path, release: '2026.1' }] })

  it('a truncated release zip', () => {
    const zip = zipOf(onetCopy())
    const f = writeFile('db_26_1_text.zip', zip.subarray(0, Math.floor(zip.length / 2)))
    return expectBuildRefused(onet(f), 'db_26_1_text.zip', undefined, /damaged or incomplete/)
  })
  it('a corrupt zip (not a zip at all)', () =>
    expectBuildRefused(
      onet(writeFile('db_26_1_text.zip', 'PK\x03\x04 garbage '.repeat(100))),
      'db_26_1_text.zip',
      undefined,
      /damaged|incomplete/,
    ))
  it('a zip entry that climbs out of its folder (../)', () => {
    const f = writeFile('evil.zip', zipOf(onetCopy(), { '../../outside.txt': new TextEncoder().encode('x') }))
    return expectBuildRefused(
      onet(f),
      'evil.zip',
      /entry "\.\.\/\.\.\/outside\.txt"/,
      /outside its own folder/,
    )
  })
  it('a zip entry with an absolute path', () => {
    const f = writeFile('abs.zip', zipOf(onetCopy(), { '/etc/cron.d/evil': new TextEncoder().encode('x') }))
    return expectBuildRefused(onet(f), 'abs.zip', /entry "\/etc\/cron\.d\/evil"/, /outside its own folder/)
  })
  it('a zip bomb (an entry that expands hundreds of times over)', () => {
    const f = writeFile(
      'bomb.zip',
      zipOf(onetCopy(), { 'db_26_1_text/Filler.txt': new Uint8Array(30 * 1024 * 1024) }),
    )
    return expectBuildRefused(
      onet(f),
      'bomb.zip',
      /entry "db_26_1_text\/Filler\.txt"/,
      /expands to far more data/,
    )
  })
  it('Occupation Data without its Title column', () => {
    const dir = onetCopy((d) =>
      editText(d, 'Occupation Data.txt', (t) =>
        t
          .split('\n')
          .map((l) =>
            l
              .split('\t')
              .filter((_, i) => i !== 1)
              .join('\t'),
          )
          .join('\n'),
      ),
    )
    return expectBuildRefused(onet(dir), 'Occupation Data.txt', /header/, /column "Title" is missing/)
  })
  it('a text file in another encoding (not UTF-8)', () => {
    const dir = onetCopy((d) => {
      const text = readFileSync(join(d, 'Occupation Data.txt'), 'utf8').replace(
        'Marketing Managers',
        'Marketing Managérs',
      )
      writeFileSync(join(d, 'Occupation Data.txt'), Buffer.from(text, 'latin1'))
    })
    return expectBuildRefused(onet(dir), 'Occupation Data.txt', /line 2/, /not UTF-8/)
  })
  it('a duplicated occupation row', () => {
    const dir = onetCopy((d) =>
      editText(d, 'Occupation Data.txt', (t) => {
        const lines = t.split('\n')
        return [...lines.slice(0, 3), lines[1], ...lines.slice(3)].join('\n')
      }),
    )
    return expectBuildRefused(onet(dir), 'Occupation Data.txt', /line 4/, /repeats a key/)
  })
  it('an interest score outside the 1-7 scale', () => {
    const dir = onetCopy((d) =>
      editText(d, 'Interests.txt', (t) => t.replace('\tOI\t2.90\t', '\tOI\t29.0\t')),
    )
    return expectBuildRefused(
      onet(dir),
      'Interests.txt',
      /line 3, column "Data Value"/,
      /outside the scale's range 1 to 7/,
    )
  })
  it('a task for an occupation code not in the taxonomy', () => {
    const dir = onetCopy((d) =>
      editText(d, 'Task Statements.txt', (t) => t.replace('\n11-2021.00\t900002', '\n99-9999.98\t900002')),
    )
    return expectBuildRefused(onet(dir), 'Task Statements.txt', /line 3/, /99-9999\.98 is not in this pack/)
  })
  it('an empty release (only headers)', () => {
    const dir = onetCopy((d) => editText(d, 'Occupation Data.txt', (t) => `${t.split('\n')[0]}\n`))
    return expectBuildRefused(onet(dir), 'Occupation Data.txt', undefined, /lists no occupations/)
  })
  it('an O*NET folder that does not exist', () =>
    expectBuildRefused(onet(join(s.dataDir, 'db_99_9_text')), 'db_99_9_text', undefined, /not found/))
  it('a wages file that is not a spreadsheet', () => {
    const oews = writeFile('national_M2025_dl.xlsx', 'OCC_CODE,A_MEDIAN\n')
    return expectBuildRefused(
      { ...onet(onetCopy()), oews },
      'national_M2025_dl.xlsx',
      undefined,
      /Excel workbook/,
    )
  })
  it('a wages CSV with the wrong columns', () => {
    const oews = writeFile('oews_national.csv', 'code,wage\n29-2072,51140\n')
    return expectBuildRefused(
      { ...onet(onetCopy()), oews },
      'oews_national.csv',
      /header/,
      /column headings were not found/,
    )
  })
  it('a projections file with a missing column', () => {
    const ep = writeFile(
      'ep_table_1_2.csv',
      readFileSync(join(STARTER, 'bls/ep_table_1_2.csv'), 'utf8').replace(
        /Typical education needed for entry/i,
        'Something else',
      ),
    )
    return expectBuildRefused(
      { ...onet(onetCopy()), ep },
      'ep_table_1_2.csv',
      /header/,
      /Typical education needed for entry" is missing/,
    )
  })
  it('a career clusters file with a bad code', () => {
    const clusters = writeFile(
      'All_Career_Clusters.csv',
      'Career Cluster,Career Pathway,Code,Occupation\nHealth Science,Health Informatics,29-2072,Medical Records Specialists\n',
    )
    return expectBuildRefused(
      { ...onet(onetCopy()), clusters },
      'All_Career_Clusters.csv',
      /line 2, column Code/,
      /not an O\*NET-SOC code/,
    )
  })
})
