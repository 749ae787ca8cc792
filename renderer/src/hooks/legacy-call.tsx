import { useEffect, useState } from 'react'
import type { InputOf, MethodName, OutputOf } from '../../../shared/api'
import { ApiFailure, call } from '../api'

export type CallState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ok'; value: T }
  | { status: 'error'; message: string; fix?: string }

/**
 * Deprecated: use useApiQuery (hooks/api.ts). Kept only until every screen has moved.
 *
 * Calls a method whenever its input changes (compared as JSON) and keeps the last value while
 * the next one loads, so filters and sorting do not flash an empty screen.
 */
export function useCall<M extends MethodName>(method: M, input: InputOf<M> | null): CallState<OutputOf<M>> {
  const key = input === null ? null : JSON.stringify(input)
  const [state, setState] = useState<CallState<OutputOf<M>>>({ status: 'loading' })
  useEffect(() => {
    if (key === null) return
    let live = true
    setState((s) => ({ status: 'loading', value: 'value' in s ? s.value : undefined }))
    call(method, JSON.parse(key) as InputOf<M>).then(
      (value) => live && setState({ status: 'ok', value }),
      (e: unknown) =>
        live &&
        setState(
          e instanceof ApiFailure
            ? { status: 'error', message: e.error.message, fix: e.error.fix }
            : { status: 'error', message: (e as Error).message },
        ),
    )
    return () => {
      live = false
    }
  }, [method, key])
  return state
}
