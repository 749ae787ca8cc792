import { Worker } from 'node:worker_threads'
import { threadScript } from './thread-script'
import { type PackedSheet, readSheetPacked } from './xlsx-sheet.mjs'

/**
 * One worker thread that reads workbooks (exceljs is CPU-bound: ~2 s for a 60k-row O*NET
 * workbook) while the main thread writes other tables. Where the worker script is not on disk
 * (thread-script.ts) or the thread dies, sheets are read in-process with the same code.
 */
interface Job {
  input: string | Uint8Array
  sheet?: string
  notes?: string
  resolve: (r: PackedSheet) => void
  reject: (e: Error) => void
}

let worker: { thread: Worker; jobs: Map<number, Job> } | null = null
let nextId = 0
let users = 0

const SCRIPT = threadScript('xlsx-sheet')

export function readSheet(input: string | Uint8Array, sheet?: string, notes?: string): Promise<PackedSheet> {
  const w = getWorker()
  if (!w) return readSheetPacked(input, sheet, notes)
  const id = nextId++
  return new Promise((resolve, reject) => {
    w.jobs.set(id, { input, sheet, notes, resolve, reject })
    w.thread.ref()
    w.thread.postMessage({ id, input, sheet, notes })
  })
}

function getWorker() {
  if (worker) return worker
  if (!SCRIPT) return null
  let thread: Worker
  try {
    // A small old generation makes the worker collect exceljs garbage early (peak memory goal 500 MB).
    thread = new Worker(SCRIPT, {
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    })
  } catch {
    return null
  }
  const w = { thread, jobs: new Map<number, Job>() }
  thread.on('message', (m: { id: number; ok: boolean; result?: PackedSheet; message?: string }) => {
    const job = w.jobs.get(m.id)
    w.jobs.delete(m.id)
    if (w.jobs.size === 0) thread.unref()
    if (!job) return
    if (m.ok) job.resolve(m.result!)
    else job.reject(new Error(m.message))
  })
  // A thread that dies (out of memory, killed) hands its unfinished reads back to this thread.
  const recover = () => {
    if (worker === w) worker = null
    for (const job of w.jobs.values())
      readSheetPacked(job.input, job.sheet, job.notes).then(job.resolve, job.reject)
    w.jobs.clear()
  }
  thread.on('error', recover)
  thread.on('exit', recover)
  thread.unref()
  worker = w
  return w
}

/**
 * A build holds the reader thread while it runs; when the last build lets go, the thread is
 * stopped, so an idle app does not keep exceljs loaded.
 */
export function holdXlsxWorker(): () => Promise<void> {
  users++
  let released = false
  return async () => {
    if (released) return
    released = true
    users--
    if (users > 0 || !worker) return
    const w = worker
    worker = null
    await w.thread.terminate()
  }
}

/**
 * Stops the reader thread now if it has nothing to do (its memory goes back before the build's
 * later steps); a later read starts it again, and the build's hold still ends it.
 */
export async function parkXlsxWorker(): Promise<void> {
  const w = worker
  if (!w || w.jobs.size > 0) return
  worker = null
  await w.thread.terminate()
}
