import { useEffect, useRef, useState } from 'react'
import type { SearchResult } from '../../../../shared/domain/catalog'
import { Alert } from '../../components/ui'
import { addToCompare, removeFromCompare, useCompare } from '../../hooks/compare'
import { navigate } from '../../router'
import { ResultRow, rowId } from './ResultRow'
import { SearchTips } from './SearchTips'
import { RESULT_LIMIT, useSearch } from './useSearch'
import './explore.css'

const GRID_ID = 'search-results'

/** Keeps the query in the address (#/?q=…) without adding a history entry per keystroke. */
function rememberQuery(q: string): void {
  navigate(q.trim() ? `#/?q=${encodeURIComponent(q)}` : '#/', { replace: true })
}

// The last query typed, so coming back through the sidebar (an address without ?q=) finds the
// search as it was left rather than an empty box.
let lastQuery = ''

/** Search careers by any name: titles, lay words, codes, tasks and tools, as you type. */
export function ExploreScreen({ initialQuery }: { initialQuery: string }) {
  const [q, setQ] = useState(initialQuery || lastQuery)
  const [active, setActive] = useState(0)
  const [notice, setNotice] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const state = useSearch(q)
  const compare = useCompare()
  const results: SearchResult[] = state.status === 'done' || state.status === 'loading' ? state.results : []

  // The address follows the box; only a query given by the address from elsewhere (Back, a link)
  // refills it. An empty address (the nav's Search link) keeps the last search.
  useEffect(() => {
    if (initialQuery) setQ((cur) => (cur.trim() === initialQuery.trim() ? cur : initialQuery))
  }, [initialQuery])
  useEffect(() => input.current?.focus(), [])
  useEffect(() => {
    lastQuery = q
    rememberQuery(q)
  }, [q])
  // "/" jumps to the search box from anywhere on the screen, as on the Students screen.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = document.activeElement?.tagName
      if (e.key !== '/' || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return
      e.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  // A new answer starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the results change
  useEffect(() => setActive(0), [results])

  const open = (r: SearchResult) => navigate(`/occupation/${encodeURIComponent(r.code)}`)
  const pick = (text: string) => {
    setQ(text)
    input.current?.focus()
  }
  const toggleCompare = (r: SearchResult) => {
    if (compare.some((c) => c.code === r.code)) {
      removeFromCompare(r.code)
      setNotice(`${r.title} removed from the comparison.`)
    } else if (addToCompare({ code: r.code, title: r.title }))
      setNotice(`${r.title} added to the comparison.`)
    else setNotice('The comparison is full. Remove a career on the Compare screen first.')
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const current = results[active]
    if (e.key === 'ArrowDown' && results.length > 0) {
      e.preventDefault()
      setActive((i) => Math.min(results.length - 1, i + 1))
    } else if (e.key === 'ArrowUp' && results.length > 0) {
      e.preventDefault()
      setActive((i) => Math.max(0, i - 1))
    } else if (e.key === 'Enter' && current) {
      e.preventDefault()
      if (e.shiftKey) toggleCompare(current)
      else open(current)
    } else if (e.key === 'Escape') {
      setQ('')
    }
  }

  useEffect(() => {
    const r = results[active]
    if (r) document.getElementById(rowId(r.code))?.scrollIntoView({ block: 'nearest' })
  }, [active, results])

  const hasResults = results.length > 0
  const spelled = results[0]?.spelledAs ?? null
  const partial = results[0]?.partial ?? null
  return (
    <section className="screen ex-root">
      <h1>Search careers</h1>
      <p className="muted ex-lede">
        Type any name for a job — a title, a word a student would use, a code, a task or a tool.
      </p>
      <div className="ex-field">
        <label htmlFor="career-search" className="sr-only">
          Search careers
        </label>
        <svg className="ex-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id="career-search"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-haspopup="grid"
          aria-expanded={hasResults}
          aria-controls={GRID_ID}
          aria-activedescendant={hasResults && results[active] ? rowId(results[active].code) : undefined}
          aria-describedby="search-help"
          placeholder="nurse, vet tech, 29-2072, something with kids…"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id="search-help" className="ex-help">
        <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Shift</kbd>+<kbd>Enter</kbd> to add
        to the comparison, <kbd>Esc</kbd> to clear.
      </p>
      {notice ? (
        // Seen as well as heard: a counselor who presses Shift+Enter on a fifth career must see why
        // nothing was added. (The live region below already speaks it.)
        <p
          className={notice.startsWith('The comparison is full') ? 'ex-notice ex-notice-warn' : 'ex-notice'}
          aria-hidden="true"
        >
          {notice}
        </p>
      ) : null}
      <div className="sr-only" role="status" aria-live="polite">
        {state.status === 'done'
          ? `${state.results.length} careers found. ${partial ? partialText(partial) : ''} ${notice}`
          : notice}
      </div>

      {state.status === 'error' ? <Alert error={state.error} /> : null}

      {state.status === 'idle' ? (
        <div className="panel ex-empty">
          <h2>What to try</h2>
          <SearchTips onPick={pick} />
        </div>
      ) : null}

      {state.status === 'done' && !hasResults ? (
        <div className="panel ex-none">
          <h2>No careers match “{state.q}”</h2>
          {state.suggestions.length > 0 ? (
            <p className="ex-did-you-mean">
              Did you mean{' '}
              {state.suggestions.map((s, i) => (
                <span key={s}>
                  {i > 0 ? ' or ' : ''}
                  <button type="button" className="ex-link-button" onClick={() => pick(s)}>
                    {s}
                  </button>
                </span>
              ))}
              ?
            </p>
          ) : (
            <p className="muted">Check the spelling, use fewer words, or try one of these:</p>
          )}
          <SearchTips onPick={pick} />
        </div>
      ) : null}

      {hasResults ? (
        <>
          <div className="ex-summary">
            <span>
              {results.length === RESULT_LIMIT ? `Top ${RESULT_LIMIT}` : results.length}{' '}
              {results.length === 1 ? 'career' : 'careers'}
              {state.status === 'loading' ? ' …' : ''}
            </span>
            {spelled && !partial ? (
              <span className="ex-spelled">
                Showing results for <strong>{spelled}</strong>
              </span>
            ) : null}
            {partial ? (
              <span className="ex-spelled ex-partial">
                Showing results for <strong>{partial.showing}</strong>; no career matched{' '}
                {partial.dropped.map((d, i) => (
                  <span key={d}>
                    {i > 0 ? ' or ' : ''}‘{d}’
                  </span>
                ))}
                {partial.alone ? '' : ' together with the other words'}
              </span>
            ) : null}
          </div>
          {/* A grid the search box drives (arrows move the active row, Enter opens it), built on a
              real table so rows and cells need no ARIA roles and titles are row headers. */}
          <table
            id={GRID_ID}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows role=grid on <table> (the APG grid pattern) and useSemanticElements asks for a <table> instead of a div with role=grid; the two rules contradict each other here.
            role="grid"
            aria-label="Careers found"
            aria-rowcount={results.length}
            aria-busy={state.status === 'loading'}
            className="ex-results"
          >
            <colgroup>
              <col />
              <col className="ex-col-facts" />
              <col className="ex-col-actions" />
            </colgroup>
            <tbody>
              {results.map((r, i) => (
                <ResultRow
                  key={r.code}
                  r={r}
                  active={i === active}
                  onOpen={() => open(r)}
                  onPoint={() => setActive(i)}
                />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}

/** The fallback notice as one sentence, for screen readers. */
function partialText(p: NonNullable<SearchResult['partial']>): string {
  const words = p.dropped.map((d) => `‘${d}’`).join(' or ')
  return `Showing results for ${p.showing}; no career matched ${words}${p.alone ? '' : ' together with the other words'}.`
}
