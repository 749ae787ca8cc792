import { useEffect, useRef, useState } from 'react'
import type { SearchResult } from '../../../../shared/domain/catalog'
import { ApiFailure, call } from '../../api'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; q: string; results: SearchResult[] }
  | { status: 'done'; q: string; results: SearchResult[]; suggestions: string[] }
  | { status: 'error'; q: string; message: string; fix?: string }

/** Results per search: a screenful and a half, enough to scan without paging. */
export const RESULT_LIMIT = 30
const DEBOUNCE_MS = 60

/**
 * Search as you type. A short debounce keeps typing smooth; every request carries a sequence
 * number, so a slow answer to an older query never replaces the answer to the newest one.
 */
export function useSearch(q: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const seq = useRef(0)
  useEffect(() => {
    const mine = ++seq.current
    const text = q.trim()
    if (!text) {
      setState({ status: 'idle' })
      return
    }
    setState((s) => ({ status: 'loading', q: text, results: 'results' in s ? s.results : [] }))
    const timer = setTimeout(async () => {
      try {
        const results = await call('catalog.search', { q: text, limit: RESULT_LIMIT })
        const suggestions =
          results.length === 0 ? (await call('catalog.searchSuggest', { q: text })).suggestions : []
        if (mine === seq.current) setState({ status: 'done', q: text, results, suggestions })
      } catch (e) {
        if (mine !== seq.current) return
        const err = e instanceof ApiFailure ? e.error : { message: String(e), fix: undefined }
        setState({ status: 'error', q: text, message: err.message, fix: err.fix })
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [q])
  return state
}
