// Reader thread for OEWS area workbooks (readers/row-prefetch.ts): inflates and scans the sheet
// while the builder's main thread writes the O*NET tables, and hands the rows over in batches.
// Plain JavaScript for the same reason as xlsx-sheet.mjs (it runs without the TypeScript loader).
//
// Per file, in order: { notes } (text of the "Field Descriptions" sheet), then
// { rows, numbers } batches (rows packed as in xlsx-sheet.mjs), then { end: { found, seen } } or
// { error }. `ctl` (shared Int32Array) counts what is posted (ctl[POSTED], the main thread waits
// on it) and the packed characters not yet taken by the main thread (ctl[AHEAD]): past the limit
// this thread waits, so an all-data workbook (400,000 rows) is never held whole by the main thread.
// ctl[BEAT] counts rows read: the main thread's only sign that a thread it waits on is alive.
import { readFileSync } from 'node:fs'
import { isMainThread, parentPort } from 'node:worker_threads'
import { CELL, ROW } from './packed-rows.mjs'
import { forEachXlsxRowAsync, xlsxSheets, xlsxSheetText } from './xlsx-stream.mjs'

export const POSTED = 0
export const AHEAD = 1
/** Bumped for every row read: the main thread tells a slow thread from a dead one by it. */
export const BEAT = 2
/**
 * Packed characters per batch and at most in flight (about 1 and 16 MB of strings): a state
 * workbook is then read mostly ahead (4 MB left the main thread waiting ~0.7 s for the rest).
 */
const BATCH = 1 << 20
const MAX_AHEAD = 16 << 20

async function readOne({ input, port, ctl }) {
  const post = (m) => {
    port.postMessage(m)
    Atomics.add(ctl, POSTED, 1)
    Atomics.notify(ctl, POSTED)
  }
  try {
    const buf = typeof input === 'string' ? readFileSync(input) : input
    const notesSheet = xlsxSheets(buf).find((s) => /field descriptions/i.test(s.name))
    post({ notes: notesSheet ? xlsxSheetText(buf, notesSheet.name) : '' })
    let rows = []
    let numbers = []
    let size = 0
    const flush = () => {
      if (rows.length === 0) return
      const packed = rows.join(ROW)
      post({ rows: packed, numbers })
      rows = []
      numbers = []
      size = 0
      for (let ahead = Atomics.add(ctl, AHEAD, packed.length) + packed.length; ahead > MAX_AHEAD; ) {
        Atomics.wait(ctl, AHEAD, ahead, 1000)
        ahead = Atomics.load(ctl, AHEAD)
      }
    }
    const r = await forEachXlsxRowAsync(buf, undefined, (cells, n) => {
      Atomics.add(ctl, BEAT, 1)
      // A separator inside a cell (a hostile _x001F_) would split it: it becomes another
      // control character, which the area checks refuse where read in place too.
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]
        if (c.includes(CELL) || c.includes(ROW)) cells[i] = c.replaceAll(CELL, '\x1d').replaceAll(ROW, '\x1d')
      }
      const line = cells.join(CELL)
      rows.push(line)
      numbers.push(n)
      size += line.length + 1
      if (size >= BATCH) flush()
    })
    flush()
    post({ end: { found: r.found, seen: r.seen } })
  } catch (e) {
    post({ error: e instanceof Error ? e.message : String(e) })
  } finally {
    port.close()
  }
}

if (!isMainThread && parentPort) {
  // Files one after another, in the order the builder reads them.
  let queue = Promise.resolve()
  parentPort.on('message', (m) => {
    queue = queue.then(() => readOne(m))
  })
  parentPort.postMessage('ready')
}
