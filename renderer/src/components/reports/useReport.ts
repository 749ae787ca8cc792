import { useEffect, useMemo, useRef, useState } from 'react'
import type { InputOf } from '../../../../shared/api'
import type { GeneratedFile } from '../../../../shared/api/common'
import { platform } from '../../api'
import { useApiMutation } from '../../hooks/api'
import { type FormError, toFormError } from '../ui'

export type ReportAction = 'preview' | 'save' | 'print'

export interface ReportState {
  busy: ReportAction | null
  error: FormError | null
  file: GeneratedFile | null
  done: string | null
  run: (action: ReportAction) => Promise<void>
}

/** The methods that make a report file. */
export type ReportMethod =
  | 'reports.student'
  | 'reports.studentOnePage'
  | 'reports.profile'
  | 'reports.compare'
  | 'reports.caseload'
  | 'reports.batch'

/** Reports for a student are logged when they leave the app; they alone have a marked preview. */
const HAS_PREVIEW: ReadonlySet<ReportMethod> = new Set([
  'reports.student',
  'reports.studentOnePage',
  'reports.batch',
])

/**
 * Produces a report per action: a marked preview for Preview (never logged; made afresh
 * each time, as the main process deletes a file once shown), and a copy for Save as or Print,
 * written to the disclosure log when it is made. A copy leaves the app once: the main process
 * deletes its file after a save or a print, so the next Save or Print makes (and logs) a new copy
 * instead of failing on a file that is gone. A save dialog closed without saving keeps the copy
 * for the next try. `onLeft` runs once a copy has been saved or sent to the printer; `onError`
 * sees a refused report first (a form puts VALIDATION details on its fields).
 */
export function useReport<M extends ReportMethod>(
  method: M,
  input: InputOf<M>,
  options: { onLeft?: () => void; onError?: (e: unknown) => void } = {},
): ReportState {
  const make = useApiMutation(method)
  const key = JSON.stringify([method, input])
  const [busy, setBusy] = useState<ReportAction | null>(null)
  const [error, setError] = useState<FormError | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [file, setFile] = useState<GeneratedFile | null>(null)
  const made = useRef<{ key: string; file: GeneratedFile } | null>(null)
  const preview = useRef<{ key: string; file: GeneratedFile } | null>(null)
  // The latest input and callbacks, read when a button is pressed (run stays stable per key).
  const latest = useRef({ input, options, mutateAsync: make.mutateAsync })
  latest.current = { input, options, mutateAsync: make.mutateAsync }

  useEffect(() => {
    if (made.current?.key !== key) {
      setFile(null)
      setDone(null)
    }
  }, [key])

  const run = useMemo(
    () => async (action: ReportAction) => {
      setBusy(action)
      setError(null)
      setDone(null)
      const { input, options, mutateAsync } = latest.current
      try {
        const slot = action === 'preview' ? preview : made
        let f = slot.current?.key === key ? slot.current.file : null
        if (!f) {
          const withPreview = HAS_PREVIEW.has(method) ? { ...input, preview: action === 'preview' } : input
          f = (await mutateAsync(withPreview as InputOf<M>)) as GeneratedFile
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
          options.onLeft?.()
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
        options.onError?.(e)
        setError(toFormError(e))
      } finally {
        setBusy(null)
      }
    },
    [key, method],
  )
  return { busy, error, file, done, run }
}
