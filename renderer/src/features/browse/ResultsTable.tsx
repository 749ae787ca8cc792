import type { AreaOption, BrowseRow, BrowseSort } from '../../../../shared/domain/catalog'
import { formatEmployment, formatFigure, formatPercent } from '../../../../shared/format'
import { areaColumnName, formatLocal } from '../../../../shared/local-wages'
import { AddToCompareButton } from '../../components/AddToCompareButton'
import { useJobZoneLabel } from '../../hooks/job-zones'

interface Props {
  rows: BrowseRow[]
  sort: { by: BrowseSort; dir: 'asc' | 'desc' }
  onSort: (by: BrowseSort) => void
  empty: string
  /** The home area: adds its median as a sortable column. */
  localArea?: AreaOption | null
  /** Release and area of that median, footnoted under the table. */
  localSource?: string | null
}

/** `id` names the column for its width on a narrow window (browse.css `br-col-…`). */
const COLUMNS: { id: string; by: BrowseSort | null; label: string; numeric?: boolean }[] = [
  { id: 'title', by: 'title', label: 'Career' },
  { id: 'zone', by: null, label: 'Job zone', numeric: true },
  { id: 'wage', by: 'wage', label: 'Median wage', numeric: true },
  { id: 'growth', by: 'growth', label: 'Growth', numeric: true },
  { id: 'openings', by: 'openings', label: 'Openings a year', numeric: true },
  { id: 'compare', by: null, label: 'Compare' },
]

export function ResultsTable({ rows, sort, onSort, empty, localArea, localSource }: Props) {
  const zoneLabel = useJobZoneLabel()
  if (rows.length === 0) return <p className="br-empty">{empty}</p>
  const columns = localArea
    ? [
        ...COLUMNS.slice(0, 3),
        { id: 'local', by: 'localWage' as const, label: `${shortArea(localArea)} median`, numeric: true },
        ...COLUMNS.slice(3),
      ]
    : COLUMNS
  return (
    <>
      <div className="br-table-wrap">
        <table className={localArea ? 'br-table br-has-local' : 'br-table'}>
          <caption className="sr-only">Careers matching the filters. Column buttons sort the table.</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const on = c.by !== null && sort.by === c.by
                return (
                  <th
                    key={c.label}
                    scope="col"
                    className={c.numeric ? `br-num br-col-${c.id}` : `br-col-${c.id}`}
                    aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.by ? (
                      <button type="button" className="br-sort" onClick={() => onSort(c.by!)}>
                        {c.label}
                        <span aria-hidden="true">{on ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <a href={`#/occupation/${r.code}`}>{r.title}</a>
                  {r.brightOutlook ? (
                    <span className="br-bright" title="Bright Outlook">
                      {' '}
                      ☀<span className="sr-only"> Bright Outlook</span>
                    </span>
                  ) : null}
                  <div className="br-meta">
                    {r.code}
                    {r.entryEducation ? ` · ${r.entryEducation}` : ''}
                    {r.riasecCode ? ` · ${r.riasecCode}` : ''}
                  </div>
                  {localArea ? (
                    // A laptop-wide window has no room for a Compare column beside the home-area
                    // median: the button moves under the title there (browse.css), never out of view.
                    <div className="br-compare-inline">
                      <AddToCompareButton code={r.code} title={r.title} compact />
                    </div>
                  ) : null}
                </th>
                <td className="br-num">{r.jobZone ? zoneLabel(r.jobZone).replace('Job Zone ', '') : '—'}</td>
                <td className="br-num" title="Source: BLS OEWS, national">
                  {formatFigure({ value: r.medianWage, flag: r.medianWageFlag ?? undefined }, 'annual')}
                </td>
                {localArea ? (
                  <td className="br-num" title={`Source: BLS OEWS, ${localArea.title}`}>
                    {formatLocal(
                      { value: r.localMedianWage ?? null, flag: r.localMedianWageFlag ?? undefined },
                      'annual',
                    )}
                  </td>
                ) : null}
                <td className="br-num" title="Source: BLS Employment Projections">
                  {formatPercent(r.growthPercent, { signed: true })}
                </td>
                <td className="br-num" title="Source: BLS Employment Projections">
                  {formatEmployment(r.openings)}
                </td>
                <td className="br-col-compare">
                  <AddToCompareButton code={r.code} title={r.title} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {localArea ? (
        <p className="figure-source br-local-source">
          {shortArea(localArea)} median: {localSource ?? `BLS OEWS, ${localArea.title}`}; “not published”
          where BLS published none for the area. Other wages: BLS OEWS, national.
        </p>
      ) : null}
    </>
  )
}

/** "OH" for a state, "Columbus" for a metro area: short enough for a column heading. */
function shortArea(a: AreaOption): string {
  return areaColumnName(
    a.type === 'state' || a.type === 'territory' ? a.state : (a.title.split(',')[0] ?? a.title),
  )
}
