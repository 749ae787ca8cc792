import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { type PackedSheet, readSheetPacked } from './xlsx-sheet.mjs'

/**
 * One worker thread that reads workbooks (exceljs is CPU-bound: ~2 s for a 60k-row O*NET
 * workbook) while the main thread writes other tables. Where the worker script is not on disk
 * (a bundled build), sheets are read in-process with the same code.
 */
let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { resolve: (r: PackedSheet) => void; reject: (e: Error) => void }>()

const SCRIPT = join(__dirname, 'xlsx-sheet.mjs')

export function readSheet(input: string | Uint8Array, sheet?: string, notes?: string): Promise<PackedSheet> {
  const w = getWorker()
  if (!w) return readSheetPacked(input, sheet, notes)
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    w.ref()
    w.postMessage({ id, input, sheet, notes })
  })
}

function getWorker(): Worker | null {
  if (worker) return worker
  if (!existsSync(SCRIPT)) return null
  try {
    // A small old generation makes the worker collect exceljs garbage early (peak memory goal 500 MB).
    const w = new Worker(SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: 64 } })
    w.on('message', (m: { id: number; ok: boolean; result?: PackedSheet; message?: string }) => {
      const p = waiting.get(m.id)
      waiting.delete(m.id)
      if (waiting.size === 0) w.unref()
      if (!p) return
      if (m.ok) p.resolve(m.result!)
      else p.reject(new Error(m.message))
    })
    w.on('error', (e) => failAll(e))
    w.on('exit', () => {
      if (worker === w) worker = null
      failAll(new Error('The workbook reader stopped unexpectedly.'))
    })
    w.unref()
    worker = w
    return w
  } catch {
    return null
  }
}

function failAll(e: Error): void {
  for (const p of waiting.values()) p.reject(e)
  waiting.clear()
}

let users = 0

/**
 * A build holds the reader thread while it runs; when the last build lets go the thread is
 * stopped (and any read still queued for a failed build is dropped).
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
    await w.terminate()
  }
}
