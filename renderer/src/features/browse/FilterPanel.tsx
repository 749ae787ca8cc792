import type { BrowseFacets, FacetValue } from '../../../../shared/domain/catalog'
import type { BrowseState, MultiKey } from './browse-url'

interface Props {
  facets: BrowseFacets | undefined
  state: BrowseState
  onToggle: (key: MultiKey, value: string) => void
  onBright: (on: boolean) => void
}

/** Every browse facet as a group of checkboxes, each value with how many careers it would show. */
export function FilterPanel({ facets, state, onToggle, onBright }: Props) {
  if (!facets) return <aside className="br-filters" aria-label="Filters" aria-busy="true" />
  const selected = (key: MultiKey) =>
    ((state.filters[key] as (string | number)[] | undefined) ?? []).map(String)
  const group = (key: MultiKey, legend: string, values: FacetValue[], opts: { scroll?: boolean } = {}) => {
    const sel = selected(key)
    // Keep selected values visible even when other filters leave them no careers.
    const shown = values.filter((v) => v.count > 0 || sel.includes(v.value))
    if (shown.length === 0) return null
    return (
      <fieldset className={opts.scroll ? 'br-facet br-facet-scroll' : 'br-facet'}>
        <legend>{legend}</legend>
        <ul>
          {shown.map((v) => {
            const id = `f-${key}-${v.value}`.replace(/[^\w-]/g, '_')
            return (
              <li key={v.value}>
                <input
                  type="checkbox"
                  id={id}
                  checked={sel.includes(v.value)}
                  onChange={() => onToggle(key, v.value)}
                />
                <label htmlFor={id}>
                  {v.label} <span className="br-count-n">{v.count}</span>
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
    )
  }
  return (
    <aside className="br-filters" aria-label="Filters">
      <fieldset className="br-facet">
        <legend>Outlook</legend>
        <ul>
          <li>
            <input
              type="checkbox"
              id="f-bright"
              checked={!!state.filters.brightOutlook}
              onChange={(e) => onBright(e.target.checked)}
            />
            <label htmlFor="f-bright">
              ☀ Bright Outlook <span className="br-count-n">{facets.brightOutlook}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      {group('growth', 'Projected growth', facets.growth)}
      {group('wage', 'Median annual wage', facets.wage)}
      {group('jobZone', 'Job zone (preparation)', facets.jobZone)}
      {group('education', 'Typical entry education', facets.education)}
      {group('interest', 'Interest high point', facets.interest)}
      {group('cluster', 'Career cluster', facets.cluster, { scroll: true })}
      {state.filters.cluster?.length
        ? group('pathway', 'Career pathway', facets.pathway, { scroll: true })
        : null}
      {group('majorGroup', 'SOC major group', facets.majorGroup, { scroll: true })}
    </aside>
  )
}
