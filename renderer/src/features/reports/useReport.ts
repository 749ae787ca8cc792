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

/**
 * Produces a report once per set of choices (`key`) and hands the same file to Preview, Save as
 * and Print, so a counselor who previews and then prints makes one report, not two. Once saved or
 * printed the file has left the app and is discarded there (services/files.ts).
 */
export function useReport(key: string, produce: () => Promise<GeneratedFile>): ReportState {
  const [busy, setBusy] = useState<ReportAction | null>(null)
  const [error, setError] = useState<ReportState['error']>(null)
  const [done, setDone] = useState<string | null>(null)
  const [file, setFile] = useState<GeneratedFile | null>(null)
  const made = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const produceRef = useRef(produce)
  produceRef.current = produce

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
        let f = made.current?.key === key ? made.current.file : null
        if (!f) {
          f = await produceRef.current()
          made.current = { key, file: f }
          setFile(f)
        }
        const p = platform()
        if (action === 'preview') await p.openFile(f.fileId)
        else if (action === 'print') await p.printFile(f.fileId)
        else if (!(await p.saveFile(f.fileId))) return
        // Saved or printed, the app discards its unencrypted copy: the next action makes a new one.
        if (action !== 'preview') made.current = null
        setDone(
          action === 'save'
            ? `Saved ${f.fileName}.`
            : action === 'print'
              ? 'Sent to printing.'
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
