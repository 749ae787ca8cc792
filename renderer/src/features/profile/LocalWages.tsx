import { useState } from 'react'
import type {
  AreaWageFigures,
  OccupationProfile,
  StateWageRow,
  WageFigures,
} from '../../../../shared/domain/catalog'
import { formatPercent } from '../../../../shared/format'
import { areaFootnote, footnoteMark, formatLocal, homeAreaList } from '../../../../shared/local-wages'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { useApiQuery } from '../../hooks/api'
import { Section } from './Section'

/**
 * The local labor market on a profile: the counselor's home area beside the nation, wages in
 * every state of the pack, and the industries that employ the occupation. Each figure is
 * footnoted with its release and area; where BLS published none the national figure stands,
 * marked as such, never an estimate.
 */
export function LocalWageSections({ p }: { p: OccupationProfile }) {
  const hasAreas = Boolean(p.homeArea || p.wagesByState?.available)
  return (
    <>
      {hasAreas ? (
        <Section id="home-area" title="Wages in your area">
          <HomeAreaTable p={p} />
        </Section>
      ) : null}
      {p.wagesByState?.available ? (
        <Section
          id="wages-by-state"
          title="Wages by state"
          // The chart prints its own source line: one "Source:" per section.
          source={p.wagesByStateChart?.source ? null : p.wagesByState.source}
          missing={
            p.wagesByState.items.some((r) => r.medianAnnual.value !== null || r.medianHourly.value !== null)
              ? null
              : `BLS published no state wages for ${p.title}.`
          }
        >
          {p.wagesByStateChart ? <ChartFigure model={p.wagesByStateChart} /> : null}
          <StateTable rows={p.wagesByState.items} home={p.homeArea?.state?.area.code ?? null} />
        </Section>
      ) : null}
      {p.industries?.available ? (
        <Section
          id="industries"
          title="Where they work"
          source={p.industries.source}
          missing={p.industries.items.length ? null : `BLS published no industry figures for ${p.title}.`}
        >
          <IndustryTable p={p} />
        </Section>
      ) : null}
    </>
  )
}

const COLS = [
  ['p10', '10th'],
  ['median', 'Median'],
  ['p90', '90th'],
  ['mean', 'Mean'],
] as const

function wageCells(w: WageFigures | null, fallback: WageFigures | null) {
  const use = w ?? fallback
  const kind = use?.hourlyOnly ? 'hourly' : 'annual'
  return COLS.map(([k]) => (use ? formatLocal(use[kind][k], kind) : 'not published'))
}

function HomeAreaTable({ p }: { p: OccupationProfile }) {
  const areas = homeAreaList(p.homeArea)
  // A home area chosen on an earlier pack that the installed one lacks: say so, not "choose one".
  const note = useApiQuery('settings.homeArea', {}).data?.note ?? null
  const missing = note ? (
    <p className="pf-note">
      {note} <a href="#/settings">Choose a home area in Settings</a>.
    </p>
  ) : null
  if (areas.length === 0)
    return (
      missing ?? (
        <p className="pf-note">
          Choose your home state (and metro area) in <a href="#/settings">Settings</a> to see local wages
          beside the national figures.
        </p>
      )
    )
  const national = p.wages
  const per = national?.hourlyOnly ? 'Hourly wage' : 'Annual wage'
  const notes = areas.map((a, i) => ({ a, mark: footnoteMark(i) }))
  return (
    <>
      {missing}
      <div className="pf-local-scroll">
        <table className="pf-wage-table pf-local-wages">
          <caption>
            {per}: {areas.map((a) => a.area.title).join(' and ')} beside the United States
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {COLS.map(([k, label]) => (
                <th scope="col" key={k}>
                  {label}
                </th>
              ))}
              {/* A soft hyphen: the one long heading may break on a laptop-wide window. */}
              <th scope="col">Employ{'\u00AD'}ment</th>
            </tr>
          </thead>
          <tbody>
            {notes.map(({ a, mark }) => (
              <AreaRow key={a.area.code} a={a} mark={mark} national={national} />
            ))}
            <tr>
              <th scope="row">United States</th>
              {wageCells(national, null).map((t, i) => (
                <td key={COLS[i]![0]} title={national ? `Source: ${national.source}` : undefined}>
                  {t}
                </td>
              ))}
              <td>{formatLocal(national?.employment, 'number')}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <ol className="figure-source pf-local-notes">
        {notes.map(({ a, mark }) => (
          <li key={a.area.code}>
            {mark} {areaFootnote(a)}
            {a.wages?.basisNote ? ` ${a.wages.basisNote}` : ''}
          </li>
        ))}
        {national ? <li>United States: {national.source}.</li> : null}
      </ol>
    </>
  )
}

function AreaRow({ a, mark, national }: { a: AreaWageFigures; mark: string; national: WageFigures | null }) {
  return (
    <tr className={a.published ? undefined : 'pf-not-published'}>
      <th scope="row">
        {a.area.title}
        {mark}
      </th>
      {a.published ? (
        wageCells(a.wages, null).map((t, i) => (
          <td key={COLS[i]![0]} title={`Source: ${a.source}`}>
            {t}
          </td>
        ))
      ) : (
        <td colSpan={COLS.length}>
          Not published for this area; national median{' '}
          {national ? wageCells(national, null)[1] : 'not published'}
        </td>
      )}
      <td>{a.published ? formatLocal(a.wages?.employment, 'number') : '—'}</td>
    </tr>
  )
}

type SortKey = 'state' | 'annual' | 'hourly' | 'employment'

function StateTable({ rows, home }: { rows: StateWageRow[]; home: string | null }) {
  const [sort, setSort] = useState<{ by: SortKey; dir: 'asc' | 'desc' }>({ by: 'state', dir: 'asc' })
  const val = (r: StateWageRow): number | string | null => {
    const f =
      sort.by === 'annual'
        ? r.medianAnnual
        : sort.by === 'hourly'
          ? r.medianHourly
          : sort.by === 'employment'
            ? r.employment
            : null
    if (sort.by === 'state') return r.area.title
    return f && f.flag !== 'suppressed' ? f.value : null
  }
  const sorted = [...rows].sort((a, b) => {
    const x = val(a)
    const y = val(b)
    // Unpublished figures sort last whichever way, never as zero.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number)
    return sort.dir === 'asc' ? c : -c
  })
  const header = (by: SortKey, label: string) => {
    const active = sort.by === by
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className="pf-sort"
          onClick={() =>
            setSort({
              by,
              dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : by === 'state' ? 'asc' : 'desc',
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    )
  }
  return (
    <table className="pf-wage-table pf-state-wages">
      <caption className="sr-only">Median wage and employment by state; choose a heading to sort</caption>
      <thead>
        <tr>
          {header('state', 'State')}
          {header('annual', 'Median annual')}
          {header('hourly', 'Median hourly')}
          {header('employment', 'Employment')}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.area.code} className={r.area.code === home ? 'pf-home-row' : undefined}>
            <th scope="row">
              {r.area.title}
              {r.area.code === home ? ' (home)' : ''}
            </th>
            <td>{r.hourlyOnly ? 'hourly only' : formatLocal(r.medianAnnual, 'annual')}</td>
            <td>{formatLocal(r.medianHourly, 'hourly')}</td>
            <td>{formatLocal(r.employment, 'number')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function IndustryTable({ p }: { p: OccupationProfile }) {
  const items = p.industries?.items ?? []
  return (
    <table className="pf-wage-table pf-industries">
      <caption className="sr-only">Industries employing the most {p.title}</caption>
      <thead>
        <tr>
          <th scope="col">Industry</th>
          <th scope="col">Employment</th>
          <th scope="col">Share of the occupation</th>
          <th scope="col">Median wage</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.naics}>
            <th scope="row">{i.title}</th>
            <td>{formatLocal(i.employment, 'number')}</td>
            <td>{i.sharePercent === null ? '—' : formatPercent(i.sharePercent)}</td>
            <td>
              {p.wages?.hourlyOnly
                ? formatLocal(i.medianHourly, 'hourly')
                : formatLocal(i.medianAnnual, 'annual')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
