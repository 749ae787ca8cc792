import { useCallback, useEffect, useRef, useState } from 'react'
import type { GeneratedFile } from '../../../../shared/api/common'
import { ApiFailure, platform } from '../../api'

export type ReportAction = 'preview' | 'save' | 'print'

export interface ReportState {
  busy: ReportAction | null
  error: { message: string; fix?: string } | null
  file: GeneratedFile | null
  done: string | null
  run: (action: ReportAction) => Promise<void>
}

/** Whether the file is the marked on-screen preview or the copy that leaves the app (and is logged). */
export type Produce = (preview: boolean) => Promise<GeneratedFile>

/**
 * Produces a report per action: a marked preview for Preview (never logged; made afresh
 * each time, as the main process deletes a file once shown), and a copy for Save as or Print, written to the disclosure log when
 * it is made. A copy leaves the app once: the main process deletes its file after a save or a
 * print, so the next Save or Print makes (and logs) a new copy instead of failing on a file that
 * is gone. A save dialog closed without saving keeps the copy for the next try. `onLeft` runs once
 * a copy has been saved or sent to the printer.
 */
export function useReport(key: string, produce: Produce, onLeft?: () => void): ReportState {
  const [busy, setBusy] = useState<ReportAction | null>(null)
  const [error, setError] = useState<ReportState['error']>(null)
  const [done, setDone] = useState<string | null>(null)
  const [file, setFile] = useState<GeneratedFile | null>(null)
  const made = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const preview = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const produceRef = useRef(produce)
  produceRef.current = produce
  const leftRef = useRef(onLeft)
  leftRef.current = onLeft

  useEffect(() => {
    if (made.current?.key !== key) {
      setFile(null)
      setDone(null)
    }
  }, [key])

  const run = useCallback(
    async (action: ReportAction) => {
      setBusy(action)
      setError(null)
      setDone(null)
      try {
        const slot = action === 'preview' ? preview : made
        let f = slot.current?.key === key ? slot.current.file : null
        if (!f) {
          f = await produceRef.current(action === 'preview')
          slot.current = { key, file: f }
          setFile(f)
        }
        const p = platform()
        if (action === 'preview') {
          await p.openFile(f.fileId)
          // The main process deletes a file once it is shown, as after a save or a print.
          preview.current = null
        } else if (action === 'print') await p.printFile(f.fileId)
        else if (!(await p.saveFile(f.fileId))) return
        if (action !== 'preview') {
          made.current = null
          leftRef.current?.()
        }
        setDone(
          action === 'save'
            ? `Saved ${f.fileName}.`
            : action === 'print'
              ? 'Sent to printing.'
              : f.fileName.includes('(preview)')
                ? 'Opened the preview, marked PREVIEW. Nothing is logged until you save or print.'
                : `Opened ${f.fileName}.`,
        )
      } catch (e) {
        setError(
          e instanceof ApiFailure
            ? { message: e.error.message, fix: e.error.fix }
            : { message: (e as Error).message },
        )
      } finally {
        setBusy(null)
      }
    },
    [key],
  )
  return { busy, error, file, done, run }
}
