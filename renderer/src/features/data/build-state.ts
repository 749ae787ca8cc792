import { useSyncExternalStore } from 'react'
import type { AppEvent } from '../../../../shared/events'

/**
 * The running (or last) pack build, fed by pack.progress / pack.done events. Kept outside the
 * screen so a counselor can leave the Data screen while a build runs and come back to it.
 */
export interface FileProgress {
  file: string
  stage: string
  rowsRead: number
}

export interface BuildState {
  jobId: string | null
  running: boolean
  fraction: number
  stage: string
  /** One row per source file, in the order they were first read. */
  files: FileProgress[]
  done: { ok: boolean; message: string } | null
  /** Which panel started the build ('drop' for official downloads dropped on the screen). */
  source?: string
}

const IDLE: BuildState = { jobId: null, running: false, fraction: 0, stage: '', files: [], done: null }
let state = IDLE
const listeners = new Set<() => void>()
let subscribed = false

function set(next: BuildState): void {
  state = next
  for (const l of listeners) l()
}

function onEvent(e: AppEvent): void {
  if (e.type === 'pack.progress' && e.jobId === state.jobId) {
    const files = [...state.files]
    // The builder's last event names its own output file: not a source the counselor chose.
    if (e.file && e.stage !== 'Done') {
      const i = files.findIndex((f) => f.file === e.file)
      const row = {
        file: e.file,
        stage: e.stage,
        rowsRead: Math.max(e.rowsRead, i >= 0 ? (files[i]?.rowsRead ?? 0) : 0),
      }
      if (i >= 0) files[i] = row
      else files.push(row)
    }
    set({ ...state, fraction: Math.max(state.fraction, e.fraction), stage: e.stage, files })
  } else if (e.type === 'pack.done' && e.jobId === state.jobId) {
    set({
      ...state,
      running: false,
      fraction: e.ok ? 1 : state.fraction,
      done: { ok: e.ok, message: e.message },
    })
  }
}

export function buildStarted(jobId: string, source?: string): void {
  if (!subscribed) {
    subscribed = true
    window.api.onEvent(onEvent)
  }
  set({ ...IDLE, jobId, running: true, stage: 'Starting', source })
}

export function clearBuild(): void {
  if (!state.running) set(IDLE)
}

export function useBuildState(): BuildState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => state,
  )
}
