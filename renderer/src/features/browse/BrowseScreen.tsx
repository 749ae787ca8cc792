import { useEffect, useState } from 'react'
import type { BrowseSort } from '../../../../shared/domain/catalog'
import { Alert, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { useAddressState } from '../../router'
import { browseQuery, readBrowseState, toggleValue } from './browse-url'
import { FilterPanel } from './FilterPanel'
import { LocalWageFilter } from './LocalWageFilter'
import { ResultsTable } from './ResultsTable'
import './browse.css'

const PAGE_SIZE = 50

/** Browse every career by cluster, group, zone, education, wage, growth and interests. */
export function BrowseScreen() {
  const [state, go] = useAddressState(readBrowseState, browseQuery)
  // Each filter, sort and page is its own cached answer: Back to a list seen a moment ago shows it
  // at once, and while a new one loads the previous list stays on screen.
  const results = useApiQuery(
    'catalog.browse',
    {
      filters: state.filters,
      sort: state.sort,
      page: state.page,
      pageSize: PAGE_SIZE,
    },
    { keepPrevious: true },
  )
  const facets = useApiQuery('catalog.facets', { filters: state.filters }, { keepPrevious: true })

  // Typing filters after a short pause so each keystroke does not add a history entry.
  const [text, setText] = useState(state.filters.q ?? '')
  // Only a filter changed from elsewhere (Back, Clear filters) refills the box; a trailing space stays.
  useEffect(() => {
    const q = state.filters.q ?? ''
    setText((cur) => (cur.trim() === q ? cur : q))
  }, [state.filters.q])
  useEffect(() => {
    if (text.trim() === (state.filters.q ?? '')) return
    const t = setTimeout(
      () => go({ ...state, filters: { ...state.filters, q: text.trim() || undefined }, page: 1 }),
      250,
    )
    return () => clearTimeout(t)
  }, [text, state, go])

  const active = Object.values(state.filters).some((v) => (Array.isArray(v) ? v.length > 0 : !!v))
  const data = results.data
  const failure = results.error ? toFormError(results.error) : null
  const onSort = (by: BrowseSort) =>
    go({
      ...state,
      page: 1,
      sort: {
        by,
        dir:
          state.sort.by === by
            ? state.sort.dir === 'asc'
              ? 'desc'
              : 'asc'
            : by === 'title'
              ? 'asc'
              : 'desc',
      },
    })
  return (
    <section className="screen br-root" aria-labelledby="browse-title">
      <header className="br-head">
        <h1 id="browse-title">Browse careers</h1>
        <div className="br-tools">
          <label htmlFor="browse-q" className="sr-only">
            Filter by title or code
          </label>
          <input
            id="browse-q"
            type="search"
            placeholder="Filter by title or code"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <LocalWageFilter
            area={data?.localArea ?? null}
            value={state.filters.localWageMin}
            onChange={(v) => go({ ...state, filters: { ...state.filters, localWageMin: v }, page: 1 })}
          />
          {active ? (
            <button
              type="button"
              className="secondary"
              onClick={() => go({ filters: {}, sort: state.sort, page: 1 })}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </header>
      <div className="br-layout">
        <FilterPanel
          facets={facets.data}
          state={state}
          onToggle={(key, value) => go(toggleValue(state, key, value))}
          onBright={(on) =>
            go({ ...state, filters: { ...state.filters, brightOutlook: on || undefined }, page: 1 })
          }
        />
        <div className="br-results">
          <Alert error={failure} />
          <p className="br-count" role="status" aria-live="polite">
            {data
              ? `${data.total.toLocaleString('en-US')} ${data.total === 1 ? 'career' : 'careers'}`
              : 'Loading…'}
          </p>
          {data ? (
            <ResultsTable
              rows={data.rows}
              sort={state.sort}
              onSort={onSort}
              localArea={data.localArea ?? null}
              localSource={data.localSource ?? null}
              empty={
                active
                  ? 'No careers match all of these filters. Remove one to see more.'
                  : 'No careers in this data pack.'
              }
            />
          ) : null}
          {data && data.total > PAGE_SIZE ? (
            <nav className="br-pager" aria-label="Pages">
              <button
                type="button"
                className="secondary"
                disabled={state.page <= 1}
                onClick={() => go({ ...state, page: state.page - 1 })}
              >
                Previous
              </button>
              <span>
                Page {state.page} of {Math.ceil(data.total / PAGE_SIZE)}
              </span>
              <button
                type="button"
                className="secondary"
                disabled={state.page * PAGE_SIZE >= data.total}
                onClick={() => go({ ...state, page: state.page + 1 })}
              >
                Next
              </button>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  )
}
