import { useEffect, useState } from 'react'
import type { SearchResult } from '../../../../shared/domain/catalog'
import { type FormError, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'

export type SearchState =
  | { status: 'idle' }
  /** Typing: the list shown is the answer to an earlier query (or nothing yet). */
  | { status: 'loading'; q: string; results: SearchResult[] }
  | { status: 'done'; q: string; results: SearchResult[]; suggestions: string[] }
  | { status: 'error'; q: string; error: FormError }

/** Results per search: a screenful and a half, enough to scan without paging. */
export const RESULT_LIMIT = 30
const DEBOUNCE_MS = 60

/*
 * The catalog changes only with a new pack or home area, and both invalidate every query (see
 * hooks/query-keys.ts), so an answer stays good: going back to a query typed a moment ago (a
 * deleted letter, Back from a profile) shows it at once without asking again.
 */
const CATALOG_ANSWER = { staleTime: Number.POSITIVE_INFINITY, keepPrevious: true } as const

/** The text once typing pauses for `ms`, so a burst of keystrokes asks one question. */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), ms)
    return () => clearTimeout(t)
  }, [text, ms])
  return settled
}

/**
 * Search as you type. Each query is its own cache entry keyed by its text, so an answer can only
 * ever be shown for the text it answers: a slow answer to an older query never replaces the newest
 * one. While the next answer loads, the previous list stays (marked loading), so the list does not
 * flash empty on every keystroke.
 */
export function useSearch(q: string): SearchState {
  const text = q.trim()
  const asked = useSettled(text, DEBOUNCE_MS)
  const search = useApiQuery(
    'catalog.search',
    asked ? { q: asked, limit: RESULT_LIMIT } : null,
    CATALOG_ANSWER,
  )
  // The newest text's own answer, never a kept one: only then is "nothing found" true.
  const answered = Boolean(text) && asked === text && search.isSuccess && !search.isPlaceholderData
  const none = answered && search.data.length === 0
  const suggest = useApiQuery('catalog.searchSuggest', none ? { q: text } : null, CATALOG_ANSWER)

  if (!text) return { status: 'idle' }
  if (search.isError && asked === text && !search.isPlaceholderData) {
    return { status: 'error', q: text, error: toFormError(search.error) }
  }
  const suggesting = none && (suggest.isPending || suggest.isPlaceholderData)
  if (!answered || suggesting) return { status: 'loading', q: text, results: search.data ?? [] }
  return {
    status: 'done',
    q: text,
    results: search.data ?? [],
    suggestions: none ? (suggest.data?.suggestions ?? []) : [],
  }
}
