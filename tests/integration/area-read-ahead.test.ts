import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AreaRow, readOewsAreas } from '../../electron/services/packs/readers/oews-local'
import { prefetchRowFiles } from '../../electron/services/packs/readers/row-prefetch'
import { areaTable, FIXTURE_STATES, writeOewsWorkbook, zipAs } from '../support/oews-fixtures'
import { tempDir } from '../support/tmp'

// Area workbooks are read ahead in a thread of their own (readers/row-prefetch.ts) while the
// builder writes O*NET: the rows, and every refusal with its file and row, must be exactly
// those of reading the workbook in place.
const t = tempDir('ca-area-ahead-')
afterAll(() => t.cleanup())

let states = ''
beforeAll(async () => {
  states = await writeOewsWorkbook(
    join(t.dir, 'state_M2025_dl.xlsx'),
    'state_M2025_dl',
    areaTable({ areas: FIXTURE_STATES }),
  )
})

type Outcome = { rows: AreaRow[]; release: string | null; error?: string }

async function both(files: string[]): Promise<[Outcome, Outcome]> {
  const inPlace: Outcome = { rows: [], release: null }
  try {
    inPlace.release = readOewsAreas(files, (r) => inPlace.rows.push(r), null).release
  } catch (e) {
    inPlace.error = (e as Error).message
  }
  const ahead = prefetchRowFiles(files)
  expect(await ahead.ready).toBe(true)
  const read: Outcome = { rows: [], release: null }
  try {
    read.release = readOewsAreas(files, (r) => read.rows.push(r), null, ahead.filesOf).release
  } catch (e) {
    read.error = (e as Error).message
  } finally {
    await ahead.close()
  }
  return [inPlace, read]
}

describe('area workbooks read ahead in a thread', () => {
  it('give the same rows as read in place, from the workbook and from the zip BLS ships', async () => {
    const zip = zipAs(join(t.dir, 'oesm25st.zip'), 'oesm25st', [states])
    for (const files of [[states], [zip]]) {
      const [a, b] = await both(files)
      expect(a.error).toBeUndefined()
      expect(a.rows.length).toBeGreaterThan(4000)
      expect(b.rows).toEqual(a.rows)
      expect(b.release).toBe('OEWS May 2025')
    }
  })

  it('refuse a bad row with the same message, file and row', async () => {
    const tbl = areaTable({ areas: FIXTURE_STATES })
    tbl.rows[2500]![tbl.header.indexOf('AREA_TYPE')] = '5'
    const bad = await writeOewsWorkbook(join(t.dir, 'bad', 'state_M2025_dl.xlsx'), 'state_M2025_dl', tbl)
    const [a, b] = await both([bad])
    expect(a.error).toMatch(/state_M2025_dl\.xlsx, row 2502, column AREA_TYPE/)
    expect(b.error).toBe(a.error)
  })

  it('refuse a damaged workbook and a missing file as reading in place does', async () => {
    const broken = join(t.dir, 'broken_M2025_dl.xlsx')
    writeFileSync(broken, readFileSync(states).subarray(0, 5000))
    const [a, b] = await both([broken])
    expect(a.error).toMatch(/broken_M2025_dl\.xlsx.*cannot be read as an Excel workbook/)
    expect(b.error).toBe(a.error)
    const [c, d] = await both([join(t.dir, 'nowhere.xlsx')])
    expect(c.error).toMatch(/not found/)
    expect(d.error).toBe(c.error)
  })

  it('refuse a cell holding the thread’s separators like any other control character', async () => {
    // An area title with _x001F_ (the cell separator the thread packs rows with) must not split
    // the cell: it is refused as a title with a control character.
    const files = unzipSync(readFileSync(states))
    const strings = strFromU8(files['xl/sharedStrings.xml']!)
    files['xl/sharedStrings.xml'] = strToU8(strings.replace('<t>Ohio</t>', '<t>Oh_x001F_io</t>'))
    const odd = join(t.dir, 'odd', 'state_M2025_dl.xlsx')
    mkdirSync(join(t.dir, 'odd'), { recursive: true })
    writeFileSync(odd, zipSync(files))
    const [a, b] = await both([odd])
    expect(a.error).toMatch(/column AREA_TITLE/)
    expect(b.error).toMatch(/column AREA_TITLE/)
    expect(b.error?.replaceAll('\x1d', '\x1f')).toBe(a.error)
  })

  it('a reader thread that stopped: files not yet taken are read in place, a file it was reading is refused by name', async () => {
    // Before this, the main thread waited for the dead thread's next batch forever (Atomics.wait
    // without a bound blocks the very event loop that would have reported the exit).
    const ahead = prefetchRowFiles([states])
    expect(await ahead.ready).toBe(true)
    const taken = ahead.filesOf(states)
    await ahead.close()
    expect(() =>
      readOewsAreas(
        [states],
        () => {},
        null,
        () => taken,
      ),
    ).toThrow(/state_M2025_dl\.xlsx.*reader thread stopped before the file was read/)
    const rows: AreaRow[] = []
    expect(readOewsAreas([states], (r) => rows.push(r), null, ahead.filesOf).release).toBe('OEWS May 2025')
    expect(rows.length).toBeGreaterThan(4000)
  })

  it('the reader thread answers each file once: no other module in it reads the workbook again', async () => {
    // xlsx-sheet.mjs (the workbook thread's script) answers every message on its thread's port:
    // imported into the area thread, it read every area workbook a second time and sent the
    // whole sheet to the main thread as one string (15 MB for the states file).
    const url = pathToFileURL(
      join(__dirname, '../../electron/services/packs/readers/xlsx-rows-worker.mjs'),
    ).href
    const probe = new Worker(
      `const { parentPort } = require('node:worker_threads');
       import(${JSON.stringify(url)}).then(() => parentPort.postMessage({ listeners: parentPort.listenerCount('message') }))`,
      { eval: true },
    )
    const counts: number[] = await new Promise((resolve, reject) => {
      const got: number[] = []
      probe.on('message', (m: unknown) => {
        if (typeof m === 'object' && m && 'listeners' in m) {
          got.push((m as { listeners: number }).listeners)
          resolve(got)
        }
      })
      probe.once('error', reject)
    })
    await probe.terminate()
    expect(counts).toEqual([1])
  })
})
