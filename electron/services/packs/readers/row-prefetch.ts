import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { type PrefetchedRows, type RowFile, rowFiles } from './row-source'
import { threadScript } from './thread-script'
import { AHEAD, BEAT, POSTED } from './xlsx-rows-worker.mjs'

/**
 * Workbook rows read ahead in a thread of their own (xlsx-rows-worker.mjs): the builder starts
 * the OEWS area workbooks when the build starts, the thread inflates and scans them while the
 * main thread writes the O*NET tables, and the area step takes the rows as if read in place
 * (scanRows stays synchronous: it waits on a shared counter for the next batch). Where the
 * worker script is not on disk files are read in place as before.
 */
const SCRIPT = threadScript('xlsx-rows-worker')
/** How long the thread may show no progress at all: far beyond reading the shared strings of a large workbook on a busy machine. */
const STALL_MS = 120_000

type Message =
  | { notes: string }
  | { rows: string; numbers: number[] }
  | { end: { found: boolean; seen: string[] } }
  | { error: string }

export interface RowPrefetch {
  /**
   * Resolves once the thread runs (false if it could not start: files are then read in place).
   * The main thread blocks while it waits for a batch, so it must not wait on a thread that died.
   */
  ready: Promise<boolean>
  /** The files `path` stands for (as rowFiles), workbooks carrying their read-ahead rows. */
  filesOf(path: string): RowFile[]
  close(): Promise<void>
}

export function prefetchRowFiles(paths: string[]): RowPrefetch {
  const inPlace = { ready: Promise.resolve(false), filesOf: rowFiles, close: async () => {} }
  if (!SCRIPT) return inPlace
  let thread: Worker
  try {
    // A small young generation: the thread makes short-lived strings by the million. No old
    // generation limit: a thread stopped for memory would leave the main thread waiting.
    thread = new Worker(SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: 4 } })
  } catch {
    return inPlace
  }
  thread.unref()
  let alive = false
  // Set when the thread is seen to stop (crash, memory, close): a wait for its rows would never end.
  const life = { ended: false }
  const ready = new Promise<boolean>((resolve) => {
    thread.once('message', () => {
      alive = true
      resolve(true)
    })
    thread.once('error', () => {
      life.ended = true
      resolve(false)
    })
    thread.once('exit', () => {
      life.ended = true
      resolve(false)
    })
  })
  const byPath = new Map<string, RowFile[] | Error>()
  for (const path of paths) {
    if (byPath.has(path)) continue
    try {
      byPath.set(
        path,
        rowFiles(path).map((f) =>
          /\.xlsx$/i.test(f.name) ? { ...f, prefetched: start(thread, f, life) } : f,
        ),
      )
    } catch (e) {
      byPath.set(path, e as Error)
    }
  }
  return {
    ready,
    filesOf(path) {
      // A thread that stopped before its files were asked for: they are read in place instead.
      if (!alive || life.ended) return rowFiles(path)
      const got = byPath.get(path)
      if (got instanceof Error) throw got
      return got ?? rowFiles(path)
    },
    close: async () => {
      await thread.terminate()
    },
  }
}

function start(thread: Worker, f: RowFile, life: { ended: boolean }): PrefetchedRows {
  const { port1, port2 } = new MessageChannel()
  const ctl = new Int32Array(new SharedArrayBuffer(12))
  let input: Uint8Array
  try {
    input = f.read()
  } catch (e) {
    return failed(e as Error)
  }
  // The bytes move to the thread when they are a buffer of their own (a file read whole).
  const whole = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength
  thread.postMessage({ input, port: port2, ctl }, whole ? [port2, input.buffer as ArrayBuffer] : [port2])
  let taken = 0
  let progress = -1
  let since = 0
  const next = (): Message => {
    for (;;) {
      const posted = Atomics.load(ctl, POSTED)
      const m = receiveMessageOnPort(port1)
      if (m) {
        taken++
        return m.message as Message
      }
      if (life.ended) throw new Error('the reader thread stopped before the file was read')
      if (posted !== taken) continue
      // The thread cannot say it died while this thread waits (its exit event needs the event
      // loop this wait blocks): a wait in steps, and an end when the thread has shown no progress
      // (no batch, no inflated piece) for STALL_MS, instead of a build that never ends.
      const now = Atomics.load(ctl, BEAT) + posted
      if (now !== progress) {
        progress = now
        since = performance.now()
      } else if (performance.now() - since > STALL_MS) {
        throw new Error(`the reader thread stopped answering (nothing read for ${STALL_MS / 1000} s)`)
      }
      Atomics.wait(ctl, POSTED, posted, 1000)
    }
  }
  let notes: string | null = null
  return {
    notes() {
      if (notes === null) {
        const m = next()
        if ('error' in m) throw new Error(m.error)
        notes = 'notes' in m ? m.notes : ''
      }
      return notes
    },
    forEachBatch(onBatch) {
      this.notes()
      try {
        for (;;) {
          const m = next()
          if ('error' in m) throw new Error(m.error)
          if ('end' in m) return m.end
          if (!('rows' in m)) continue
          Atomics.sub(ctl, AHEAD, m.rows.length)
          Atomics.notify(ctl, AHEAD)
          onBatch(m.rows, m.numbers)
        }
      } finally {
        port1.close()
      }
    },
  }
}

function failed(e: Error): PrefetchedRows {
  return {
    notes: () => {
      throw e
    },
    forEachBatch: () => {
      throw e
    },
  }
}
