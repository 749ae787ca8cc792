import type { Paper } from '../kit/types'

/** What the main process sends a batch worker: shared by the runner, its context and the zip layout. */
export interface BatchJob {
  dataDir: string
  resourcesDir: string
  /** Hex key of the encrypted records (null: unencrypted); travels only over the IPC pipe. */
  clientsKey: string | null
  studentIds: number[]
  recipient: string
  purpose: string
  counselor: string | null
  zones?: number[]
  paper: Paper
  /** ISO time the reports are dated with (the app's clock, passed from the main process). */
  now: string
  out: string
  /** 'pdf': one PDF for the whole list; 'zip': one PDF per student, packed in a zip file. */
  layout?: 'pdf' | 'zip'
  /** Marked PREVIEW on every page (its disclosures were not logged). */
  preview?: boolean
}
